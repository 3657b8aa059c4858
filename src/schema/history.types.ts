import 'reflect-metadata';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, SafeInt } from './scalars';

export enum HistoryStep {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

registerEnumType(HistoryStep, {
  name: 'HistoryStep',
  description: 'How far apart the points of a history are. Steps are periods of UTC time.',
  valuesConfig: {
    DAY: { description: 'One point per UTC day.' },
    WEEK: { description: 'One point per ISO week, from Monday 00:00 UTC.' },
    MONTH: { description: 'One point per calendar month (UTC).' },
  },
});

export enum SnapshotSource {
  ROCKET_CHAT = 'ROCKET_CHAT',
  GATEWAY = 'GATEWAY',
}

registerEnumType(SnapshotSource, {
  name: 'SnapshotSource',
  description: 'Which collection a stored snapshot came from.',
  valuesConfig: {
    ROCKET_CHAT: { description: "Rocket.Chat's own daily snapshot in rocketchat_statistics." },
    GATEWAY: { description: "The gateway's snapshot in its SNAPSHOT_COLLECTION (takeSnapshot, REST refresh)." },
  },
});

@ObjectType({ description: 'One figure of a history point.' })
export class HistoryValue {
  @Field(() => String, { description: 'The figure, by its path in Statistics, as asked.' }) figure!: string;
  @Field(() => SafeInt, {
    nullable: true,
    description: "The count the snapshot stored under this figure's definition; null when the snapshot has none under it.",
  })
  value!: number | null;
}

@ObjectType({ description: 'The snapshot a history picked for one step.' })
export class HistoryPoint {
  @Field(() => DateTime, { description: 'The start of the step this point stands for (UTC day, ISO week or month).' }) period!: Date;
  @Field(() => DateTime, { description: 'When the picked snapshot was taken: the newest of its step.' }) takenAt!: Date;
  @Field(() => SnapshotSource, { description: 'Which collection the picked snapshot came from.' }) source!: SnapshotSource;
  @Field(() => String, { description: "The picked snapshot's _id in its collection." }) snapshotId!: string;
  @Field(() => String, { nullable: true, description: "The Rocket.Chat version that stored it (ROCKET_CHAT); null for the gateway's." })
  rocketChatVersion!: string | null;
  @Field(() => String, {
    description:
      "The definitions its figures follow: 'current' (Rocket.Chat 1.x and later, and every gateway snapshot) or '0.61' (a Rocket.Chat 0.x snapshot).",
  })
  definitions!: string;
  @Field(() => [HistoryValue], { description: 'The asked figures, in the order asked.' }) values!: HistoryValue[];
}

@ObjectType({ description: "A time series of counts from Rocket.Chat's daily snapshots and the gateway's, one point per step." })
export class History {
  @Field(() => DateTime, { description: 'The older end of the range, as asked.' }) from!: Date;
  @Field(() => DateTime, { description: 'The newer end of the range, as asked (now when not given).' }) to!: Date;
  @Field(() => HistoryStep, { description: 'The step, as asked.' }) step!: HistoryStep;
  @Field(() => [String], { description: 'The figures, in the order asked.' }) figures!: string[];
  @Field(() => [HistoryPoint], { description: 'One point per step that holds a snapshot of either source, oldest first; steps without any have none.' })
  points!: HistoryPoint[];
}
