import { Field, Int, ObjectType } from 'type-graphql';
import { Commit, Deploy, Gateway, Instance, Migration } from './deployment.types';
import { Os, Process } from './host.types';
import { LegacyStatistics } from './legacy-statistics.type';
import { DateTime, SafeInt } from './scalars';

@ObjectType({
  description:
    'Statistics of the Rocket.Chat workspace, with the current definitions (Rocket.Chat 6.x–8.x). Live results compute only the selected fields; stored snapshots return their stored values.',
})
export class Statistics {
  @Field(() => String, { nullable: true, description: 'Snapshot id; null for a live result that was not stored.' }) id!: string | null;
  @Field(() => DateTime, { description: 'When these figures were taken.' }) createdAt!: Date;
  @Field(() => DateTime, { nullable: true, description: 'When the snapshot was stored; null for a live result.' }) updatedAt!: Date | null;

  // Deployment
  @Field(() => String, { nullable: true, description: "Deployment ID: rocketchat_settings 'uniqueID' value." }) uniqueId!: string | null;
  @Field(() => DateTime, { nullable: true, description: "createdAt of the 'uniqueID' setting; null when missing." }) installedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Setting 'Cloud_Workspace_Id'; null when unset." }) cloudWorkspaceId!: string | null;
  @Field(() => String, { nullable: true, description: "Rocket.Chat's version, from the newest snapshot Rocket.Chat stored in rocketchat_statistics; null when there is none." }) version!: string | null;
  @Field(() => String, { nullable: true, description: 'Apps-Engine version (apps.engineVersion of that same Rocket.Chat snapshot).' }) appsEngineVersion!: string | null;
  @Field(() => Commit, { nullable: true, description: "Rocket.Chat's build commit, when its latest snapshot records one." }) commit!: Commit | null;
  @Field(() => Gateway, { description: 'The gateway itself (version, commit), apart from Rocket.Chat.' }) gateway!: Gateway;
  @Field(() => String, { nullable: true, description: 'MongoDB version (serverStatus, else buildInfo).' }) mongoVersion!: string | null;
  @Field(() => String, { description: 'MongoDB storage engine (serverStatus storageEngine.name); "unknown" when not reported.' }) mongoStorageEngine!: string;
  @Field(() => Migration, { description: "migrations 'control' document; version 0 and unlocked when missing (never written)." }) migration!: Migration;
  @Field(() => [Instance], { description: 'Documents of the instances collection.' }) instances!: Instance[];
  @Field(() => Int, {
    description:
      'Instances whose heartbeat (_updatedAt) is younger than 60 s on the gateway clock. Rocket.Chat measures from its own start time, which means nothing to a separate process.',
  })
  instanceCount!: number;
  @Field(() => Deploy, { description: 'Deployment method and platform of the gateway (env DEPLOY_METHOD, DEPLOY_PLATFORM).' }) deploy!: Deploy;
  @Field(() => Os, { description: 'The gateway host (not the Rocket.Chat server).' }) os!: Os;
  @Field(() => Process, { description: 'The gateway process.' }) process!: Process;

  // Users
  @Field(() => SafeInt, { description: 'Count of all documents in users.' }) totalUsers!: number;
  @Field(() => SafeInt, { description: 'Active users, not guest-only (roles exactly [guest]), not app or bot, not federated or remote.' }) activeUsers!: number;
  @Field(() => SafeInt, { description: 'Users with active: false.' }) nonActiveUsers!: number;
  @Field(() => SafeInt, { description: 'Users with status online.' }) onlineUsers!: number;
  @Field(() => SafeInt, { description: 'Users with status away.' }) awayUsers!: number;
  @Field(() => SafeInt, { description: 'Users with status busy.' }) busyUsers!: number;
  @Field(() => SafeInt, { description: 'totalUsers − online − away − busy (by status).' }) offlineUsers!: number;
  @Field(() => SafeInt, { description: 'onlineUsers + awayUsers; busy users are not counted.' }) totalConnectedUsers!: number;
  @Field(() => SafeInt, { description: 'Active users with roles exactly [guest], type not app, not remote.' }) activeGuests!: number;
  @Field(() => SafeInt, { description: 'Users with type app.' }) appUsers!: number;
  @Field(() => DateTime, { nullable: true, description: 'Greatest lastLogin over users; null if none.' }) lastLogin!: Date | null;

  // Rooms
  @Field(() => SafeInt, { description: 'Count of all rooms (rocketchat_room).' }) totalRooms!: number;
  @Field(() => SafeInt, { description: 'Rooms with t = c, discussions included.' }) totalChannels!: number;
  @Field(() => SafeInt, { description: 'Rooms with t = p, discussions included.' }) totalPrivateGroups!: number;
  @Field(() => SafeInt, { description: 'Rooms with t = d.' }) totalDirect!: number;
  @Field(() => SafeInt, { description: 'Omnichannel rooms: t = l.' }) totalLivechat!: number;
  @Field(() => SafeInt, { description: 'Rooms with a prid (discussions).' }) totalDiscussions!: number;

  // Messages
  @Field(() => SafeInt, { description: 'Σ of the channel, private group, discussion, direct and livechat message sums (room msgs counters).' }) totalMessages!: number;
  @Field(() => SafeInt, { description: 'Messages with tcount (thread parents, not replies).' }) totalThreads!: number;
  @Field(() => SafeInt, { description: 'Σ msgs of c rooms without prid (a room without msgs counts 0).' }) totalChannelMessages!: number;
  @Field(() => SafeInt, { description: 'Σ msgs of p rooms without prid.' }) totalPrivateGroupMessages!: number;
  @Field(() => SafeInt, { description: 'Σ msgs of d rooms.' }) totalDirectMessages!: number;
  @Field(() => SafeInt, { description: 'Σ msgs of l (omnichannel) rooms.' }) totalLivechatMessages!: number;
  @Field(() => SafeInt, { description: 'Σ msgs of c and p rooms with a prid.' }) totalDiscussionsMessages!: number;
  @Field(() => DateTime, { nullable: true, description: 'Greatest ts in rocketchat_message.' }) lastMessageSentAt!: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'Greatest ls in rocketchat_subscription.' }) lastSeenSubscription!: Date | null;

  // Uploads
  @Field(() => SafeInt, { description: 'Count of rocketchat_uploads documents.' }) uploadsTotal!: number;
  @Field(() => SafeInt, { description: 'Σ size in bytes over rocketchat_uploads; 0 if none.' }) uploadsTotalSize!: number;

  @Field(() => LegacyStatistics, { description: 'The 0.61 definitions where they differ from the current ones.' }) legacy!: LegacyStatistics;
}
