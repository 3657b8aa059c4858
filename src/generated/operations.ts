/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

/** Commit of Rocket.Chat's build, when its own latest snapshot in rocketchat_statistics records one. */
export type Commit = {
  __typename?: 'Commit';
  /** Commit author. */
  author?: Maybe<Scalars['String']['output']>;
  /** Branch the build came from. */
  branch?: Maybe<Scalars['String']['output']>;
  /** Commit date as Rocket.Chat recorded it. */
  date?: Maybe<Scalars['String']['output']>;
  /** Commit hash. */
  hash?: Maybe<Scalars['String']['output']>;
  /** Commit subject line. */
  subject?: Maybe<Scalars['String']['output']>;
  /** Release tag, when the build is a release. */
  tag?: Maybe<Scalars['String']['output']>;
};

/** One logical CPU of the gateway host. */
export type Cpu = {
  __typename?: 'Cpu';
  /** CPU model name. */
  model: Scalars['String']['output'];
  /** Clock speed in MHz. */
  speed: Scalars['Int']['output'];
  /** Time spent per mode since boot. */
  times: CpuTimes;
};

/** CPU time of one core of the gateway host, in milliseconds (node:os cpus().times). */
export type CpuTimes = {
  __typename?: 'CpuTimes';
  /** Idle time. */
  idle: Scalars['SafeInt']['output'];
  /** Time servicing interrupts. */
  irq: Scalars['SafeInt']['output'];
  /** Time in user mode with low priority. */
  nice: Scalars['SafeInt']['output'];
  /** Time in kernel mode. */
  sys: Scalars['SafeInt']['output'];
  /** Time in user mode. */
  user: Scalars['SafeInt']['output'];
};

/** How the gateway was deployed: env DEPLOY_METHOD and DEPLOY_PLATFORM of the gateway process. */
export type Deploy = {
  __typename?: 'Deploy';
  /** DEPLOY_METHOD, default tar. */
  method: Scalars['String']['output'];
  /** DEPLOY_PLATFORM, default selfinstall. */
  platform: Scalars['String']['output'];
};

/** This gateway (not Rocket.Chat): its own version and commit, and how its REST doors answer. */
export type Gateway = {
  __typename?: 'Gateway';
  /** Git commit the gateway runs from, when known. */
  commit?: Maybe<Scalars['String']['output']>;
  /** REST wire format in force: 0.61 or current (REST_FORMAT; auto follows the Rocket.Chat version). */
  restFormat: Scalars['String']['output'];
  /** Why that format, and which Rocket.Chat bodies (before 8.0 or 8.x), in words. */
  restFormatChosenBy: Scalars['String']['output'];
  /** The gateway's package version. */
  version: Scalars['String']['output'];
};

/** A Rocket.Chat process registered in the `instances` collection. */
export type Instance = {
  __typename?: 'Instance';
  /** When the instance registered (_createdAt). */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** extraInformation.host. */
  host?: Maybe<Scalars['String']['output']>;
  /** Instance _id. */
  id: Scalars['String']['output'];
  /** Heartbeat younger than 60 s on the gateway clock. */
  live: Scalars['Boolean']['output'];
  /** Instance name, usually rocket.chat. */
  name?: Maybe<Scalars['String']['output']>;
  /** extraInformation.nodeVersion. */
  nodeVersion?: Maybe<Scalars['String']['output']>;
  /** Process id of that Rocket.Chat instance. */
  pid?: Maybe<Scalars['Int']['output']>;
  /** extraInformation.port. */
  port?: Maybe<Scalars['String']['output']>;
  /** Last heartbeat (`_updatedAt`). */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Figures as Rocket.Chat 0.61 defined them, where they differ from today (the REST 0.61 format uses these). */
export type LegacyStatistics = {
  __typename?: 'LegacyStatistics';
  /** users with active: true, of every type and role. */
  activeUsers: Scalars['SafeInt']['output'];
  /** users with statusConnection away. */
  awayUsers: Scalars['SafeInt']['output'];
  /** totalUsers − legacy activeUsers. */
  nonActiveUsers: Scalars['SafeInt']['output'];
  /** totalUsers − legacy online − legacy away (statusConnection; no busy in 0.61). */
  offlineUsers: Scalars['SafeInt']['output'];
  /** users with statusConnection online. */
  onlineUsers: Scalars['SafeInt']['output'];
  /** Σ msgs of every c room, discussions included. */
  totalChannelMessages: Scalars['SafeInt']['output'];
  /** Count of all documents in rocketchat_message (system messages and thread replies included). */
  totalMessages: Scalars['SafeInt']['output'];
  /** Σ msgs of every p room, discussions included. */
  totalPrivateGroupMessages: Scalars['SafeInt']['output'];
};

/** Rocket.Chat's database migration state: the `migrations` document with _id 'control'. */
export type Migration = {
  __typename?: 'Migration';
  /** Build date recorded by the last migration run. */
  buildAt?: Maybe<Scalars['DateTime']['output']>;
  /** Always "control". */
  id: Scalars['String']['output'];
  /** Whether a migration is running. */
  locked: Scalars['Boolean']['output'];
  /** When the lock was last taken. */
  lockedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Version of the last migration applied; 0 when the control document is missing. */
  version: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Computes every figure anew and stores the snapshot in the gateway's collection (whole or not at all). */
  takeSnapshot: Statistics;
};

/** The operating system of the host the gateway runs on (not the Rocket.Chat server), read at resolve time. */
export type Os = {
  __typename?: 'Os';
  /** os.arch(), e.g. x64. */
  arch: Scalars['String']['output'];
  /** One entry per logical CPU, os.cpus(). */
  cpus: Array<Cpu>;
  /** Free memory in bytes. */
  freemem: Scalars['SafeInt']['output'];
  /** 1, 5 and 15 minute load averages. */
  loadavg: Array<Scalars['Float']['output']>;
  /** os.platform(), e.g. linux. */
  platform: Scalars['String']['output'];
  /** Kernel release, os.release(). */
  release: Scalars['String']['output'];
  /** Total memory in bytes. */
  totalmem: Scalars['SafeInt']['output'];
  /** os.type(), e.g. Linux. */
  type: Scalars['String']['output'];
  /** Host uptime in seconds. */
  uptime: Scalars['Float']['output'];
};

/** The gateway process itself, read at resolve time. */
export type Process = {
  __typename?: 'Process';
  /** Node.js version running the gateway, e.g. v20.20.2. */
  nodeVersion: Scalars['String']['output'];
  /** Process id of the gateway. */
  pid: Scalars['Int']['output'];
  /** Seconds since the gateway process started; changes between two refreshed results. */
  uptime: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** When the newest stored snapshot was taken; null when none exists. Reads no figure. */
  lastSnapshotAt?: Maybe<Scalars['DateTime']['output']>;
  /** The newest stored snapshot, as stored (no recomputation); null when none exists. */
  latestSnapshot?: Maybe<Statistics>;
  /** Stored snapshots, as stored (no recomputation). */
  snapshots: SnapshotList;
  /** Live statistics. Only the selected fields are computed; identical requests within a few seconds share one computation. Requires X-User-Id/X-Auth-Token of a user with view-statistics. */
  statistics: Statistics;
};


export type QuerySnapshotsArgs = {
  count?: Scalars['Int']['input'];
  filter?: InputMaybe<Scalars['JSONObject']['input']>;
  offset?: Scalars['Int']['input'];
  sort?: InputMaybe<Scalars['JSONObject']['input']>;
};


export type QueryStatisticsArgs = {
  refresh?: Scalars['Boolean']['input'];
};

/** A page of stored snapshots from the gateway's snapshot collection. */
export type SnapshotList = {
  __typename?: 'SnapshotList';
  /** Snapshots in this page. */
  count: Scalars['Int']['output'];
  /** Snapshots skipped before this page. */
  offset: Scalars['Int']['output'];
  /** The snapshots of this page, in the requested order. */
  snapshots: Array<Statistics>;
  /** Snapshots matching the filter. */
  total: Scalars['Int']['output'];
};

/** Statistics of the Rocket.Chat workspace, with the current definitions (Rocket.Chat 6.x–8.x). Live results compute only the selected fields; stored snapshots return their stored values. */
export type Statistics = {
  __typename?: 'Statistics';
  /** Active users with roles exactly [guest], type not app, not remote. */
  activeGuests: Scalars['SafeInt']['output'];
  /** Active users, not guest-only (roles exactly [guest]), not app or bot, not federated or remote. */
  activeUsers: Scalars['SafeInt']['output'];
  /** Users with type app. */
  appUsers: Scalars['SafeInt']['output'];
  /** Apps-Engine version (apps.engineVersion of that same Rocket.Chat snapshot). */
  appsEngineVersion?: Maybe<Scalars['String']['output']>;
  /** Users with status away. */
  awayUsers: Scalars['SafeInt']['output'];
  /** Users with status busy. */
  busyUsers: Scalars['SafeInt']['output'];
  /** Setting 'Cloud_Workspace_Id'; null when unset. */
  cloudWorkspaceId?: Maybe<Scalars['String']['output']>;
  /** Rocket.Chat's build commit, when its latest snapshot records one. */
  commit?: Maybe<Commit>;
  /** When these figures were taken. */
  createdAt: Scalars['DateTime']['output'];
  /** Deployment method and platform of the gateway (env DEPLOY_METHOD, DEPLOY_PLATFORM). */
  deploy: Deploy;
  /** The gateway itself (version, commit), apart from Rocket.Chat. */
  gateway: Gateway;
  /** Snapshot id; null for a live result that was not stored. */
  id?: Maybe<Scalars['String']['output']>;
  /** createdAt of the 'uniqueID' setting; null when missing. */
  installedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Instances whose heartbeat (_updatedAt) is younger than 60 s on the gateway clock. Rocket.Chat measures from its own start time, which means nothing to a separate process. */
  instanceCount: Scalars['Int']['output'];
  /** Documents of the instances collection. */
  instances: Array<Instance>;
  /** Greatest lastLogin over users; null if none. */
  lastLogin?: Maybe<Scalars['DateTime']['output']>;
  /** Greatest ts in rocketchat_message. */
  lastMessageSentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Greatest ls in rocketchat_subscription. */
  lastSeenSubscription?: Maybe<Scalars['DateTime']['output']>;
  /** The 0.61 definitions where they differ from the current ones. */
  legacy: LegacyStatistics;
  /** migrations 'control' document; version 0 and unlocked when missing (never written). */
  migration: Migration;
  /** MongoDB storage engine (serverStatus storageEngine.name); "unknown" when not reported. */
  mongoStorageEngine: Scalars['String']['output'];
  /** MongoDB version (serverStatus, else buildInfo). */
  mongoVersion?: Maybe<Scalars['String']['output']>;
  /** Users with active: false. */
  nonActiveUsers: Scalars['SafeInt']['output'];
  /** totalUsers − online − away − busy (by status). */
  offlineUsers: Scalars['SafeInt']['output'];
  /** Users with status online. */
  onlineUsers: Scalars['SafeInt']['output'];
  /** The gateway host (not the Rocket.Chat server). */
  os: Os;
  /** The gateway process. */
  process: Process;
  /** Setting 'Site_Url' (the workspace's address); null when unset. */
  siteUrl?: Maybe<Scalars['String']['output']>;
  /** Σ msgs of c rooms without prid (a room without msgs counts 0). */
  totalChannelMessages: Scalars['SafeInt']['output'];
  /** Rooms with t = c, discussions included. */
  totalChannels: Scalars['SafeInt']['output'];
  /** onlineUsers + awayUsers; busy users are not counted. */
  totalConnectedUsers: Scalars['SafeInt']['output'];
  /** Rooms with t = d. */
  totalDirect: Scalars['SafeInt']['output'];
  /** Σ msgs of d rooms. */
  totalDirectMessages: Scalars['SafeInt']['output'];
  /** Rooms with a prid (discussions). */
  totalDiscussions: Scalars['SafeInt']['output'];
  /** Σ msgs of c and p rooms with a prid. */
  totalDiscussionsMessages: Scalars['SafeInt']['output'];
  /** Omnichannel rooms: t = l. */
  totalLivechat: Scalars['SafeInt']['output'];
  /** Σ msgs of l (omnichannel) rooms. */
  totalLivechatMessages: Scalars['SafeInt']['output'];
  /** Σ of the channel, private group, discussion, direct and livechat message sums (room msgs counters). */
  totalMessages: Scalars['SafeInt']['output'];
  /** Pinned messages, without removed (t: rm) and hidden ones. */
  totalPinned: Scalars['SafeInt']['output'];
  /** Σ msgs of p rooms without prid. */
  totalPrivateGroupMessages: Scalars['SafeInt']['output'];
  /** Rooms with t = p, discussions included. */
  totalPrivateGroups: Scalars['SafeInt']['output'];
  /** Count of all rooms (rocketchat_room). */
  totalRooms: Scalars['SafeInt']['output'];
  /** Messages with tcount (thread parents, not replies). */
  totalThreads: Scalars['SafeInt']['output'];
  /** Count of all documents in users. */
  totalUsers: Scalars['SafeInt']['output'];
  /** Deployment ID: rocketchat_settings 'uniqueID' value. */
  uniqueId?: Maybe<Scalars['String']['output']>;
  /** When the snapshot was stored; null for a live result. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Count of rocketchat_uploads documents. */
  uploadsTotal: Scalars['SafeInt']['output'];
  /** Σ size in bytes over rocketchat_uploads; 0 if none. */
  uploadsTotalSize: Scalars['SafeInt']['output'];
  /** Rocket.Chat's version, from the newest snapshot Rocket.Chat stored in rocketchat_statistics; null when there is none. */
  version?: Maybe<Scalars['String']['output']>;
};

export type AllFiguresFragment = { id: string | null, createdAt: string, updatedAt: string | null, uniqueId: string | null, installedAt: string | null, cloudWorkspaceId: string | null, siteUrl: string | null, version: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string, instanceCount: number, totalUsers: number, activeUsers: number, nonActiveUsers: number, onlineUsers: number, awayUsers: number, busyUsers: number, offlineUsers: number, totalConnectedUsers: number, activeGuests: number, appUsers: number, lastLogin: string | null, totalRooms: number, totalChannels: number, totalPrivateGroups: number, totalDirect: number, totalLivechat: number, totalDiscussions: number, totalMessages: number, totalThreads: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalDirectMessages: number, totalLivechatMessages: number, totalDiscussionsMessages: number, totalPinned: number, lastMessageSentAt: string | null, lastSeenSubscription: string | null, uploadsTotal: number, uploadsTotalSize: number, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, gateway: { version: string, commit: string | null, restFormat: string, restFormatChosenBy: string }, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null }, instances: Array<{ id: string, name: string | null, pid: number | null, createdAt: string | null, updatedAt: string | null, host: string | null, port: string | null, nodeVersion: string | null, live: boolean }>, deploy: { method: string, platform: string }, os: { type: string, platform: string, arch: string, release: string, uptime: number, loadavg: Array<number>, totalmem: number, freemem: number, cpus: Array<{ model: string, speed: number, times: { user: number, nice: number, sys: number, idle: number, irq: number } }> }, process: { nodeVersion: string, pid: number, uptime: number }, legacy: { activeUsers: number, nonActiveUsers: number, onlineUsers: number, awayUsers: number, offlineUsers: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalMessages: number } };

export type MetricsFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsFiguresQuery = { lastSnapshotAt: string | null, statistics: { onlineUsers: number, awayUsers: number, busyUsers: number, offlineUsers: number, activeUsers: number, nonActiveUsers: number, activeGuests: number, appUsers: number, totalChannels: number, totalPrivateGroups: number, totalDirect: number, totalLivechat: number, totalDiscussions: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalDiscussionsMessages: number, totalDirectMessages: number, totalLivechatMessages: number, totalThreads: number, uploadsTotal: number, uploadsTotalSize: number, instanceCount: number, version: string | null, uniqueId: string | null, siteUrl: string | null, totalUsers: number, totalRooms: number, totalMessages: number, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null } } };

export type LiveStatisticsQueryVariables = Exact<{
  refresh?: boolean;
}>;


export type LiveStatisticsQuery = { statistics: { id: string | null, createdAt: string, updatedAt: string | null, uniqueId: string | null, installedAt: string | null, cloudWorkspaceId: string | null, siteUrl: string | null, version: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string, instanceCount: number, totalUsers: number, activeUsers: number, nonActiveUsers: number, onlineUsers: number, awayUsers: number, busyUsers: number, offlineUsers: number, totalConnectedUsers: number, activeGuests: number, appUsers: number, lastLogin: string | null, totalRooms: number, totalChannels: number, totalPrivateGroups: number, totalDirect: number, totalLivechat: number, totalDiscussions: number, totalMessages: number, totalThreads: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalDirectMessages: number, totalLivechatMessages: number, totalDiscussionsMessages: number, totalPinned: number, lastMessageSentAt: string | null, lastSeenSubscription: string | null, uploadsTotal: number, uploadsTotalSize: number, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, gateway: { version: string, commit: string | null, restFormat: string, restFormatChosenBy: string }, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null }, instances: Array<{ id: string, name: string | null, pid: number | null, createdAt: string | null, updatedAt: string | null, host: string | null, port: string | null, nodeVersion: string | null, live: boolean }>, deploy: { method: string, platform: string }, os: { type: string, platform: string, arch: string, release: string, uptime: number, loadavg: Array<number>, totalmem: number, freemem: number, cpus: Array<{ model: string, speed: number, times: { user: number, nice: number, sys: number, idle: number, irq: number } }> }, process: { nodeVersion: string, pid: number, uptime: number }, legacy: { activeUsers: number, nonActiveUsers: number, onlineUsers: number, awayUsers: number, offlineUsers: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalMessages: number } } };

export type TakeSnapshotMutationVariables = Exact<{ [key: string]: never; }>;


export type TakeSnapshotMutation = { takeSnapshot: { id: string | null, createdAt: string, updatedAt: string | null, uniqueId: string | null, installedAt: string | null, cloudWorkspaceId: string | null, siteUrl: string | null, version: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string, instanceCount: number, totalUsers: number, activeUsers: number, nonActiveUsers: number, onlineUsers: number, awayUsers: number, busyUsers: number, offlineUsers: number, totalConnectedUsers: number, activeGuests: number, appUsers: number, lastLogin: string | null, totalRooms: number, totalChannels: number, totalPrivateGroups: number, totalDirect: number, totalLivechat: number, totalDiscussions: number, totalMessages: number, totalThreads: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalDirectMessages: number, totalLivechatMessages: number, totalDiscussionsMessages: number, totalPinned: number, lastMessageSentAt: string | null, lastSeenSubscription: string | null, uploadsTotal: number, uploadsTotalSize: number, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, gateway: { version: string, commit: string | null, restFormat: string, restFormatChosenBy: string }, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null }, instances: Array<{ id: string, name: string | null, pid: number | null, createdAt: string | null, updatedAt: string | null, host: string | null, port: string | null, nodeVersion: string | null, live: boolean }>, deploy: { method: string, platform: string }, os: { type: string, platform: string, arch: string, release: string, uptime: number, loadavg: Array<number>, totalmem: number, freemem: number, cpus: Array<{ model: string, speed: number, times: { user: number, nice: number, sys: number, idle: number, irq: number } }> }, process: { nodeVersion: string, pid: number, uptime: number }, legacy: { activeUsers: number, nonActiveUsers: number, onlineUsers: number, awayUsers: number, offlineUsers: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalMessages: number } } };

export type LatestSnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestSnapshotQuery = { latestSnapshot: { id: string | null, createdAt: string, updatedAt: string | null, uniqueId: string | null, installedAt: string | null, cloudWorkspaceId: string | null, siteUrl: string | null, version: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string, instanceCount: number, totalUsers: number, activeUsers: number, nonActiveUsers: number, onlineUsers: number, awayUsers: number, busyUsers: number, offlineUsers: number, totalConnectedUsers: number, activeGuests: number, appUsers: number, lastLogin: string | null, totalRooms: number, totalChannels: number, totalPrivateGroups: number, totalDirect: number, totalLivechat: number, totalDiscussions: number, totalMessages: number, totalThreads: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalDirectMessages: number, totalLivechatMessages: number, totalDiscussionsMessages: number, totalPinned: number, lastMessageSentAt: string | null, lastSeenSubscription: string | null, uploadsTotal: number, uploadsTotalSize: number, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, gateway: { version: string, commit: string | null, restFormat: string, restFormatChosenBy: string }, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null }, instances: Array<{ id: string, name: string | null, pid: number | null, createdAt: string | null, updatedAt: string | null, host: string | null, port: string | null, nodeVersion: string | null, live: boolean }>, deploy: { method: string, platform: string }, os: { type: string, platform: string, arch: string, release: string, uptime: number, loadavg: Array<number>, totalmem: number, freemem: number, cpus: Array<{ model: string, speed: number, times: { user: number, nice: number, sys: number, idle: number, irq: number } }> }, process: { nodeVersion: string, pid: number, uptime: number }, legacy: { activeUsers: number, nonActiveUsers: number, onlineUsers: number, awayUsers: number, offlineUsers: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalMessages: number } } | null };

export type SnapshotPageQueryVariables = Exact<{
  offset: number;
  count: number;
  sort?: Record<string, unknown> | null | undefined;
  filter?: Record<string, unknown> | null | undefined;
}>;


export type SnapshotPageQuery = { snapshots: { count: number, offset: number, total: number, snapshots: Array<{ id: string | null, createdAt: string, updatedAt: string | null, uniqueId: string | null, installedAt: string | null, cloudWorkspaceId: string | null, siteUrl: string | null, version: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string, instanceCount: number, totalUsers: number, activeUsers: number, nonActiveUsers: number, onlineUsers: number, awayUsers: number, busyUsers: number, offlineUsers: number, totalConnectedUsers: number, activeGuests: number, appUsers: number, lastLogin: string | null, totalRooms: number, totalChannels: number, totalPrivateGroups: number, totalDirect: number, totalLivechat: number, totalDiscussions: number, totalMessages: number, totalThreads: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalDirectMessages: number, totalLivechatMessages: number, totalDiscussionsMessages: number, totalPinned: number, lastMessageSentAt: string | null, lastSeenSubscription: string | null, uploadsTotal: number, uploadsTotalSize: number, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, gateway: { version: string, commit: string | null, restFormat: string, restFormatChosenBy: string }, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null }, instances: Array<{ id: string, name: string | null, pid: number | null, createdAt: string | null, updatedAt: string | null, host: string | null, port: string | null, nodeVersion: string | null, live: boolean }>, deploy: { method: string, platform: string }, os: { type: string, platform: string, arch: string, release: string, uptime: number, loadavg: Array<number>, totalmem: number, freemem: number, cpus: Array<{ model: string, speed: number, times: { user: number, nice: number, sys: number, idle: number, irq: number } }> }, process: { nodeVersion: string, pid: number, uptime: number }, legacy: { activeUsers: number, nonActiveUsers: number, onlineUsers: number, awayUsers: number, offlineUsers: number, totalChannelMessages: number, totalPrivateGroupMessages: number, totalMessages: number } }> } };

export const AllFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appsEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"restFormat"}},{"kind":"Field","name":{"kind":"Name","value":"restFormatChosenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mongoVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mongoStorageEngine"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"deploy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"os"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"loadavg"}},{"kind":"Field","name":{"kind":"Name","value":"totalmem"}},{"kind":"Field","name":{"kind":"Name","value":"freemem"}},{"kind":"Field","name":{"kind":"Name","value":"cpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"nice"}},{"kind":"Field","name":{"kind":"Name","value":"sys"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"irq"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalConnectedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPinned"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}}]}}]} as unknown as DocumentNode<AllFiguresFragment, unknown>;
export const MetricsFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastSnapshotAt"}}]}}]} as unknown as DocumentNode<MetricsFiguresQuery, MetricsFiguresQueryVariables>;
export const LiveStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refresh"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appsEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"restFormat"}},{"kind":"Field","name":{"kind":"Name","value":"restFormatChosenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mongoVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mongoStorageEngine"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"deploy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"os"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"loadavg"}},{"kind":"Field","name":{"kind":"Name","value":"totalmem"}},{"kind":"Field","name":{"kind":"Name","value":"freemem"}},{"kind":"Field","name":{"kind":"Name","value":"cpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"nice"}},{"kind":"Field","name":{"kind":"Name","value":"sys"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"irq"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalConnectedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPinned"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}}]}}]} as unknown as DocumentNode<LiveStatisticsQuery, LiveStatisticsQueryVariables>;
export const TakeSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appsEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"restFormat"}},{"kind":"Field","name":{"kind":"Name","value":"restFormatChosenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mongoVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mongoStorageEngine"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"deploy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"os"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"loadavg"}},{"kind":"Field","name":{"kind":"Name","value":"totalmem"}},{"kind":"Field","name":{"kind":"Name","value":"freemem"}},{"kind":"Field","name":{"kind":"Name","value":"cpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"nice"}},{"kind":"Field","name":{"kind":"Name","value":"sys"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"irq"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalConnectedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPinned"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}}]}}]} as unknown as DocumentNode<TakeSnapshotMutation, TakeSnapshotMutationVariables>;
export const LatestSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appsEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"restFormat"}},{"kind":"Field","name":{"kind":"Name","value":"restFormatChosenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mongoVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mongoStorageEngine"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"deploy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"os"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"loadavg"}},{"kind":"Field","name":{"kind":"Name","value":"totalmem"}},{"kind":"Field","name":{"kind":"Name","value":"freemem"}},{"kind":"Field","name":{"kind":"Name","value":"cpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"nice"}},{"kind":"Field","name":{"kind":"Name","value":"sys"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"irq"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalConnectedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPinned"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}}]}}]} as unknown as DocumentNode<LatestSnapshotQuery, LatestSnapshotQueryVariables>;
export const SnapshotPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SnapshotPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"snapshots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appsEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"restFormat"}},{"kind":"Field","name":{"kind":"Name","value":"restFormatChosenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mongoVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mongoStorageEngine"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"deploy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"os"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"loadavg"}},{"kind":"Field","name":{"kind":"Name","value":"totalmem"}},{"kind":"Field","name":{"kind":"Name","value":"freemem"}},{"kind":"Field","name":{"kind":"Name","value":"cpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"nice"}},{"kind":"Field","name":{"kind":"Name","value":"sys"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"irq"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalConnectedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPinned"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}}]}}]} as unknown as DocumentNode<SnapshotPageQuery, SnapshotPageQueryVariables>;