import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from './scalars';

@ObjectType({ description: 'How the gateway was deployed: env DEPLOY_METHOD and DEPLOY_PLATFORM of the gateway process.' })
export class Deploy {
  @Field(() => String, { description: 'DEPLOY_METHOD, default tar.' }) method!: string;
  @Field(() => String, { description: 'DEPLOY_PLATFORM, default selfinstall.' }) platform!: string;
}

@ObjectType({ description: "Rocket.Chat's database migration state: the `migrations` document with _id 'control'." })
export class Migration {
  @Field(() => String, { description: 'Always "control".' }) id!: string;
  @Field(() => Int, { description: 'Version of the last migration applied; 0 when the control document is missing.' }) version!: number;
  @Field(() => Boolean, { description: 'Whether a migration is running.' }) locked!: boolean;
  @Field(() => DateTime, { nullable: true, description: 'When the lock was last taken.' }) lockedAt!: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'Build date recorded by the last migration run.' }) buildAt!: Date | null;
}

@ObjectType({ description: 'A Rocket.Chat process registered in the `instances` collection.' })
export class Instance {
  @Field(() => String, { description: 'Instance _id.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Instance name, usually rocket.chat.' }) name!: string | null;
  @Field(() => Int, { nullable: true, description: 'Process id of that Rocket.Chat instance.' }) pid!: number | null;
  @Field(() => DateTime, { nullable: true, description: 'When the instance registered (_createdAt).' }) createdAt!: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'Last heartbeat (`_updatedAt`).' }) updatedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'extraInformation.host.' }) host!: string | null;
  @Field(() => String, { nullable: true, description: 'extraInformation.port.' }) port!: string | null;
  @Field(() => String, { nullable: true, description: 'extraInformation.nodeVersion.' }) nodeVersion!: string | null;
  @Field(() => Boolean, { description: 'Heartbeat younger than 60 s on the gateway clock.' }) live!: boolean;
}

@ObjectType({ description: "Commit of Rocket.Chat's build, when its own latest snapshot in rocketchat_statistics records one." })
export class Commit {
  @Field(() => String, { nullable: true, description: 'Commit hash.' }) hash!: string | null;
  @Field(() => String, { nullable: true, description: 'Branch the build came from.' }) branch!: string | null;
  @Field(() => String, { nullable: true, description: 'Commit subject line.' }) subject!: string | null;
  @Field(() => String, { nullable: true, description: 'Commit date as Rocket.Chat recorded it.' }) date!: string | null;
  @Field(() => String, { nullable: true, description: 'Commit author.' }) author!: string | null;
  @Field(() => String, { nullable: true, description: 'Release tag, when the build is a release.' }) tag!: string | null;
}

@ObjectType({ description: 'This gateway (not Rocket.Chat): its own version and commit, and how its REST doors answer.' })
export class Gateway {
  @Field(() => String, { description: "The gateway's package version." }) version!: string;
  @Field(() => String, { nullable: true, description: 'Git commit the gateway runs from, when known.' }) commit!: string | null;
  @Field(() => String, { description: 'REST wire format in force: 0.61 or current (REST_FORMAT; auto follows the Rocket.Chat version).' })
  restFormat!: string;
  @Field(() => String, { description: 'Why that format, and which Rocket.Chat bodies (before 8.0 or 8.x), in words.' })
  restFormatChosenBy!: string;
}
