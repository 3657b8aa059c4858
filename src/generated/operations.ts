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
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

/** A day's distinct active users (Rocket.Chat's user_daily session documents, anonymous users left out). */
export type ActiveUsersOfDay = {
  __typename?: 'ActiveUsersOfDay';
  /** The day, at 00:00:00.000Z. */
  day: Scalars['DateTime']['output'];
  /** Their user ids, sorted. */
  userIds: Array<Scalars['String']['output']>;
  /** How many (the length of userIds). */
  users: Scalars['Int']['output'];
};

/** Rocket.Chat's apps engine: known only to its process. */
export type AppsStatistics = {
  __typename?: 'AppsStatistics';
  /** Enabled apps. Rocket.Chat writes false when its apps engine is not running; null here then. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  totalActive?: Maybe<Scalars['Int']['output']>;
  /** Apps neither enabled nor manually disabled. Rocket.Chat writes false when its apps engine is not running; null here then. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  totalFailed?: Maybe<Scalars['Int']['output']>;
  /** Installed apps. Rocket.Chat writes false when its apps engine is not running; null here then. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  totalInstalled?: Maybe<Scalars['Int']['output']>;
  /** Privately installed apps. Rocket.Chat writes false when its apps engine is not running; null here then. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  totalPrivateApps?: Maybe<Scalars['Int']['output']>;
  /** Privately installed apps that are enabled. Rocket.Chat writes false when its apps engine is not running; null here then. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  totalPrivateAppsEnabled?: Maybe<Scalars['Int']['output']>;
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

/** A count and its change against what it is compared with. */
export type CountChange = {
  __typename?: 'CountChange';
  /** count minus the compared count (may be negative). */
  change: Scalars['Int']['output'];
  /** The total. */
  count: Scalars['Int']['output'];
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

/** Layout and script customizations, and read receipts (settings). */
export type Customization = {
  __typename?: 'Customization';
  /** Setting theme-custom-css differs from its default (packageValue). */
  customCSSChanged?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Layout_Home_Body differs from its default (packageValue). */
  homeBodyChanged?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Layout_Home_Title differs from its default (packageValue). */
  homeTitleChanged?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Custom_Script_Logged_In differs from its default (packageValue). */
  loggedInCustomScriptChanged?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Custom_Script_Logged_Out differs from its default (packageValue). */
  loggedOutCustomScriptChanged?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Assets_logo has a url (a custom logo). */
  logoChange?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Custom_Script_On_Logout differs from its default (packageValue). */
  onLogoutCustomScriptChanged?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Message_Read_Receipt_Store_Users; false when missing. */
  readReceiptsDetailed?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Message_Read_Receipt_Enabled; false when missing. */
  readReceiptsEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Layout_Show_Home_Button; false when missing. */
  showHomeButton?: Maybe<Scalars['Boolean']['output']>;
};

/** A count of one day (midnight UTC). */
export type DailyCount = {
  __typename?: 'DailyCount';
  /** Users created or messages sent that day. */
  count: Scalars['Int']['output'];
  /** The day, at 00:00:00.000Z. */
  day: Scalars['DateTime']['output'];
};

/** A daily series with its period total and changes, as Rocket.Chat's dashboard compares them. */
export type DailyTotals = {
  __typename?: 'DailyTotals';
  /** Days of the period with a count, newest first (at most as many as the period has days). */
  days: Array<DailyCount>;
  /** The period's total; change: against the previous period of as many days. */
  period: CountChange;
  /** The day before end's day; change: end's day minus that day. */
  yesterday: CountChange;
};

/** How the gateway was deployed: env DEPLOY_METHOD and DEPLOY_PLATFORM of the gateway process. */
export type Deploy = {
  __typename?: 'Deploy';
  /** DEPLOY_METHOD, default tar. */
  method: Scalars['String']['output'];
  /** DEPLOY_PLATFORM, default selfinstall. */
  platform: Scalars['String']['output'];
};

/** Rocket.Chat's engagement dashboard figures of a period (days are UTC calendar days; the previous period is the one before start). Only the selected fields are computed. */
export type Engagement = {
  __typename?: 'Engagement';
  /** Distinct active users per day, newest first; the client derives DAU, WAU and MAU. */
  activeUsers: Array<ActiveUsersOfDay>;
  /** The 8 days ending on end's day: daily session documents per day, newest first. */
  busiestDays: Array<UsersOfDay>;
  /** Users online in the 24 hours before end, in two-hour buckets of the day, latest first. */
  busiestHours: Array<UsersInHour>;
  /** Rooms with messages in the period or the previous one (Rocket.Chat 7+), most messages first. */
  channels: RoomActivityPage;
  /** End of the period, as asked (included). */
  end: Scalars['DateTime']['output'];
  /** Messages of the period per room type: c, p and d, 0 where none. */
  messageOrigins: Array<MessageOrigin>;
  /** User messages per day in channels, groups and direct messages. */
  messagesSent: DailyTotals;
  /** Users created per day (anonymous left out). */
  newUsers: DailyTotals;
  /** Start of the period, as asked. */
  start: Scalars['DateTime']['output'];
  /** The five rooms with most messages in the period. */
  topChannels: Array<PopularRoom>;
  /** Users online per day and hour of the period (logins from start to end), newest first. */
  usersByHour: Array<UsersInHourOfDay>;
};


/** Rocket.Chat's engagement dashboard figures of a period (days are UTC calendar days; the previous period is the one before start). Only the selected fields are computed. */
export type EngagementChannelsArgs = {
  count?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** A room of the channel list. */
export type EngagementRoom = {
  __typename?: 'EngagementRoom';
  /** When the room was created (ts). */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The room _id. */
  id: Scalars['String']['output'];
  /** name, else fname. */
  name?: Maybe<Scalars['String']['output']>;
  /** c, p or d. */
  type: Scalars['String']['output'];
  /** _updatedAt. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** usernames (direct messages). */
  usernames?: Maybe<Array<Scalars['String']['output']>>;
};

/** Federation with other servers. */
export type FederationStatistics = {
  __typename?: 'FederationStatistics';
  /** Matrix federation: enabled, rooms, external users and servers. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  matrix?: Maybe<Scalars['JSON']['output']>;
  /** Events, federated users and servers of the older federation. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  overview?: Maybe<Scalars['JSON']['output']>;
  /** Federated servers. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  servers?: Maybe<Scalars['SafeInt']['output']>;
  /** Federated users. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  users?: Maybe<Scalars['SafeInt']['output']>;
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

/** Where the next page starts. Pages follow a fixed order, so no row is skipped or repeated between pages. */
export type HealthPageInfo = {
  __typename?: 'HealthPageInfo';
  /** Pass as `after` for the next page; null when the page is empty. Opaque, and only for this list. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A channel or private group (rocketchat_room), as the room health lists show it. */
export type HealthRoom = {
  __typename?: 'HealthRoom';
  /** When it was created (`ts`). */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Room _id. */
  id: Scalars['String']['output'];
  /** When its last message was sent (`lm`); null when it never had one. */
  lastMessageAt?: Maybe<Scalars['DateTime']['output']>;
  /** Members: `usersCount` (0 when missing). */
  members: Scalars['Int']['output'];
  /** Rocket.Chat's message counter `msgs` (0 when missing). */
  messages: Scalars['Int']['output'];
  /** Its display name (fname), else its name. */
  name: Scalars['String']['output'];
  /** c (channel) or p (private group). */
  type: Scalars['String']['output'];
};

/** One page of rooms. */
export type HealthRoomPage = {
  __typename?: 'HealthRoomPage';
  /** The rooms of this page, in the list's order. */
  nodes: Array<HealthRoom>;
  /** Where the next page starts. */
  pageInfo: HealthPageInfo;
};

/** A set of channels and private groups: how many, and which (pages). */
export type HealthRoomSet = {
  __typename?: 'HealthRoomSet';
  /** How many rooms. Needs view-statistics. */
  count?: Maybe<Scalars['Int']['output']>;
  /** One page of these rooms, in a fixed order. Needs view-room-administration. */
  list?: Maybe<HealthRoomPage>;
};


/** A set of channels and private groups: how many, and which (pages). */
export type HealthRoomSetListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A user (users), as the user health lists show it. */
export type HealthUser = {
  __typename?: 'HealthUser';
  /** When the account was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** User _id. */
  id: Scalars['String']['output'];
  /** Last login (`lastLogin`); null when the user never logged in. */
  lastLogin?: Maybe<Scalars['DateTime']['output']>;
  /** Full name (`name`). */
  name?: Maybe<Scalars['String']['output']>;
  /** Global roles. */
  roles: Array<Scalars['String']['output']>;
  /** user, bot or app. */
  type?: Maybe<Scalars['String']['output']>;
  /** User name (`username`). */
  username?: Maybe<Scalars['String']['output']>;
};

/** Users counted under one role or one type. */
export type HealthUserCount = {
  __typename?: 'HealthUserCount';
  /** The role or the type; `none` for users without any. */
  key: Scalars['String']['output'];
  /** How many users. */
  users: Scalars['Int']['output'];
};

/** One page of users. */
export type HealthUserPage = {
  __typename?: 'HealthUserPage';
  /** The users of this page, in the list's order. */
  nodes: Array<HealthUser>;
  /** Where the next page starts. */
  pageInfo: HealthPageInfo;
};

/** A set of active users: how many, per role and type, and which (pages). */
export type HealthUserSet = {
  __typename?: 'HealthUserSet';
  /** How many per global role, most first; a user of several roles counts under each. Needs view-statistics. */
  byRole?: Maybe<Array<HealthUserCount>>;
  /** How many per type (user, bot, app), most first. Needs view-statistics. */
  byType?: Maybe<Array<HealthUserCount>>;
  /** How many users. Needs view-statistics. */
  count?: Maybe<Scalars['Int']['output']>;
  /** One page of these users, in a fixed order. Needs view-user-administration. */
  list?: Maybe<HealthUserPage>;
};


/** A set of active users: how many, per role and type, and which (pages). */
export type HealthUserSetListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A time series of counts from Rocket.Chat's daily snapshots and the gateway's, one point per step. */
export type History = {
  __typename?: 'History';
  /** The figures, in the order asked. */
  figures: Array<Scalars['String']['output']>;
  /** The older end of the range, as asked. */
  from: Scalars['DateTime']['output'];
  /** One point per step that holds a snapshot of either source, oldest first; steps without any have none. */
  points: Array<HistoryPoint>;
  /** The step, as asked. */
  step: HistoryStep;
  /** The newer end of the range, as asked (now when not given). */
  to: Scalars['DateTime']['output'];
};

/** The snapshot a history picked for one step. */
export type HistoryPoint = {
  __typename?: 'HistoryPoint';
  /** The definitions its figures follow: 'current' (Rocket.Chat 1.x and later, and every gateway snapshot) or '0.61' (a Rocket.Chat 0.x snapshot). */
  definitions: Scalars['String']['output'];
  /** The start of the step this point stands for (UTC day, ISO week or month). */
  period: Scalars['DateTime']['output'];
  /** The Rocket.Chat version that stored it (ROCKET_CHAT); null for the gateway's. */
  rocketChatVersion?: Maybe<Scalars['String']['output']>;
  /** The picked snapshot's _id in its collection. */
  snapshotId: Scalars['String']['output'];
  /** Which collection the picked snapshot came from. */
  source: SnapshotSource;
  /** When the picked snapshot was taken: the newest of its step. */
  takenAt: Scalars['DateTime']['output'];
  /** The asked figures, in the order asked. */
  values: Array<HistoryValue>;
};

/** How far apart the points of a history are. Steps are periods of UTC time. */
export type HistoryStep =
  /** One point per UTC day. */
  | 'DAY'
  /** One point per calendar month (UTC). */
  | 'MONTH'
  /** One point per ISO week, from Monday 00:00 UTC. */
  | 'WEEK';

/** One figure of a history point. */
export type HistoryValue = {
  __typename?: 'HistoryValue';
  /** The figure, by its path in Statistics, as asked. */
  figure: Scalars['String']['output'];
  /** The count the snapshot stored under this figure's definition; null when the snapshot has none under it. */
  value?: Maybe<Scalars['SafeInt']['output']>;
};

/** Users imported per importer (counter settings). */
export type ImporterStatistics = {
  __typename?: 'ImporterStatistics';
  /** Counter setting CSV_Importer_Count; 0 when missing. */
  totalCSVImportedUsers?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Hipchat_Enterprise_Importer_Count; 0 when missing. */
  totalHipchatEnterpriseImportedUsers?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Slack_Importer_Count; 0 when missing. */
  totalSlackImportedUsers?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Slack_Users_Importer_Count; 0 when missing. */
  totalSlackUsersImportedUsers?: Maybe<Scalars['Int']['output']>;
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

/** Incoming and outgoing webhooks (rocketchat_integrations). */
export type IntegrationStatistics = {
  __typename?: 'IntegrationStatistics';
  /** Integrations of type webhook-incoming. */
  totalIncoming?: Maybe<Scalars['SafeInt']['output']>;
  /** Incoming webhooks with enabled: true. */
  totalIncomingActive?: Maybe<Scalars['SafeInt']['output']>;
  /** Every integration. */
  totalIntegrations?: Maybe<Scalars['SafeInt']['output']>;
  /** Integrations of type webhook-outgoing. */
  totalOutgoing?: Maybe<Scalars['SafeInt']['output']>;
  /** Outgoing webhooks with enabled: true. */
  totalOutgoingActive?: Maybe<Scalars['SafeInt']['output']>;
  /** Integrations with scriptEnabled: true. */
  totalWithScriptEnabled?: Maybe<Scalars['SafeInt']['output']>;
};

/** Users with one language setting. */
export type LanguageUsers = {
  __typename?: 'LanguageUsers';
  /** The language code, or "none" for users without one. */
  language: Scalars['String']['output'];
  /** Users with that language. */
  users: Scalars['SafeInt']['output'];
};

/** Figures as Rocket.Chat 0.61 defined them, where they differ from today (the REST 0.61 format uses these). */
export type LegacyStatistics = {
  __typename?: 'LegacyStatistics';
  /** users with active: true, of every type and role. */
  activeUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** users with statusConnection away. */
  awayUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** totalUsers − legacy activeUsers. */
  nonActiveUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** totalUsers − legacy online − legacy away (statusConnection; no busy in 0.61). */
  offlineUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** users with statusConnection online. */
  onlineUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** Σ msgs of every c room, discussions included. */
  totalChannelMessages?: Maybe<Scalars['SafeInt']['output']>;
  /** Count of all documents in rocketchat_message (system messages and thread replies included). */
  totalMessages?: Maybe<Scalars['SafeInt']['output']>;
  /** Σ msgs of every p room, discussions included. */
  totalPrivateGroupMessages?: Maybe<Scalars['SafeInt']['output']>;
};

/** Messages sent in rooms of one type. */
export type MessageOrigin = {
  __typename?: 'MessageOrigin';
  /** Messages of the period. */
  messages: Scalars['Int']['output'];
  /** c (public channel), p (private group) or d (direct messages). */
  roomType: Scalars['String']['output'];
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

/** Livechat rooms of one source (source.id, source.alias, source.type of the room). */
export type OmnichannelSource = {
  __typename?: 'OmnichannelSource';
  /** source.alias. */
  alias?: Maybe<Scalars['String']['output']>;
  /** Livechat rooms with that source. */
  count: Scalars['SafeInt']['output'];
  /** source.id, e.g. an app or an email inbox id. */
  id?: Maybe<Scalars['String']['output']>;
  /** source.type: widget, email, sms, app, api, other. */
  type?: Maybe<Scalars['String']['output']>;
};

/** Omnichannel (livechat): visitors, agents, departments, rooms and settings. */
export type OmnichannelStatistics = {
  __typename?: 'OmnichannelStatistics';
  /** Departments with archived: true. */
  archivedDepartments?: Maybe<Scalars['SafeInt']['output']>;
  /** Setting Omnichannel_contact_manager_routing. */
  assignNewConversationsToContactManager?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Livechat_auto_transfer_chat_timeout is not 0. */
  automaticForwardingUnansweredChats?: Maybe<Scalars['Boolean']['output']>;
  /** Business hours (estimated count). */
  businessHours?: Maybe<Scalars['SafeInt']['output']>;
  /** Setting Livechat_enable_business_hours as text ('true'), '' when off or missing. */
  businessHoursStrategy?: Maybe<Scalars['String']['output']>;
  /** Rooms with an omnichannel_placed_chat_on_hold message. Cost X: reads every message; computed only when selected. */
  chatsOnHold?: Maybe<Scalars['SafeInt']['output']>;
  /** Contact verification: contacts (an exact count, where Rocket.Chat estimates), unknown, verified, blocked on some or all channels, without channels, conflicts, channels per contact, and counter settings (left out when missing). Cost X: reads every contact; computed only when selected. */
  contactVerification?: Maybe<Scalars['JSON']['output']>;
  /** Monthly active contacts of this billing month (UTC), by source: livechat rooms of visitors active this month. { contactsCount, conversationsCount, sources: [{ source, contactsCount, conversationsCount }] }; a source is the room's source alias, else its type. */
  contactsBySource?: Maybe<Scalars['JSON']['output']>;
  /** Setting Omnichannel_enable_department_removal. */
  departmentRemovalEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Departments, archived ones included (estimated count). */
  departments?: Maybe<Scalars['SafeInt']['output']>;
  /** Email inboxes (estimated count). */
  emailInboxes?: Maybe<Scalars['SafeInt']['output']>;
  /** Setting Livechat_enabled. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Livechat_last_chatted_agent_routing. */
  lastChattedAgentPreferred?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Livechat_allow_manual_on_hold. */
  onHoldEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Livechat rooms (t: l) with a departmentId. */
  roomsWithDepartment?: Maybe<Scalars['SafeInt']['output']>;
  /** Livechat rooms with a priorityId (IStats keeps the key; 8.x fills it only in enterprise.omnichannelRoomsWithPriorities). */
  roomsWithPriority?: Maybe<Scalars['SafeInt']['output']>;
  /** Setting Livechat_Routing_Method; '' when missing. */
  routingAlgorithm?: Maybe<Scalars['String']['output']>;
  /** Livechat rooms grouped by source (id, alias, type), most rooms first. */
  sources?: Maybe<Array<OmnichannelSource>>;
  /** Users with the livechat-agent role. */
  totalAgents?: Maybe<Scalars['SafeInt']['output']>;
  /** Livechat custom fields (estimated count). */
  totalCustomFields?: Maybe<Scalars['SafeInt']['output']>;
  /** Users with the livechat-manager role. */
  totalManagers?: Maybe<Scalars['SafeInt']['output']>;
  /** Livechat custom fields with public: true. */
  totalPublicCustomFields?: Maybe<Scalars['SafeInt']['output']>;
  /** Livechat triggers (estimated count). */
  totalTriggers?: Maybe<Scalars['SafeInt']['output']>;
  /** Livechat visitors (estimated count of rocketchat_livechat_visitor). */
  totalVisitors?: Maybe<Scalars['SafeInt']['output']>;
  /** Active contacts of the last 30 days: livechat rooms opened since, by source. { contactsCount, conversationsCount, sources: [{ source, contactsCount, conversationsCount }] }; a source is the room's source alias, else its type. */
  uniqueContactsOfLastMonth?: Maybe<Scalars['JSON']['output']>;
  /** Active contacts of the last 7 days: livechat rooms opened since, by source. { contactsCount, conversationsCount, sources: [{ source, contactsCount, conversationsCount }] }; a source is the room's source alias, else its type. */
  uniqueContactsOfLastWeek?: Maybe<Scalars['JSON']['output']>;
  /** Active contacts of the last 24 hours: livechat rooms opened since, by source. { contactsCount, conversationsCount, sources: [{ source, contactsCount, conversationsCount }] }; a source is the room's source alias, else its type. */
  uniqueContactsOfYesterday?: Maybe<Scalars['JSON']['output']>;
  /** Setting Livechat_abandoned_rooms_action; '' when missing. */
  visitorAbandonment?: Maybe<Scalars['String']['output']>;
  /** Rooms with a callStatus: a WebRTC call, active or not (Rocket.Chat counts any status). */
  webRTCCalls?: Maybe<Scalars['SafeInt']['output']>;
  /** Setting Omnichannel_call_provider is 'WebRTC'. */
  webRTCEnabled?: Maybe<Scalars['Boolean']['output']>;
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

/** A room among the most popular of the period. */
export type PopularRoom = {
  __typename?: 'PopularRoom';
  /** Messages of the period. */
  messages: Scalars['Int']['output'];
  /** fname, else name; null for direct messages without one. */
  name?: Maybe<Scalars['String']['output']>;
  /** c, p or d. */
  roomType: Scalars['String']['output'];
  /** The room's usernames (direct messages); empty for channels. */
  usernames: Array<Scalars['String']['output']>;
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

/** Push notifications: settings and queue. */
export type PushStatistics = {
  __typename?: 'PushStatistics';
  /** Setting Push_request_content_from_server; false when missing. */
  secured?: Maybe<Scalars['Boolean']['output']>;
  /** Bitmask: 1 push enabled, 2 gateway enabled, 4 gateway changed from its default. */
  settingsBitmask?: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The engagement dashboard of a period (src/engagement). Past days are kept once computed; today is computed live. Requires X-User-Id/X-Auth-Token of a user with view-engagement-dashboard. */
  engagement: Engagement;
  /** Dead, hot and owner-less rooms; users who have not logged in for long. Read live (never from the reuse window), each figure only when selected. Counts need view-statistics, lists view-room-administration or view-user-administration. */
  health: WorkspaceHealth;
  /** Counts of Statistics over time, from Rocket.Chat's own daily snapshots (rocketchat_statistics) and the gateway's (its SNAPSHOT_COLLECTION) together; each point names its source. Thinned by picking, never averaging: each step gets the newest snapshot taken in it (from either source; at the same instant Rocket.Chat's), a step without any snapshot gets no point. Each value is read with the definition its snapshot was stored under: Rocket.Chat 0.x stored the 0.61 definitions (so its activeUsers, totalMessages… are legacy.activeUsers, legacy.totalMessages… here, and activeUsers is null on those points), later versions and the gateway today's. At most 1000 steps and 20 figures. One command: a find of rocketchat_statistics, projected to the asked figures, sorted by createdAt; the gateway holds its own snapshots in memory (read once at start; those of other gateways on the same database within SNAPSHOT_FOLLOW_INTERVAL_MS). Requires view-statistics. */
  history: History;
  /** When the oldest snapshot of either source (rocketchat_statistics, the gateway's) was taken: where a history of everything begins. Null when neither holds one. */
  historyBegins?: Maybe<Scalars['DateTime']['output']>;
  /** When the newest stored snapshot was taken; null when none exists. Reads no figure. */
  lastSnapshotAt?: Maybe<Scalars['DateTime']['output']>;
  /** The newest stored snapshot, as stored (no recomputation); null when none exists. */
  latestSnapshot?: Maybe<Statistics>;
  /** Stored snapshots, as stored (no recomputation). */
  snapshots: SnapshotList;
  /** Live statistics. Only the selected fields are computed; identical requests within a few seconds share one computation. Requires X-User-Id/X-Auth-Token of a user with view-statistics. */
  statistics: Statistics;
};


export type QueryEngagementArgs = {
  end: Scalars['DateTime']['input'];
  start: Scalars['DateTime']['input'];
};


export type QueryHistoryArgs = {
  figures: Array<Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  step?: HistoryStep;
  to?: InputMaybe<Scalars['DateTime']['input']>;
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

/** A room's messages in the period and in the previous one. */
export type RoomActivity = {
  __typename?: 'RoomActivity';
  /** messages minus previousMessages. */
  change: Scalars['Int']['output'];
  /** Messages in the period. */
  messages: Scalars['Int']['output'];
  /** Messages in the previous period. */
  previousMessages: Scalars['Int']['output'];
  /** The room, as rocketchat_room holds it now. */
  room: EngagementRoom;
};

/** A page of the rooms with messages in the period or the previous one, most messages first. */
export type RoomActivityPage = {
  __typename?: 'RoomActivityPage';
  /** Rooms in this page. */
  count: Scalars['Int']['output'];
  /** Rooms skipped before this page. */
  offset: Scalars['Int']['output'];
  /** The rooms of this page. */
  rooms: Array<RoomActivity>;
  /** Rooms with messages in either period. */
  total: Scalars['Int']['output'];
};

/** Health of channels and private groups (t c or p, discussions and team main rooms included). Counts need view-statistics, lists of rooms view-room-administration. */
export type RoomHealth = {
  __typename?: 'RoomHealth';
  /** Rooms that never had a message (no `lm`). */
  neverUsed: HealthRoomSet;
  /** Rooms whose last message (`lm`) is older than `days` days; rooms never used are not among them. */
  silentSince?: Maybe<HealthRoomSet>;
  /** Rooms by their member count `usersCount`, most first (empty rooms left out). Needs view-room-administration. */
  topByMembers?: Maybe<HealthRoomPage>;
  /** Rooms by their message counter `msgs`, most first (rooms with none left out). Needs view-room-administration. */
  topByMessages?: Maybe<HealthRoomPage>;
  /** Rooms where no subscription holds the owner role (an owner's deactivated account still counts as an owner). Expensive: reads every subscription's roles (docs/figures.md). */
  withoutOwner: HealthRoomSet;
};


/** Health of channels and private groups (t c or p, discussions and team main rooms included). Counts need view-statistics, lists of rooms view-room-administration. */
export type RoomHealthSilentSinceArgs = {
  days: Scalars['Int']['input'];
};


/** Health of channels and private groups (t c or p, discussions and team main rooms included). Counts need view-statistics, lists of rooms view-room-administration. */
export type RoomHealthTopByMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Health of channels and private groups (t c or p, discussions and team main rooms included). Counts need view-statistics, lists of rooms view-room-administration. */
export type RoomHealthTopByMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Unique users, devices and operating systems of the user_daily sessions, and peak connections. */
export type SessionStatistics = {
  __typename?: 'SessionStatistics';
  /** Peak of simultaneous connections of the day (Rocket.Chat process). From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  dailyPeakConnections?: Maybe<Scalars['SafeInt']['output']>;
  /** Greatest daily peak of the month. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  maxMonthlyPeakConnections?: Maybe<Scalars['SafeInt']['output']>;
  /** Devices by type, name and version: sessions (count) and seconds, most time first. */
  uniqueDevices: UniqueDevices;
  /** Operating systems by name and version: sessions (count) and seconds, most time first; a day counts when one of its devices names its system. */
  uniqueOS: UniqueOs;
  /** Users with sessions, by most important role: users, sessions and seconds of each role and in all. */
  uniqueUsers: UniqueUsers;
};

/** The setup wizard's answers (settings). */
export type SetupWizard = {
  __typename?: 'SetupWizard';
  /** Setting Country; '' when missing. */
  country?: Maybe<Scalars['String']['output']>;
  /** Setting Industry; '' when missing. */
  industry?: Maybe<Scalars['String']['output']>;
  /** Setting Language; '' when missing. */
  language?: Maybe<Scalars['String']['output']>;
  /** Setting Organization_Type; '' when missing. */
  organizationType?: Maybe<Scalars['String']['output']>;
  /** Setting Register_Server; false when missing. */
  registerServer?: Maybe<Scalars['Boolean']['output']>;
  /** Setting Server_Type; '' when missing. */
  serverType?: Maybe<Scalars['String']['output']>;
  /** Setting Size; '' when missing. */
  size?: Maybe<Scalars['String']['output']>;
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

/** Which collection a stored snapshot came from. */
export type SnapshotSource =
  /** The gateway's snapshot in its SNAPSHOT_COLLECTION (takeSnapshot, REST refresh). */
  | 'GATEWAY'
  /** Rocket.Chat's own daily snapshot in rocketchat_statistics. */
  | 'ROCKET_CHAT';

/** Statistics of the Rocket.Chat workspace, with the current definitions (Rocket.Chat 6.x–8.x). Live results compute only the selected fields; stored snapshots return their stored values. */
export type Statistics = {
  __typename?: 'Statistics';
  /** Whether attribute-based access control is on. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  abacEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Rooms under ABAC. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  abacRoomsEnrolled?: Maybe<Scalars['SafeInt']['output']>;
  /** ABAC attribute values. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  abacTotalAttributeValues?: Maybe<Scalars['SafeInt']['output']>;
  /** ABAC attributes. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  abacTotalAttributes?: Maybe<Scalars['SafeInt']['output']>;
  /** Active users with roles exactly [guest], type not app, not remote. */
  activeGuests?: Maybe<Scalars['SafeInt']['output']>;
  /** Active users, not guest-only (roles exactly [guest]), not app or bot, not federated or remote. */
  activeUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** Setting API_Allow_Unsafe_Query_And_Fields_Params; false when missing. */
  allowUnsafeQueryAndFieldsApiParamsEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Users with type app. */
  appUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** Rocket.Chat's apps engine: known only to its process. */
  apps: AppsStatistics;
  /** Apps-Engine version (apps.engineVersion of that same Rocket.Chat snapshot). */
  appsEngineVersion?: Maybe<Scalars['String']['output']>;
  /** Users with status away. */
  awayUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** Branch of Rocket.Chat's build. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  branch?: Maybe<Scalars['String']['output']>;
  /** Users with status busy. */
  busyUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** Setting 'Cloud_Workspace_Id'; null when unset. */
  cloudWorkspaceId?: Maybe<Scalars['String']['output']>;
  /** Rocket.Chat's build commit, when its latest snapshot records one. */
  commit?: Maybe<Commit>;
  /** When these figures were taken. */
  createdAt: Scalars['DateTime']['output'];
  /** Layout and script customizations, and read receipts (settings). */
  customization: Customization;
  /** Deployment method and platform of the gateway (env DEPLOY_METHOD, DEPLOY_PLATFORM). */
  deploy: Deploy;
  /** Setting Deployment_FingerPrint_Hash; '' when missing. */
  deploymentFingerprintHash?: Maybe<Scalars['String']['output']>;
  /** Setting Deployment_FingerPrint_Verified; false when missing. */
  deploymentFingerprintVerified?: Maybe<Scalars['Boolean']['output']>;
  /** License modules and tags, seat requests and enterprise omnichannel counts. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  enterprise?: Maybe<Scalars['JSON']['output']>;
  /** Always true, as Rocket.Chat 8.x writes it. */
  enterpriseReady: Scalars['Boolean']['output'];
  /** Federation with other servers. */
  federation: FederationStatistics;
  /** Setting FileUpload_Storage_Type; '' when missing. */
  fileStoreType?: Maybe<Scalars['String']['output']>;
  /** The gateway itself (version, commit), apart from Rocket.Chat. */
  gateway: Gateway;
  /** Snapshot id; null for a live result that was not stored. */
  id?: Maybe<Scalars['String']['output']>;
  /** Users imported per importer (counter settings). */
  importer: ImporterStatistics;
  /** createdAt of the 'uniqueID' setting; null when missing. */
  installedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Instances whose heartbeat (_updatedAt) is younger than 60 s on the gateway clock. Rocket.Chat measures from its own start time, which means nothing to a separate process. */
  instanceCount?: Maybe<Scalars['Int']['output']>;
  /** Documents of the instances collection. */
  instances?: Maybe<Array<Instance>>;
  /** Incoming and outgoing webhooks (rocketchat_integrations). */
  integrations: IntegrationStatistics;
  /** Greatest lastLogin over users; null if none. */
  lastLogin?: Maybe<Scalars['DateTime']['output']>;
  /** Greatest ts in rocketchat_message. */
  lastMessageSentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Greatest ls in rocketchat_subscription. */
  lastSeenSubscription?: Maybe<Scalars['DateTime']['output']>;
  /** Figures as Rocket.Chat 0.61 defined them, where they differ from today (the REST 0.61 format uses these). */
  legacy: LegacyStatistics;
  /** migrations 'control' document; version 0 and unlocked when missing (never written). */
  migration?: Maybe<Migration>;
  /** MongoDB storage engine (serverStatus storageEngine.name); "unknown" when not reported. */
  mongoStorageEngine?: Maybe<Scalars['String']['output']>;
  /** MongoDB version (serverStatus, else buildInfo). */
  mongoVersion?: Maybe<Scalars['String']['output']>;
  /** Whether Rocket.Chat runs as microservices. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  msEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Users with active: false. */
  nonActiveUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** totalUsers − online − away − busy (by status). */
  offlineUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** Omnichannel (livechat): visitors, agents, departments, rooms and settings. */
  omnichannel: OmnichannelStatistics;
  /** Users with status online. */
  onlineUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** Whether the database offers change streams (a replica set member or a mongos, as serverStatus says), which Rocket.Chat's watchers need; Rocket.Chat reports whether its own watchers run, which only its own process knows. Null when serverStatus is refused (no clusterMonitor role) and in snapshots stored before the gateway recorded it. */
  oplogEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The gateway host (not the Rocket.Chat server). */
  os: Os;
  /** The gateway process. */
  process: Process;
  /** Push notifications: settings and queue. */
  push: PushStatistics;
  /** Notifications waiting in rocketchat_notification_queue (estimated count). */
  pushQueue?: Maybe<Scalars['SafeInt']['output']>;
  /** Login services (LDAP, SAML, CAS, each OAuth provider, custom OAuth): their settings and active users (apps and guest-only users excepted). Cost X: reads every active user; computed only when selected. */
  services?: Maybe<Scalars['JSON']['output']>;
  /** Unique users, devices and operating systems of the user_daily sessions, and peak connections. */
  sessions: SessionStatistics;
  /** A selection of settings, nested by section as getSettingsStatistics nests them (accounts, e2ee, email, message, …); a missing setting is left out. */
  settings?: Maybe<Scalars['JSONObject']['output']>;
  /** Setting 'Site_Url' (the workspace's address); null when unset. */
  siteUrl?: Maybe<Scalars['String']['output']>;
  /** Rocket.Chat's statistics token for the cloud. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  statsToken?: Maybe<Scalars['String']['output']>;
  /** Release tag of Rocket.Chat's build. From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none. */
  tag?: Maybe<Scalars['String']['output']>;
  /** Teams and the rooms inside them. */
  teams: TeamStatistics;
  /** Rooms with broadcast: true. */
  totalBroadcastRooms?: Maybe<Scalars['SafeInt']['output']>;
  /** Σ msgs of c rooms without prid (a room without msgs counts 0). */
  totalChannelMessages?: Maybe<Scalars['SafeInt']['output']>;
  /** Rooms with t = c, discussions included. */
  totalChannels?: Maybe<Scalars['SafeInt']['output']>;
  /** onlineUsers + awayUsers; busy users are not counted. */
  totalConnectedUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** Roles with protected: false (custom roles). */
  totalCustomRoles?: Maybe<Scalars['SafeInt']['output']>;
  /** Rooms with t = d. */
  totalDirect?: Maybe<Scalars['SafeInt']['output']>;
  /** Σ msgs of d rooms. */
  totalDirectMessages?: Maybe<Scalars['SafeInt']['output']>;
  /** Rooms with a prid (discussions). */
  totalDiscussions?: Maybe<Scalars['SafeInt']['output']>;
  /** Σ msgs of c and p rooms with a prid. */
  totalDiscussionsMessages?: Maybe<Scalars['SafeInt']['output']>;
  /** Rooms with encrypted: true. */
  totalE2ERooms?: Maybe<Scalars['SafeInt']['output']>;
  /** End-to-end encrypted messages (t: e2e). Cost X: no index on t; computed only when selected. */
  totalEncryptedMessages?: Maybe<Scalars['SafeInt']['output']>;
  /** Invite links (estimated count of rocketchat_invites). */
  totalLinkInvitation?: Maybe<Scalars['SafeInt']['output']>;
  /** Σ uses of the invite links. */
  totalLinkInvitationUses?: Maybe<Scalars['SafeInt']['output']>;
  /** Omnichannel rooms: t = l. */
  totalLivechat?: Maybe<Scalars['SafeInt']['output']>;
  /** Σ msgs of l (omnichannel) rooms. */
  totalLivechatMessages?: Maybe<Scalars['SafeInt']['output']>;
  /** Σ of the channel, private group, discussion, direct and livechat message sums (room msgs counters). */
  totalMessages?: Maybe<Scalars['SafeInt']['output']>;
  /** Pinned messages, without removed (t: rm) and hidden ones. */
  totalPinned?: Maybe<Scalars['SafeInt']['output']>;
  /** Σ msgs of p rooms without prid. */
  totalPrivateGroupMessages?: Maybe<Scalars['SafeInt']['output']>;
  /** Rooms with t = p, discussions included. */
  totalPrivateGroups?: Maybe<Scalars['SafeInt']['output']>;
  /** Count of all rooms (rocketchat_room). */
  totalRooms?: Maybe<Scalars['SafeInt']['output']>;
  /** Rooms with at least one pinned message (hidden and removed ones included, as Rocket.Chat counts). */
  totalRoomsWithPinned?: Maybe<Scalars['SafeInt']['output']>;
  /** Rooms with at least one starred message. Cost X: no index; computed only when selected. */
  totalRoomsWithStarred?: Maybe<Scalars['SafeInt']['output']>;
  /** Messages starred by someone (starred._id exists). Cost X: no index; computed only when selected. */
  totalStarred?: Maybe<Scalars['SafeInt']['output']>;
  /** Roles with scope Subscriptions. */
  totalSubscriptionRoles?: Maybe<Scalars['SafeInt']['output']>;
  /** Messages with tcount (thread parents, not replies). */
  totalThreads?: Maybe<Scalars['SafeInt']['output']>;
  /** Active users with services.email2fa.enabled. */
  totalUserEmail2fa?: Maybe<Scalars['SafeInt']['output']>;
  /** Roles with scope Users. */
  totalUserRoles?: Maybe<Scalars['SafeInt']['output']>;
  /** Active users with services.totp.enabled. */
  totalUserTOTP?: Maybe<Scalars['SafeInt']['output']>;
  /** Count of all documents in users. */
  totalUsers?: Maybe<Scalars['SafeInt']['output']>;
  /** Deployment ID: rocketchat_settings 'uniqueID' value. */
  uniqueId?: Maybe<Scalars['String']['output']>;
  /** When the snapshot was stored; null for a live result. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Count of rocketchat_uploads documents. */
  uploadsTotal?: Maybe<Scalars['SafeInt']['output']>;
  /** Σ size in bytes over rocketchat_uploads; 0 if none. */
  uploadsTotalSize?: Maybe<Scalars['SafeInt']['output']>;
  /** Usage counters Rocket.Chat keeps as settings. */
  usage: UsageCounters;
  /** Users per language setting; "none" is every user without one. */
  userLanguages?: Maybe<Array<LanguageUsers>>;
  /** Rocket.Chat's version, from the newest snapshot Rocket.Chat stored in rocketchat_statistics; null when there is none. */
  version?: Maybe<Scalars['String']['output']>;
  /** Video conferences by kind (videoConference, direct, livechat) and state (calling, started, ended), and the provider settings (a missing setting is left out). */
  videoConf?: Maybe<Scalars['JSON']['output']>;
  /** Omnichannel VoIP: setting, calls and extensions. */
  voip: VoipStatistics;
  /** Setting WebRTC_Enabled; false when missing. */
  webRTCEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The setup wizard's answers (settings). */
  wizard: SetupWizard;
};

/** Teams and the rooms inside them. */
export type TeamStatistics = {
  __typename?: 'TeamStatistics';
  /** Same as totalRoomsInsideTeams, under the older flat key. */
  roomsInsideTeams?: Maybe<Scalars['SafeInt']['output']>;
  /** Rooms inside teams with teamDefault: true (not a team's main room). */
  totalDefaultRoomsInsideTeams?: Maybe<Scalars['SafeInt']['output']>;
  /** Rooms with a teamId that are not a team's main room. */
  totalRoomsInsideTeams?: Maybe<Scalars['SafeInt']['output']>;
  /** Teams (estimated count of rocketchat_team). */
  totalTeams?: Maybe<Scalars['SafeInt']['output']>;
};

/** Devices by type, name and version: sessions (count) and seconds, most time first. */
export type UniqueDevices = {
  __typename?: 'UniqueDevices';
  /** Devices by type, name and version: sessions (count) and seconds, most time first. The month ending yesterday (UTC): from the day after the same day a month before: { year, month, day, data } of yesterday's date, as Rocket.Chat answers. */
  lastMonth?: Maybe<Scalars['JSON']['output']>;
  /** Devices by type, name and version: sessions (count) and seconds, most time first. The 7 days ending yesterday (UTC): { year, month, day, data } of yesterday's date, as Rocket.Chat answers. */
  lastWeek?: Maybe<Scalars['JSON']['output']>;
  /** Devices by type, name and version: sessions (count) and seconds, most time first. Yesterday (UTC): { year, month, day, data } of yesterday's date, as Rocket.Chat answers. */
  yesterday?: Maybe<Scalars['JSON']['output']>;
};

/** Operating systems by name and version: sessions (count) and seconds, most time first; a day counts when one of its devices names its system. */
export type UniqueOs = {
  __typename?: 'UniqueOS';
  /** Operating systems by name and version: sessions (count) and seconds, most time first; a day counts when one of its devices names its system. The month ending yesterday (UTC): from the day after the same day a month before: { year, month, day, data } of yesterday's date, as Rocket.Chat answers. */
  lastMonth?: Maybe<Scalars['JSON']['output']>;
  /** Operating systems by name and version: sessions (count) and seconds, most time first; a day counts when one of its devices names its system. The 7 days ending yesterday (UTC): { year, month, day, data } of yesterday's date, as Rocket.Chat answers. */
  lastWeek?: Maybe<Scalars['JSON']['output']>;
  /** Operating systems by name and version: sessions (count) and seconds, most time first; a day counts when one of its devices names its system. Yesterday (UTC): { year, month, day, data } of yesterday's date, as Rocket.Chat answers. */
  yesterday?: Maybe<Scalars['JSON']['output']>;
};

/** Users with sessions, by most important role: users, sessions and seconds of each role and in all. */
export type UniqueUsers = {
  __typename?: 'UniqueUsers';
  /** Users with sessions, by most important role: users, sessions and seconds of each role and in all. The month ending yesterday (UTC): from the day after the same day a month before: { year, month, day, data } of yesterday's date, as Rocket.Chat answers. */
  lastMonth?: Maybe<Scalars['JSON']['output']>;
  /** Users with sessions, by most important role: users, sessions and seconds of each role and in all. The 7 days ending yesterday (UTC): { year, month, day, data } of yesterday's date, as Rocket.Chat answers. */
  lastWeek?: Maybe<Scalars['JSON']['output']>;
  /** Users with sessions, by most important role: users, sessions and seconds of each role and in all. Yesterday (UTC): { year, month, day, data } of yesterday's date, as Rocket.Chat answers. */
  yesterday?: Maybe<Scalars['JSON']['output']>;
};

/** Usage counters Rocket.Chat keeps as settings. */
export type UsageCounters = {
  __typename?: 'UsageCounters';
  /** Counter setting Engagement_Dashboard_Load_Count; 0 when missing. */
  dashboardCount?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Jitsi_Click_To_Join_Count; 0 when missing. */
  joinJitsiButton?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Message_Auditing_Apply_Count; 0 when missing. */
  messageAuditApply?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Message_Auditing_Panel_Load_Count; 0 when missing. */
  messageAuditLoad?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Jitsi_Start_SlashCommands_Count; 0 when missing. */
  slashCommandsJitsi?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Invitation_Email_Count; 0 when missing. */
  totalEmailInvitation?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Manual_Entry_User_Count; 0 when missing. */
  totalManuallyAddedUsers?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Triggered_Emails_Count; 0 when missing. */
  totalTriggeredEmails?: Maybe<Scalars['Int']['output']>;
  /** Counter setting WebRTC_Calls_Count; 0 when missing. */
  totalWebRTCCalls?: Maybe<Scalars['Int']['output']>;
  /** Counter setting Uncaught_Exceptions_Count; 0 when missing. */
  uncaughtExceptionsCount?: Maybe<Scalars['Int']['output']>;
};

/** Health of active user accounts. Counts need view-statistics, lists of users view-user-administration. */
export type UserHealth = {
  __typename?: 'UserHealth';
  /** Active users who never logged in (no `lastLogin`). */
  neverLoggedIn: HealthUserSet;
  /** Active users whose last login (`lastLogin`) is older than `days` days; users who never logged in are not among them. */
  notLoggedInSince?: Maybe<HealthUserSet>;
};


/** Health of active user accounts. Counts need view-statistics, lists of users view-user-administration. */
export type UserHealthNotLoggedInSinceArgs = {
  days: Scalars['Int']['input'];
};

/** Distinct users online in a two-hour bucket of the day. */
export type UsersInHour = {
  __typename?: 'UsersInHour';
  /** First hour of the bucket: 0, 2, … 22 (UTC). */
  hour: Scalars['Int']['output'];
  /** Distinct users whose session covered that hour. */
  users: Scalars['Int']['output'];
};

/** Users online in one hour of one day (UTC): a cell of the weekday × hour grid. */
export type UsersInHourOfDay = {
  __typename?: 'UsersInHourOfDay';
  /** The day of the logins. */
  day: Scalars['DateTime']['output'];
  /** Hour of the day, 0–23 UTC. */
  hour: Scalars['Int']['output'];
  /** Distinct users whose session covered that hour. */
  users: Scalars['Int']['output'];
};

/** A day's daily session documents (one per user and day, as Rocket.Chat's busiest-days chart counts them). */
export type UsersOfDay = {
  __typename?: 'UsersOfDay';
  /** The day, at 00:00:00.000Z. */
  day: Scalars['DateTime']['output'];
  /** Daily session documents of that day. */
  users: Scalars['Int']['output'];
};

/** Omnichannel VoIP: setting, calls and extensions. */
export type VoipStatistics = {
  __typename?: 'VoipStatistics';
  /** VoIP rooms (t: v). */
  calls?: Maybe<Scalars['SafeInt']['output']>;
  /** Setting VoIP_Enabled. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** voip-call-ended-unexpectedly messages. Cost X: no index on t. */
  errorCalls?: Maybe<Scalars['SafeInt']['output']>;
  /** Users with an extension. */
  extensions?: Maybe<Scalars['SafeInt']['output']>;
  /** Rooms with a voip-call-on-hold message. Cost X: no index on t. */
  onHoldCalls?: Maybe<Scalars['SafeInt']['output']>;
  /** voip-call-wrapup messages. Cost X: no index on t. */
  successfulCalls?: Maybe<Scalars['SafeInt']['output']>;
};

/** Which rooms are dead, hot or without an owner; which users have not logged in for long. docs/figures.md lists what each costs. */
export type WorkspaceHealth = {
  __typename?: 'WorkspaceHealth';
  /** Channels and private groups. */
  rooms: RoomHealth;
  /** Active user accounts. */
  users: UserHealth;
};

export type AllFiguresFragment = { id: string | null, createdAt: string, updatedAt: string | null, uniqueId: string | null, installedAt: string | null, cloudWorkspaceId: string | null, siteUrl: string | null, version: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string | null, oplogEnabled: boolean | null, instanceCount: number | null, totalUsers: number | null, activeUsers: number | null, nonActiveUsers: number | null, onlineUsers: number | null, awayUsers: number | null, busyUsers: number | null, offlineUsers: number | null, totalConnectedUsers: number | null, activeGuests: number | null, appUsers: number | null, lastLogin: string | null, services: unknown, totalRooms: number | null, totalChannels: number | null, totalPrivateGroups: number | null, totalDirect: number | null, totalLivechat: number | null, totalDiscussions: number | null, totalMessages: number | null, totalThreads: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalDirectMessages: number | null, totalLivechatMessages: number | null, totalDiscussionsMessages: number | null, totalPinned: number | null, lastMessageSentAt: string | null, lastSeenSubscription: string | null, uploadsTotal: number | null, uploadsTotalSize: number | null, totalBroadcastRooms: number | null, totalE2ERooms: number | null, totalRoomsWithPinned: number | null, totalRoomsWithStarred: number | null, totalStarred: number | null, totalEncryptedMessages: number | null, totalUserTOTP: number | null, totalUserEmail2fa: number | null, totalSubscriptionRoles: number | null, totalUserRoles: number | null, totalCustomRoles: number | null, totalLinkInvitation: number | null, totalLinkInvitationUses: number | null, pushQueue: number | null, videoConf: unknown, deploymentFingerprintHash: string | null, deploymentFingerprintVerified: boolean | null, fileStoreType: string | null, allowUnsafeQueryAndFieldsApiParamsEnabled: boolean | null, webRTCEnabled: boolean | null, settings: Record<string, unknown> | null, tag: string | null, branch: string | null, msEnabled: boolean | null, statsToken: string | null, enterpriseReady: boolean, enterprise: unknown, abacEnabled: boolean | null, abacTotalAttributes: number | null, abacTotalAttributeValues: number | null, abacRoomsEnrolled: number | null, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, gateway: { version: string, commit: string | null, restFormat: string, restFormatChosenBy: string }, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null } | null, instances: Array<{ id: string, name: string | null, pid: number | null, createdAt: string | null, updatedAt: string | null, host: string | null, port: string | null, nodeVersion: string | null, live: boolean }> | null, deploy: { method: string, platform: string }, os: { type: string, platform: string, arch: string, release: string, uptime: number, loadavg: Array<number>, totalmem: number, freemem: number, cpus: Array<{ model: string, speed: number, times: { user: number, nice: number, sys: number, idle: number, irq: number } }> }, process: { nodeVersion: string, pid: number, uptime: number }, userLanguages: Array<{ language: string, users: number }> | null, legacy: { activeUsers: number | null, nonActiveUsers: number | null, onlineUsers: number | null, awayUsers: number | null, offlineUsers: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalMessages: number | null }, teams: { totalTeams: number | null, totalRoomsInsideTeams: number | null, totalDefaultRoomsInsideTeams: number | null, roomsInsideTeams: number | null }, integrations: { totalIntegrations: number | null, totalIncoming: number | null, totalIncomingActive: number | null, totalOutgoing: number | null, totalOutgoingActive: number | null, totalWithScriptEnabled: number | null }, omnichannel: { totalVisitors: number | null, totalAgents: number | null, totalManagers: number | null, departments: number | null, archivedDepartments: number | null, roomsWithDepartment: number | null, roomsWithPriority: number | null, totalCustomFields: number | null, totalPublicCustomFields: number | null, totalTriggers: number | null, emailInboxes: number | null, businessHours: number | null, businessHoursStrategy: string | null, chatsOnHold: number | null, enabled: boolean | null, departmentRemovalEnabled: boolean | null, automaticForwardingUnansweredChats: boolean | null, routingAlgorithm: string | null, onHoldEnabled: boolean | null, lastChattedAgentPreferred: boolean | null, assignNewConversationsToContactManager: boolean | null, visitorAbandonment: string | null, webRTCEnabled: boolean | null, webRTCCalls: number | null, contactsBySource: unknown, uniqueContactsOfYesterday: unknown, uniqueContactsOfLastWeek: unknown, uniqueContactsOfLastMonth: unknown, contactVerification: unknown, sources: Array<{ id: string | null, alias: string | null, type: string | null, count: number }> | null }, voip: { enabled: boolean | null, calls: number | null, extensions: number | null, successfulCalls: number | null, errorCalls: number | null, onHoldCalls: number | null }, wizard: { organizationType: string | null, industry: string | null, size: string | null, country: string | null, language: string | null, serverType: string | null, registerServer: boolean | null }, customization: { logoChange: boolean | null, showHomeButton: boolean | null, homeTitleChanged: boolean | null, homeBodyChanged: boolean | null, customCSSChanged: boolean | null, onLogoutCustomScriptChanged: boolean | null, loggedOutCustomScriptChanged: boolean | null, loggedInCustomScriptChanged: boolean | null, readReceiptsEnabled: boolean | null, readReceiptsDetailed: boolean | null }, usage: { dashboardCount: number | null, messageAuditApply: number | null, messageAuditLoad: number | null, joinJitsiButton: number | null, slashCommandsJitsi: number | null, totalTriggeredEmails: number | null, totalEmailInvitation: number | null, totalManuallyAddedUsers: number | null, totalWebRTCCalls: number | null, uncaughtExceptionsCount: number | null }, push: { settingsBitmask: number | null, secured: boolean | null }, importer: { totalCSVImportedUsers: number | null, totalHipchatEnterpriseImportedUsers: number | null, totalSlackImportedUsers: number | null, totalSlackUsersImportedUsers: number | null }, apps: { totalInstalled: number | null, totalActive: number | null, totalFailed: number | null, totalPrivateApps: number | null, totalPrivateAppsEnabled: number | null }, federation: { servers: number | null, users: number | null, overview: unknown, matrix: unknown }, sessions: { dailyPeakConnections: number | null, maxMonthlyPeakConnections: number | null, uniqueUsers: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown }, uniqueDevices: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown }, uniqueOS: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown } } };

export type DailyTotalsFieldsFragment = { days: Array<{ day: string, count: number }>, period: { count: number, change: number }, yesterday: { count: number, change: number } };

export type EngagementNewUsersQueryVariables = Exact<{
  start: string;
  end: string;
}>;


export type EngagementNewUsersQuery = { engagement: { newUsers: { days: Array<{ day: string, count: number }>, period: { count: number, change: number }, yesterday: { count: number, change: number } } } };

export type EngagementActiveUsersQueryVariables = Exact<{
  start: string;
  end: string;
}>;


export type EngagementActiveUsersQuery = { engagement: { activeUsers: Array<{ day: string, userIds: Array<string>, users: number }> } };

export type EngagementUsersByHourQueryVariables = Exact<{
  start: string;
  end: string;
}>;


export type EngagementUsersByHourQuery = { engagement: { usersByHour: Array<{ day: string, hour: number, users: number }> } };

export type EngagementBusiestHoursQueryVariables = Exact<{
  start: string;
  end: string;
}>;


export type EngagementBusiestHoursQuery = { engagement: { busiestHours: Array<{ hour: number, users: number }> } };

export type EngagementBusiestDaysQueryVariables = Exact<{
  start: string;
  end: string;
}>;


export type EngagementBusiestDaysQuery = { engagement: { busiestDays: Array<{ day: string, users: number }> } };

export type EngagementMessagesSentQueryVariables = Exact<{
  start: string;
  end: string;
}>;


export type EngagementMessagesSentQuery = { engagement: { messagesSent: { days: Array<{ day: string, count: number }>, period: { count: number, change: number }, yesterday: { count: number, change: number } } } };

export type EngagementMessageOriginsQueryVariables = Exact<{
  start: string;
  end: string;
}>;


export type EngagementMessageOriginsQuery = { engagement: { messageOrigins: Array<{ roomType: string, messages: number }> } };

export type EngagementTopChannelsQueryVariables = Exact<{
  start: string;
  end: string;
}>;


export type EngagementTopChannelsQuery = { engagement: { topChannels: Array<{ roomType: string, name: string | null, usernames: Array<string>, messages: number }> } };

export type EngagementChannelsQueryVariables = Exact<{
  start: string;
  end: string;
  offset: number;
  count: number;
}>;


export type EngagementChannelsQuery = { engagement: { channels: { count: number, offset: number, total: number, rooms: Array<{ messages: number, previousMessages: number, change: number, room: { id: string, name: string | null, type: string, createdAt: string | null, updatedAt: string | null, usernames: Array<string> | null } }> } } };

export type MetricsFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsFiguresQuery = { lastSnapshotAt: string | null, statistics: { onlineUsers: number | null, awayUsers: number | null, busyUsers: number | null, offlineUsers: number | null, activeUsers: number | null, nonActiveUsers: number | null, activeGuests: number | null, appUsers: number | null, totalChannels: number | null, totalPrivateGroups: number | null, totalDirect: number | null, totalLivechat: number | null, totalDiscussions: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalDiscussionsMessages: number | null, totalDirectMessages: number | null, totalLivechatMessages: number | null, totalThreads: number | null, uploadsTotal: number | null, uploadsTotalSize: number | null, instanceCount: number | null, version: string | null, uniqueId: string | null, siteUrl: string | null, totalUsers: number | null, totalRooms: number | null, totalMessages: number | null, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null } | null } };

export type LiveStatisticsQueryVariables = Exact<{
  refresh?: boolean;
}>;


export type LiveStatisticsQuery = { statistics: { id: string | null, createdAt: string, updatedAt: string | null, uniqueId: string | null, installedAt: string | null, cloudWorkspaceId: string | null, siteUrl: string | null, version: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string | null, oplogEnabled: boolean | null, instanceCount: number | null, totalUsers: number | null, activeUsers: number | null, nonActiveUsers: number | null, onlineUsers: number | null, awayUsers: number | null, busyUsers: number | null, offlineUsers: number | null, totalConnectedUsers: number | null, activeGuests: number | null, appUsers: number | null, lastLogin: string | null, services: unknown, totalRooms: number | null, totalChannels: number | null, totalPrivateGroups: number | null, totalDirect: number | null, totalLivechat: number | null, totalDiscussions: number | null, totalMessages: number | null, totalThreads: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalDirectMessages: number | null, totalLivechatMessages: number | null, totalDiscussionsMessages: number | null, totalPinned: number | null, lastMessageSentAt: string | null, lastSeenSubscription: string | null, uploadsTotal: number | null, uploadsTotalSize: number | null, totalBroadcastRooms: number | null, totalE2ERooms: number | null, totalRoomsWithPinned: number | null, totalRoomsWithStarred: number | null, totalStarred: number | null, totalEncryptedMessages: number | null, totalUserTOTP: number | null, totalUserEmail2fa: number | null, totalSubscriptionRoles: number | null, totalUserRoles: number | null, totalCustomRoles: number | null, totalLinkInvitation: number | null, totalLinkInvitationUses: number | null, pushQueue: number | null, videoConf: unknown, deploymentFingerprintHash: string | null, deploymentFingerprintVerified: boolean | null, fileStoreType: string | null, allowUnsafeQueryAndFieldsApiParamsEnabled: boolean | null, webRTCEnabled: boolean | null, settings: Record<string, unknown> | null, tag: string | null, branch: string | null, msEnabled: boolean | null, statsToken: string | null, enterpriseReady: boolean, enterprise: unknown, abacEnabled: boolean | null, abacTotalAttributes: number | null, abacTotalAttributeValues: number | null, abacRoomsEnrolled: number | null, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, gateway: { version: string, commit: string | null, restFormat: string, restFormatChosenBy: string }, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null } | null, instances: Array<{ id: string, name: string | null, pid: number | null, createdAt: string | null, updatedAt: string | null, host: string | null, port: string | null, nodeVersion: string | null, live: boolean }> | null, deploy: { method: string, platform: string }, os: { type: string, platform: string, arch: string, release: string, uptime: number, loadavg: Array<number>, totalmem: number, freemem: number, cpus: Array<{ model: string, speed: number, times: { user: number, nice: number, sys: number, idle: number, irq: number } }> }, process: { nodeVersion: string, pid: number, uptime: number }, userLanguages: Array<{ language: string, users: number }> | null, legacy: { activeUsers: number | null, nonActiveUsers: number | null, onlineUsers: number | null, awayUsers: number | null, offlineUsers: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalMessages: number | null }, teams: { totalTeams: number | null, totalRoomsInsideTeams: number | null, totalDefaultRoomsInsideTeams: number | null, roomsInsideTeams: number | null }, integrations: { totalIntegrations: number | null, totalIncoming: number | null, totalIncomingActive: number | null, totalOutgoing: number | null, totalOutgoingActive: number | null, totalWithScriptEnabled: number | null }, omnichannel: { totalVisitors: number | null, totalAgents: number | null, totalManagers: number | null, departments: number | null, archivedDepartments: number | null, roomsWithDepartment: number | null, roomsWithPriority: number | null, totalCustomFields: number | null, totalPublicCustomFields: number | null, totalTriggers: number | null, emailInboxes: number | null, businessHours: number | null, businessHoursStrategy: string | null, chatsOnHold: number | null, enabled: boolean | null, departmentRemovalEnabled: boolean | null, automaticForwardingUnansweredChats: boolean | null, routingAlgorithm: string | null, onHoldEnabled: boolean | null, lastChattedAgentPreferred: boolean | null, assignNewConversationsToContactManager: boolean | null, visitorAbandonment: string | null, webRTCEnabled: boolean | null, webRTCCalls: number | null, contactsBySource: unknown, uniqueContactsOfYesterday: unknown, uniqueContactsOfLastWeek: unknown, uniqueContactsOfLastMonth: unknown, contactVerification: unknown, sources: Array<{ id: string | null, alias: string | null, type: string | null, count: number }> | null }, voip: { enabled: boolean | null, calls: number | null, extensions: number | null, successfulCalls: number | null, errorCalls: number | null, onHoldCalls: number | null }, wizard: { organizationType: string | null, industry: string | null, size: string | null, country: string | null, language: string | null, serverType: string | null, registerServer: boolean | null }, customization: { logoChange: boolean | null, showHomeButton: boolean | null, homeTitleChanged: boolean | null, homeBodyChanged: boolean | null, customCSSChanged: boolean | null, onLogoutCustomScriptChanged: boolean | null, loggedOutCustomScriptChanged: boolean | null, loggedInCustomScriptChanged: boolean | null, readReceiptsEnabled: boolean | null, readReceiptsDetailed: boolean | null }, usage: { dashboardCount: number | null, messageAuditApply: number | null, messageAuditLoad: number | null, joinJitsiButton: number | null, slashCommandsJitsi: number | null, totalTriggeredEmails: number | null, totalEmailInvitation: number | null, totalManuallyAddedUsers: number | null, totalWebRTCCalls: number | null, uncaughtExceptionsCount: number | null }, push: { settingsBitmask: number | null, secured: boolean | null }, importer: { totalCSVImportedUsers: number | null, totalHipchatEnterpriseImportedUsers: number | null, totalSlackImportedUsers: number | null, totalSlackUsersImportedUsers: number | null }, apps: { totalInstalled: number | null, totalActive: number | null, totalFailed: number | null, totalPrivateApps: number | null, totalPrivateAppsEnabled: number | null }, federation: { servers: number | null, users: number | null, overview: unknown, matrix: unknown }, sessions: { dailyPeakConnections: number | null, maxMonthlyPeakConnections: number | null, uniqueUsers: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown }, uniqueDevices: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown }, uniqueOS: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown } } } };

export type TakeSnapshotMutationVariables = Exact<{ [key: string]: never; }>;


export type TakeSnapshotMutation = { takeSnapshot: { id: string | null, createdAt: string, updatedAt: string | null, uniqueId: string | null, installedAt: string | null, cloudWorkspaceId: string | null, siteUrl: string | null, version: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string | null, oplogEnabled: boolean | null, instanceCount: number | null, totalUsers: number | null, activeUsers: number | null, nonActiveUsers: number | null, onlineUsers: number | null, awayUsers: number | null, busyUsers: number | null, offlineUsers: number | null, totalConnectedUsers: number | null, activeGuests: number | null, appUsers: number | null, lastLogin: string | null, services: unknown, totalRooms: number | null, totalChannels: number | null, totalPrivateGroups: number | null, totalDirect: number | null, totalLivechat: number | null, totalDiscussions: number | null, totalMessages: number | null, totalThreads: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalDirectMessages: number | null, totalLivechatMessages: number | null, totalDiscussionsMessages: number | null, totalPinned: number | null, lastMessageSentAt: string | null, lastSeenSubscription: string | null, uploadsTotal: number | null, uploadsTotalSize: number | null, totalBroadcastRooms: number | null, totalE2ERooms: number | null, totalRoomsWithPinned: number | null, totalRoomsWithStarred: number | null, totalStarred: number | null, totalEncryptedMessages: number | null, totalUserTOTP: number | null, totalUserEmail2fa: number | null, totalSubscriptionRoles: number | null, totalUserRoles: number | null, totalCustomRoles: number | null, totalLinkInvitation: number | null, totalLinkInvitationUses: number | null, pushQueue: number | null, videoConf: unknown, deploymentFingerprintHash: string | null, deploymentFingerprintVerified: boolean | null, fileStoreType: string | null, allowUnsafeQueryAndFieldsApiParamsEnabled: boolean | null, webRTCEnabled: boolean | null, settings: Record<string, unknown> | null, tag: string | null, branch: string | null, msEnabled: boolean | null, statsToken: string | null, enterpriseReady: boolean, enterprise: unknown, abacEnabled: boolean | null, abacTotalAttributes: number | null, abacTotalAttributeValues: number | null, abacRoomsEnrolled: number | null, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, gateway: { version: string, commit: string | null, restFormat: string, restFormatChosenBy: string }, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null } | null, instances: Array<{ id: string, name: string | null, pid: number | null, createdAt: string | null, updatedAt: string | null, host: string | null, port: string | null, nodeVersion: string | null, live: boolean }> | null, deploy: { method: string, platform: string }, os: { type: string, platform: string, arch: string, release: string, uptime: number, loadavg: Array<number>, totalmem: number, freemem: number, cpus: Array<{ model: string, speed: number, times: { user: number, nice: number, sys: number, idle: number, irq: number } }> }, process: { nodeVersion: string, pid: number, uptime: number }, userLanguages: Array<{ language: string, users: number }> | null, legacy: { activeUsers: number | null, nonActiveUsers: number | null, onlineUsers: number | null, awayUsers: number | null, offlineUsers: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalMessages: number | null }, teams: { totalTeams: number | null, totalRoomsInsideTeams: number | null, totalDefaultRoomsInsideTeams: number | null, roomsInsideTeams: number | null }, integrations: { totalIntegrations: number | null, totalIncoming: number | null, totalIncomingActive: number | null, totalOutgoing: number | null, totalOutgoingActive: number | null, totalWithScriptEnabled: number | null }, omnichannel: { totalVisitors: number | null, totalAgents: number | null, totalManagers: number | null, departments: number | null, archivedDepartments: number | null, roomsWithDepartment: number | null, roomsWithPriority: number | null, totalCustomFields: number | null, totalPublicCustomFields: number | null, totalTriggers: number | null, emailInboxes: number | null, businessHours: number | null, businessHoursStrategy: string | null, chatsOnHold: number | null, enabled: boolean | null, departmentRemovalEnabled: boolean | null, automaticForwardingUnansweredChats: boolean | null, routingAlgorithm: string | null, onHoldEnabled: boolean | null, lastChattedAgentPreferred: boolean | null, assignNewConversationsToContactManager: boolean | null, visitorAbandonment: string | null, webRTCEnabled: boolean | null, webRTCCalls: number | null, contactsBySource: unknown, uniqueContactsOfYesterday: unknown, uniqueContactsOfLastWeek: unknown, uniqueContactsOfLastMonth: unknown, contactVerification: unknown, sources: Array<{ id: string | null, alias: string | null, type: string | null, count: number }> | null }, voip: { enabled: boolean | null, calls: number | null, extensions: number | null, successfulCalls: number | null, errorCalls: number | null, onHoldCalls: number | null }, wizard: { organizationType: string | null, industry: string | null, size: string | null, country: string | null, language: string | null, serverType: string | null, registerServer: boolean | null }, customization: { logoChange: boolean | null, showHomeButton: boolean | null, homeTitleChanged: boolean | null, homeBodyChanged: boolean | null, customCSSChanged: boolean | null, onLogoutCustomScriptChanged: boolean | null, loggedOutCustomScriptChanged: boolean | null, loggedInCustomScriptChanged: boolean | null, readReceiptsEnabled: boolean | null, readReceiptsDetailed: boolean | null }, usage: { dashboardCount: number | null, messageAuditApply: number | null, messageAuditLoad: number | null, joinJitsiButton: number | null, slashCommandsJitsi: number | null, totalTriggeredEmails: number | null, totalEmailInvitation: number | null, totalManuallyAddedUsers: number | null, totalWebRTCCalls: number | null, uncaughtExceptionsCount: number | null }, push: { settingsBitmask: number | null, secured: boolean | null }, importer: { totalCSVImportedUsers: number | null, totalHipchatEnterpriseImportedUsers: number | null, totalSlackImportedUsers: number | null, totalSlackUsersImportedUsers: number | null }, apps: { totalInstalled: number | null, totalActive: number | null, totalFailed: number | null, totalPrivateApps: number | null, totalPrivateAppsEnabled: number | null }, federation: { servers: number | null, users: number | null, overview: unknown, matrix: unknown }, sessions: { dailyPeakConnections: number | null, maxMonthlyPeakConnections: number | null, uniqueUsers: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown }, uniqueDevices: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown }, uniqueOS: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown } } } };

export type LatestSnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestSnapshotQuery = { latestSnapshot: { id: string | null, createdAt: string, updatedAt: string | null, uniqueId: string | null, installedAt: string | null, cloudWorkspaceId: string | null, siteUrl: string | null, version: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string | null, oplogEnabled: boolean | null, instanceCount: number | null, totalUsers: number | null, activeUsers: number | null, nonActiveUsers: number | null, onlineUsers: number | null, awayUsers: number | null, busyUsers: number | null, offlineUsers: number | null, totalConnectedUsers: number | null, activeGuests: number | null, appUsers: number | null, lastLogin: string | null, services: unknown, totalRooms: number | null, totalChannels: number | null, totalPrivateGroups: number | null, totalDirect: number | null, totalLivechat: number | null, totalDiscussions: number | null, totalMessages: number | null, totalThreads: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalDirectMessages: number | null, totalLivechatMessages: number | null, totalDiscussionsMessages: number | null, totalPinned: number | null, lastMessageSentAt: string | null, lastSeenSubscription: string | null, uploadsTotal: number | null, uploadsTotalSize: number | null, totalBroadcastRooms: number | null, totalE2ERooms: number | null, totalRoomsWithPinned: number | null, totalRoomsWithStarred: number | null, totalStarred: number | null, totalEncryptedMessages: number | null, totalUserTOTP: number | null, totalUserEmail2fa: number | null, totalSubscriptionRoles: number | null, totalUserRoles: number | null, totalCustomRoles: number | null, totalLinkInvitation: number | null, totalLinkInvitationUses: number | null, pushQueue: number | null, videoConf: unknown, deploymentFingerprintHash: string | null, deploymentFingerprintVerified: boolean | null, fileStoreType: string | null, allowUnsafeQueryAndFieldsApiParamsEnabled: boolean | null, webRTCEnabled: boolean | null, settings: Record<string, unknown> | null, tag: string | null, branch: string | null, msEnabled: boolean | null, statsToken: string | null, enterpriseReady: boolean, enterprise: unknown, abacEnabled: boolean | null, abacTotalAttributes: number | null, abacTotalAttributeValues: number | null, abacRoomsEnrolled: number | null, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, gateway: { version: string, commit: string | null, restFormat: string, restFormatChosenBy: string }, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null } | null, instances: Array<{ id: string, name: string | null, pid: number | null, createdAt: string | null, updatedAt: string | null, host: string | null, port: string | null, nodeVersion: string | null, live: boolean }> | null, deploy: { method: string, platform: string }, os: { type: string, platform: string, arch: string, release: string, uptime: number, loadavg: Array<number>, totalmem: number, freemem: number, cpus: Array<{ model: string, speed: number, times: { user: number, nice: number, sys: number, idle: number, irq: number } }> }, process: { nodeVersion: string, pid: number, uptime: number }, userLanguages: Array<{ language: string, users: number }> | null, legacy: { activeUsers: number | null, nonActiveUsers: number | null, onlineUsers: number | null, awayUsers: number | null, offlineUsers: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalMessages: number | null }, teams: { totalTeams: number | null, totalRoomsInsideTeams: number | null, totalDefaultRoomsInsideTeams: number | null, roomsInsideTeams: number | null }, integrations: { totalIntegrations: number | null, totalIncoming: number | null, totalIncomingActive: number | null, totalOutgoing: number | null, totalOutgoingActive: number | null, totalWithScriptEnabled: number | null }, omnichannel: { totalVisitors: number | null, totalAgents: number | null, totalManagers: number | null, departments: number | null, archivedDepartments: number | null, roomsWithDepartment: number | null, roomsWithPriority: number | null, totalCustomFields: number | null, totalPublicCustomFields: number | null, totalTriggers: number | null, emailInboxes: number | null, businessHours: number | null, businessHoursStrategy: string | null, chatsOnHold: number | null, enabled: boolean | null, departmentRemovalEnabled: boolean | null, automaticForwardingUnansweredChats: boolean | null, routingAlgorithm: string | null, onHoldEnabled: boolean | null, lastChattedAgentPreferred: boolean | null, assignNewConversationsToContactManager: boolean | null, visitorAbandonment: string | null, webRTCEnabled: boolean | null, webRTCCalls: number | null, contactsBySource: unknown, uniqueContactsOfYesterday: unknown, uniqueContactsOfLastWeek: unknown, uniqueContactsOfLastMonth: unknown, contactVerification: unknown, sources: Array<{ id: string | null, alias: string | null, type: string | null, count: number }> | null }, voip: { enabled: boolean | null, calls: number | null, extensions: number | null, successfulCalls: number | null, errorCalls: number | null, onHoldCalls: number | null }, wizard: { organizationType: string | null, industry: string | null, size: string | null, country: string | null, language: string | null, serverType: string | null, registerServer: boolean | null }, customization: { logoChange: boolean | null, showHomeButton: boolean | null, homeTitleChanged: boolean | null, homeBodyChanged: boolean | null, customCSSChanged: boolean | null, onLogoutCustomScriptChanged: boolean | null, loggedOutCustomScriptChanged: boolean | null, loggedInCustomScriptChanged: boolean | null, readReceiptsEnabled: boolean | null, readReceiptsDetailed: boolean | null }, usage: { dashboardCount: number | null, messageAuditApply: number | null, messageAuditLoad: number | null, joinJitsiButton: number | null, slashCommandsJitsi: number | null, totalTriggeredEmails: number | null, totalEmailInvitation: number | null, totalManuallyAddedUsers: number | null, totalWebRTCCalls: number | null, uncaughtExceptionsCount: number | null }, push: { settingsBitmask: number | null, secured: boolean | null }, importer: { totalCSVImportedUsers: number | null, totalHipchatEnterpriseImportedUsers: number | null, totalSlackImportedUsers: number | null, totalSlackUsersImportedUsers: number | null }, apps: { totalInstalled: number | null, totalActive: number | null, totalFailed: number | null, totalPrivateApps: number | null, totalPrivateAppsEnabled: number | null }, federation: { servers: number | null, users: number | null, overview: unknown, matrix: unknown }, sessions: { dailyPeakConnections: number | null, maxMonthlyPeakConnections: number | null, uniqueUsers: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown }, uniqueDevices: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown }, uniqueOS: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown } } } | null };

export type SnapshotPageQueryVariables = Exact<{
  offset: number;
  count: number;
  sort?: Record<string, unknown> | null | undefined;
  filter?: Record<string, unknown> | null | undefined;
}>;


export type SnapshotPageQuery = { snapshots: { count: number, offset: number, total: number, snapshots: Array<{ id: string | null, createdAt: string, updatedAt: string | null, uniqueId: string | null, installedAt: string | null, cloudWorkspaceId: string | null, siteUrl: string | null, version: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string | null, oplogEnabled: boolean | null, instanceCount: number | null, totalUsers: number | null, activeUsers: number | null, nonActiveUsers: number | null, onlineUsers: number | null, awayUsers: number | null, busyUsers: number | null, offlineUsers: number | null, totalConnectedUsers: number | null, activeGuests: number | null, appUsers: number | null, lastLogin: string | null, services: unknown, totalRooms: number | null, totalChannels: number | null, totalPrivateGroups: number | null, totalDirect: number | null, totalLivechat: number | null, totalDiscussions: number | null, totalMessages: number | null, totalThreads: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalDirectMessages: number | null, totalLivechatMessages: number | null, totalDiscussionsMessages: number | null, totalPinned: number | null, lastMessageSentAt: string | null, lastSeenSubscription: string | null, uploadsTotal: number | null, uploadsTotalSize: number | null, totalBroadcastRooms: number | null, totalE2ERooms: number | null, totalRoomsWithPinned: number | null, totalRoomsWithStarred: number | null, totalStarred: number | null, totalEncryptedMessages: number | null, totalUserTOTP: number | null, totalUserEmail2fa: number | null, totalSubscriptionRoles: number | null, totalUserRoles: number | null, totalCustomRoles: number | null, totalLinkInvitation: number | null, totalLinkInvitationUses: number | null, pushQueue: number | null, videoConf: unknown, deploymentFingerprintHash: string | null, deploymentFingerprintVerified: boolean | null, fileStoreType: string | null, allowUnsafeQueryAndFieldsApiParamsEnabled: boolean | null, webRTCEnabled: boolean | null, settings: Record<string, unknown> | null, tag: string | null, branch: string | null, msEnabled: boolean | null, statsToken: string | null, enterpriseReady: boolean, enterprise: unknown, abacEnabled: boolean | null, abacTotalAttributes: number | null, abacTotalAttributeValues: number | null, abacRoomsEnrolled: number | null, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, gateway: { version: string, commit: string | null, restFormat: string, restFormatChosenBy: string }, migration: { id: string, version: number, locked: boolean, lockedAt: string | null, buildAt: string | null } | null, instances: Array<{ id: string, name: string | null, pid: number | null, createdAt: string | null, updatedAt: string | null, host: string | null, port: string | null, nodeVersion: string | null, live: boolean }> | null, deploy: { method: string, platform: string }, os: { type: string, platform: string, arch: string, release: string, uptime: number, loadavg: Array<number>, totalmem: number, freemem: number, cpus: Array<{ model: string, speed: number, times: { user: number, nice: number, sys: number, idle: number, irq: number } }> }, process: { nodeVersion: string, pid: number, uptime: number }, userLanguages: Array<{ language: string, users: number }> | null, legacy: { activeUsers: number | null, nonActiveUsers: number | null, onlineUsers: number | null, awayUsers: number | null, offlineUsers: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalMessages: number | null }, teams: { totalTeams: number | null, totalRoomsInsideTeams: number | null, totalDefaultRoomsInsideTeams: number | null, roomsInsideTeams: number | null }, integrations: { totalIntegrations: number | null, totalIncoming: number | null, totalIncomingActive: number | null, totalOutgoing: number | null, totalOutgoingActive: number | null, totalWithScriptEnabled: number | null }, omnichannel: { totalVisitors: number | null, totalAgents: number | null, totalManagers: number | null, departments: number | null, archivedDepartments: number | null, roomsWithDepartment: number | null, roomsWithPriority: number | null, totalCustomFields: number | null, totalPublicCustomFields: number | null, totalTriggers: number | null, emailInboxes: number | null, businessHours: number | null, businessHoursStrategy: string | null, chatsOnHold: number | null, enabled: boolean | null, departmentRemovalEnabled: boolean | null, automaticForwardingUnansweredChats: boolean | null, routingAlgorithm: string | null, onHoldEnabled: boolean | null, lastChattedAgentPreferred: boolean | null, assignNewConversationsToContactManager: boolean | null, visitorAbandonment: string | null, webRTCEnabled: boolean | null, webRTCCalls: number | null, contactsBySource: unknown, uniqueContactsOfYesterday: unknown, uniqueContactsOfLastWeek: unknown, uniqueContactsOfLastMonth: unknown, contactVerification: unknown, sources: Array<{ id: string | null, alias: string | null, type: string | null, count: number }> | null }, voip: { enabled: boolean | null, calls: number | null, extensions: number | null, successfulCalls: number | null, errorCalls: number | null, onHoldCalls: number | null }, wizard: { organizationType: string | null, industry: string | null, size: string | null, country: string | null, language: string | null, serverType: string | null, registerServer: boolean | null }, customization: { logoChange: boolean | null, showHomeButton: boolean | null, homeTitleChanged: boolean | null, homeBodyChanged: boolean | null, customCSSChanged: boolean | null, onLogoutCustomScriptChanged: boolean | null, loggedOutCustomScriptChanged: boolean | null, loggedInCustomScriptChanged: boolean | null, readReceiptsEnabled: boolean | null, readReceiptsDetailed: boolean | null }, usage: { dashboardCount: number | null, messageAuditApply: number | null, messageAuditLoad: number | null, joinJitsiButton: number | null, slashCommandsJitsi: number | null, totalTriggeredEmails: number | null, totalEmailInvitation: number | null, totalManuallyAddedUsers: number | null, totalWebRTCCalls: number | null, uncaughtExceptionsCount: number | null }, push: { settingsBitmask: number | null, secured: boolean | null }, importer: { totalCSVImportedUsers: number | null, totalHipchatEnterpriseImportedUsers: number | null, totalSlackImportedUsers: number | null, totalSlackUsersImportedUsers: number | null }, apps: { totalInstalled: number | null, totalActive: number | null, totalFailed: number | null, totalPrivateApps: number | null, totalPrivateAppsEnabled: number | null }, federation: { servers: number | null, users: number | null, overview: unknown, matrix: unknown }, sessions: { dailyPeakConnections: number | null, maxMonthlyPeakConnections: number | null, uniqueUsers: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown }, uniqueDevices: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown }, uniqueOS: { yesterday: unknown, lastWeek: unknown, lastMonth: unknown } } }> } };

export const AllFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appsEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"restFormat"}},{"kind":"Field","name":{"kind":"Name","value":"restFormatChosenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mongoVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mongoStorageEngine"}},{"kind":"Field","name":{"kind":"Name","value":"oplogEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"deploy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"os"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"loadavg"}},{"kind":"Field","name":{"kind":"Name","value":"totalmem"}},{"kind":"Field","name":{"kind":"Name","value":"freemem"}},{"kind":"Field","name":{"kind":"Name","value":"cpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"nice"}},{"kind":"Field","name":{"kind":"Name","value":"sys"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"irq"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalConnectedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPinned"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"totalBroadcastRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalE2ERooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsWithPinned"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsWithStarred"}},{"kind":"Field","name":{"kind":"Name","value":"totalStarred"}},{"kind":"Field","name":{"kind":"Name","value":"totalEncryptedMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserTOTP"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserEmail2fa"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubscriptionRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalCustomRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalLinkInvitation"}},{"kind":"Field","name":{"kind":"Name","value":"totalLinkInvitationUses"}},{"kind":"Field","name":{"kind":"Name","value":"pushQueue"}},{"kind":"Field","name":{"kind":"Name","value":"userLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"users"}}]}},{"kind":"Field","name":{"kind":"Name","value":"videoConf"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentFingerprintHash"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentFingerprintVerified"}},{"kind":"Field","name":{"kind":"Name","value":"fileStoreType"}},{"kind":"Field","name":{"kind":"Name","value":"allowUnsafeQueryAndFieldsApiParamsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"msEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"statsToken"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReady"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"}},{"kind":"Field","name":{"kind":"Name","value":"abacEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"abacTotalAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"abacTotalAttributeValues"}},{"kind":"Field","name":{"kind":"Name","value":"abacRoomsEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalTeams"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsInsideTeams"}},{"kind":"Field","name":{"kind":"Name","value":"totalDefaultRoomsInsideTeams"}},{"kind":"Field","name":{"kind":"Name","value":"roomsInsideTeams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalIntegrations"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncoming"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomingActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutgoing"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutgoingActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalWithScriptEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"omnichannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalVisitors"}},{"kind":"Field","name":{"kind":"Name","value":"totalAgents"}},{"kind":"Field","name":{"kind":"Name","value":"totalManagers"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"archivedDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithPriority"}},{"kind":"Field","name":{"kind":"Name","value":"totalCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalPublicCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"emailInboxes"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"businessHoursStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chatsOnHold"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"departmentRemovalEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"automaticForwardingUnansweredChats"}},{"kind":"Field","name":{"kind":"Name","value":"routingAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastChattedAgentPreferred"}},{"kind":"Field","name":{"kind":"Name","value":"assignNewConversationsToContactManager"}},{"kind":"Field","name":{"kind":"Name","value":"visitorAbandonment"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCCalls"}},{"kind":"Field","name":{"kind":"Name","value":"contactsBySource"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfYesterday"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfLastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfLastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"contactVerification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"successfulCalls"}},{"kind":"Field","name":{"kind":"Name","value":"errorCalls"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldCalls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wizard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"serverType"}},{"kind":"Field","name":{"kind":"Name","value":"registerServer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoChange"}},{"kind":"Field","name":{"kind":"Name","value":"showHomeButton"}},{"kind":"Field","name":{"kind":"Name","value":"homeTitleChanged"}},{"kind":"Field","name":{"kind":"Name","value":"homeBodyChanged"}},{"kind":"Field","name":{"kind":"Name","value":"customCSSChanged"}},{"kind":"Field","name":{"kind":"Name","value":"onLogoutCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOutCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"readReceiptsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"readReceiptsDetailed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardCount"}},{"kind":"Field","name":{"kind":"Name","value":"messageAuditApply"}},{"kind":"Field","name":{"kind":"Name","value":"messageAuditLoad"}},{"kind":"Field","name":{"kind":"Name","value":"joinJitsiButton"}},{"kind":"Field","name":{"kind":"Name","value":"slashCommandsJitsi"}},{"kind":"Field","name":{"kind":"Name","value":"totalTriggeredEmails"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmailInvitation"}},{"kind":"Field","name":{"kind":"Name","value":"totalManuallyAddedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalWebRTCCalls"}},{"kind":"Field","name":{"kind":"Name","value":"uncaughtExceptionsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"push"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settingsBitmask"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCSVImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalHipchatEnterpriseImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackUsersImportedUsers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"totalActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalFailed"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateApps"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateAppsEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"federation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"}},{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"overview"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyPeakConnections"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyPeakConnections"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueOS"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}}]}}]}}]} as unknown as DocumentNode<AllFiguresFragment, unknown>;
export const DailyTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yesterday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]} as unknown as DocumentNode<DailyTotalsFieldsFragment, unknown>;
export const EngagementNewUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementNewUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DailyTotalsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yesterday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]} as unknown as DocumentNode<EngagementNewUsersQuery, EngagementNewUsersQueryVariables>;
export const EngagementActiveUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementActiveUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"users"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementActiveUsersQuery, EngagementActiveUsersQueryVariables>;
export const EngagementUsersByHourDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementUsersByHour"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usersByHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"users"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementUsersByHourQuery, EngagementUsersByHourQueryVariables>;
export const EngagementBusiestHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementBusiestHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"busiestHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"users"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementBusiestHoursQuery, EngagementBusiestHoursQueryVariables>;
export const EngagementBusiestDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementBusiestDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"busiestDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"users"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementBusiestDaysQuery, EngagementBusiestDaysQueryVariables>;
export const EngagementMessagesSentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementMessagesSent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messagesSent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DailyTotalsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yesterday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]} as unknown as DocumentNode<EngagementMessagesSentQuery, EngagementMessagesSentQueryVariables>;
export const EngagementMessageOriginsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementMessageOrigins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageOrigins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomType"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementMessageOriginsQuery, EngagementMessageOriginsQueryVariables>;
export const EngagementTopChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementTopChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usernames"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementTopChannelsQuery, EngagementTopChannelsQueryVariables>;
export const EngagementChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usernames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"previousMessages"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementChannelsQuery, EngagementChannelsQueryVariables>;
export const MetricsFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastSnapshotAt"}}]}}]} as unknown as DocumentNode<MetricsFiguresQuery, MetricsFiguresQueryVariables>;
export const LiveStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refresh"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appsEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"restFormat"}},{"kind":"Field","name":{"kind":"Name","value":"restFormatChosenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mongoVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mongoStorageEngine"}},{"kind":"Field","name":{"kind":"Name","value":"oplogEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"deploy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"os"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"loadavg"}},{"kind":"Field","name":{"kind":"Name","value":"totalmem"}},{"kind":"Field","name":{"kind":"Name","value":"freemem"}},{"kind":"Field","name":{"kind":"Name","value":"cpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"nice"}},{"kind":"Field","name":{"kind":"Name","value":"sys"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"irq"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalConnectedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPinned"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"totalBroadcastRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalE2ERooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsWithPinned"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsWithStarred"}},{"kind":"Field","name":{"kind":"Name","value":"totalStarred"}},{"kind":"Field","name":{"kind":"Name","value":"totalEncryptedMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserTOTP"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserEmail2fa"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubscriptionRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalCustomRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalLinkInvitation"}},{"kind":"Field","name":{"kind":"Name","value":"totalLinkInvitationUses"}},{"kind":"Field","name":{"kind":"Name","value":"pushQueue"}},{"kind":"Field","name":{"kind":"Name","value":"userLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"users"}}]}},{"kind":"Field","name":{"kind":"Name","value":"videoConf"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentFingerprintHash"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentFingerprintVerified"}},{"kind":"Field","name":{"kind":"Name","value":"fileStoreType"}},{"kind":"Field","name":{"kind":"Name","value":"allowUnsafeQueryAndFieldsApiParamsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"msEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"statsToken"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReady"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"}},{"kind":"Field","name":{"kind":"Name","value":"abacEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"abacTotalAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"abacTotalAttributeValues"}},{"kind":"Field","name":{"kind":"Name","value":"abacRoomsEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalTeams"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsInsideTeams"}},{"kind":"Field","name":{"kind":"Name","value":"totalDefaultRoomsInsideTeams"}},{"kind":"Field","name":{"kind":"Name","value":"roomsInsideTeams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalIntegrations"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncoming"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomingActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutgoing"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutgoingActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalWithScriptEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"omnichannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalVisitors"}},{"kind":"Field","name":{"kind":"Name","value":"totalAgents"}},{"kind":"Field","name":{"kind":"Name","value":"totalManagers"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"archivedDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithPriority"}},{"kind":"Field","name":{"kind":"Name","value":"totalCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalPublicCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"emailInboxes"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"businessHoursStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chatsOnHold"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"departmentRemovalEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"automaticForwardingUnansweredChats"}},{"kind":"Field","name":{"kind":"Name","value":"routingAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastChattedAgentPreferred"}},{"kind":"Field","name":{"kind":"Name","value":"assignNewConversationsToContactManager"}},{"kind":"Field","name":{"kind":"Name","value":"visitorAbandonment"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCCalls"}},{"kind":"Field","name":{"kind":"Name","value":"contactsBySource"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfYesterday"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfLastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfLastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"contactVerification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"successfulCalls"}},{"kind":"Field","name":{"kind":"Name","value":"errorCalls"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldCalls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wizard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"serverType"}},{"kind":"Field","name":{"kind":"Name","value":"registerServer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoChange"}},{"kind":"Field","name":{"kind":"Name","value":"showHomeButton"}},{"kind":"Field","name":{"kind":"Name","value":"homeTitleChanged"}},{"kind":"Field","name":{"kind":"Name","value":"homeBodyChanged"}},{"kind":"Field","name":{"kind":"Name","value":"customCSSChanged"}},{"kind":"Field","name":{"kind":"Name","value":"onLogoutCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOutCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"readReceiptsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"readReceiptsDetailed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardCount"}},{"kind":"Field","name":{"kind":"Name","value":"messageAuditApply"}},{"kind":"Field","name":{"kind":"Name","value":"messageAuditLoad"}},{"kind":"Field","name":{"kind":"Name","value":"joinJitsiButton"}},{"kind":"Field","name":{"kind":"Name","value":"slashCommandsJitsi"}},{"kind":"Field","name":{"kind":"Name","value":"totalTriggeredEmails"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmailInvitation"}},{"kind":"Field","name":{"kind":"Name","value":"totalManuallyAddedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalWebRTCCalls"}},{"kind":"Field","name":{"kind":"Name","value":"uncaughtExceptionsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"push"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settingsBitmask"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCSVImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalHipchatEnterpriseImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackUsersImportedUsers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"totalActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalFailed"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateApps"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateAppsEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"federation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"}},{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"overview"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyPeakConnections"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyPeakConnections"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueOS"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}}]}}]}}]} as unknown as DocumentNode<LiveStatisticsQuery, LiveStatisticsQueryVariables>;
export const TakeSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appsEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"restFormat"}},{"kind":"Field","name":{"kind":"Name","value":"restFormatChosenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mongoVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mongoStorageEngine"}},{"kind":"Field","name":{"kind":"Name","value":"oplogEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"deploy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"os"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"loadavg"}},{"kind":"Field","name":{"kind":"Name","value":"totalmem"}},{"kind":"Field","name":{"kind":"Name","value":"freemem"}},{"kind":"Field","name":{"kind":"Name","value":"cpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"nice"}},{"kind":"Field","name":{"kind":"Name","value":"sys"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"irq"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalConnectedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPinned"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"totalBroadcastRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalE2ERooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsWithPinned"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsWithStarred"}},{"kind":"Field","name":{"kind":"Name","value":"totalStarred"}},{"kind":"Field","name":{"kind":"Name","value":"totalEncryptedMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserTOTP"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserEmail2fa"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubscriptionRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalCustomRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalLinkInvitation"}},{"kind":"Field","name":{"kind":"Name","value":"totalLinkInvitationUses"}},{"kind":"Field","name":{"kind":"Name","value":"pushQueue"}},{"kind":"Field","name":{"kind":"Name","value":"userLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"users"}}]}},{"kind":"Field","name":{"kind":"Name","value":"videoConf"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentFingerprintHash"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentFingerprintVerified"}},{"kind":"Field","name":{"kind":"Name","value":"fileStoreType"}},{"kind":"Field","name":{"kind":"Name","value":"allowUnsafeQueryAndFieldsApiParamsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"msEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"statsToken"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReady"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"}},{"kind":"Field","name":{"kind":"Name","value":"abacEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"abacTotalAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"abacTotalAttributeValues"}},{"kind":"Field","name":{"kind":"Name","value":"abacRoomsEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalTeams"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsInsideTeams"}},{"kind":"Field","name":{"kind":"Name","value":"totalDefaultRoomsInsideTeams"}},{"kind":"Field","name":{"kind":"Name","value":"roomsInsideTeams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalIntegrations"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncoming"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomingActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutgoing"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutgoingActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalWithScriptEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"omnichannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalVisitors"}},{"kind":"Field","name":{"kind":"Name","value":"totalAgents"}},{"kind":"Field","name":{"kind":"Name","value":"totalManagers"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"archivedDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithPriority"}},{"kind":"Field","name":{"kind":"Name","value":"totalCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalPublicCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"emailInboxes"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"businessHoursStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chatsOnHold"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"departmentRemovalEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"automaticForwardingUnansweredChats"}},{"kind":"Field","name":{"kind":"Name","value":"routingAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastChattedAgentPreferred"}},{"kind":"Field","name":{"kind":"Name","value":"assignNewConversationsToContactManager"}},{"kind":"Field","name":{"kind":"Name","value":"visitorAbandonment"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCCalls"}},{"kind":"Field","name":{"kind":"Name","value":"contactsBySource"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfYesterday"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfLastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfLastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"contactVerification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"successfulCalls"}},{"kind":"Field","name":{"kind":"Name","value":"errorCalls"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldCalls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wizard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"serverType"}},{"kind":"Field","name":{"kind":"Name","value":"registerServer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoChange"}},{"kind":"Field","name":{"kind":"Name","value":"showHomeButton"}},{"kind":"Field","name":{"kind":"Name","value":"homeTitleChanged"}},{"kind":"Field","name":{"kind":"Name","value":"homeBodyChanged"}},{"kind":"Field","name":{"kind":"Name","value":"customCSSChanged"}},{"kind":"Field","name":{"kind":"Name","value":"onLogoutCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOutCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"readReceiptsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"readReceiptsDetailed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardCount"}},{"kind":"Field","name":{"kind":"Name","value":"messageAuditApply"}},{"kind":"Field","name":{"kind":"Name","value":"messageAuditLoad"}},{"kind":"Field","name":{"kind":"Name","value":"joinJitsiButton"}},{"kind":"Field","name":{"kind":"Name","value":"slashCommandsJitsi"}},{"kind":"Field","name":{"kind":"Name","value":"totalTriggeredEmails"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmailInvitation"}},{"kind":"Field","name":{"kind":"Name","value":"totalManuallyAddedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalWebRTCCalls"}},{"kind":"Field","name":{"kind":"Name","value":"uncaughtExceptionsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"push"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settingsBitmask"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCSVImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalHipchatEnterpriseImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackUsersImportedUsers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"totalActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalFailed"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateApps"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateAppsEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"federation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"}},{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"overview"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyPeakConnections"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyPeakConnections"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueOS"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}}]}}]}}]} as unknown as DocumentNode<TakeSnapshotMutation, TakeSnapshotMutationVariables>;
export const LatestSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appsEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"restFormat"}},{"kind":"Field","name":{"kind":"Name","value":"restFormatChosenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mongoVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mongoStorageEngine"}},{"kind":"Field","name":{"kind":"Name","value":"oplogEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"deploy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"os"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"loadavg"}},{"kind":"Field","name":{"kind":"Name","value":"totalmem"}},{"kind":"Field","name":{"kind":"Name","value":"freemem"}},{"kind":"Field","name":{"kind":"Name","value":"cpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"nice"}},{"kind":"Field","name":{"kind":"Name","value":"sys"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"irq"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalConnectedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPinned"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"totalBroadcastRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalE2ERooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsWithPinned"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsWithStarred"}},{"kind":"Field","name":{"kind":"Name","value":"totalStarred"}},{"kind":"Field","name":{"kind":"Name","value":"totalEncryptedMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserTOTP"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserEmail2fa"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubscriptionRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalCustomRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalLinkInvitation"}},{"kind":"Field","name":{"kind":"Name","value":"totalLinkInvitationUses"}},{"kind":"Field","name":{"kind":"Name","value":"pushQueue"}},{"kind":"Field","name":{"kind":"Name","value":"userLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"users"}}]}},{"kind":"Field","name":{"kind":"Name","value":"videoConf"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentFingerprintHash"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentFingerprintVerified"}},{"kind":"Field","name":{"kind":"Name","value":"fileStoreType"}},{"kind":"Field","name":{"kind":"Name","value":"allowUnsafeQueryAndFieldsApiParamsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"msEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"statsToken"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReady"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"}},{"kind":"Field","name":{"kind":"Name","value":"abacEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"abacTotalAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"abacTotalAttributeValues"}},{"kind":"Field","name":{"kind":"Name","value":"abacRoomsEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalTeams"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsInsideTeams"}},{"kind":"Field","name":{"kind":"Name","value":"totalDefaultRoomsInsideTeams"}},{"kind":"Field","name":{"kind":"Name","value":"roomsInsideTeams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalIntegrations"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncoming"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomingActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutgoing"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutgoingActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalWithScriptEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"omnichannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalVisitors"}},{"kind":"Field","name":{"kind":"Name","value":"totalAgents"}},{"kind":"Field","name":{"kind":"Name","value":"totalManagers"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"archivedDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithPriority"}},{"kind":"Field","name":{"kind":"Name","value":"totalCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalPublicCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"emailInboxes"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"businessHoursStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chatsOnHold"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"departmentRemovalEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"automaticForwardingUnansweredChats"}},{"kind":"Field","name":{"kind":"Name","value":"routingAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastChattedAgentPreferred"}},{"kind":"Field","name":{"kind":"Name","value":"assignNewConversationsToContactManager"}},{"kind":"Field","name":{"kind":"Name","value":"visitorAbandonment"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCCalls"}},{"kind":"Field","name":{"kind":"Name","value":"contactsBySource"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfYesterday"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfLastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfLastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"contactVerification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"successfulCalls"}},{"kind":"Field","name":{"kind":"Name","value":"errorCalls"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldCalls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wizard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"serverType"}},{"kind":"Field","name":{"kind":"Name","value":"registerServer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoChange"}},{"kind":"Field","name":{"kind":"Name","value":"showHomeButton"}},{"kind":"Field","name":{"kind":"Name","value":"homeTitleChanged"}},{"kind":"Field","name":{"kind":"Name","value":"homeBodyChanged"}},{"kind":"Field","name":{"kind":"Name","value":"customCSSChanged"}},{"kind":"Field","name":{"kind":"Name","value":"onLogoutCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOutCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"readReceiptsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"readReceiptsDetailed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardCount"}},{"kind":"Field","name":{"kind":"Name","value":"messageAuditApply"}},{"kind":"Field","name":{"kind":"Name","value":"messageAuditLoad"}},{"kind":"Field","name":{"kind":"Name","value":"joinJitsiButton"}},{"kind":"Field","name":{"kind":"Name","value":"slashCommandsJitsi"}},{"kind":"Field","name":{"kind":"Name","value":"totalTriggeredEmails"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmailInvitation"}},{"kind":"Field","name":{"kind":"Name","value":"totalManuallyAddedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalWebRTCCalls"}},{"kind":"Field","name":{"kind":"Name","value":"uncaughtExceptionsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"push"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settingsBitmask"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCSVImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalHipchatEnterpriseImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackUsersImportedUsers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"totalActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalFailed"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateApps"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateAppsEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"federation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"}},{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"overview"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyPeakConnections"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyPeakConnections"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueOS"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}}]}}]}}]} as unknown as DocumentNode<LatestSnapshotQuery, LatestSnapshotQueryVariables>;
export const SnapshotPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SnapshotPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"snapshots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cloudWorkspaceId"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appsEngineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gateway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"restFormat"}},{"kind":"Field","name":{"kind":"Name","value":"restFormatChosenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mongoVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mongoStorageEngine"}},{"kind":"Field","name":{"kind":"Name","value":"oplogEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buildAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"deploy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"os"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}},{"kind":"Field","name":{"kind":"Name","value":"loadavg"}},{"kind":"Field","name":{"kind":"Name","value":"totalmem"}},{"kind":"Field","name":{"kind":"Name","value":"freemem"}},{"kind":"Field","name":{"kind":"Name","value":"cpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"nice"}},{"kind":"Field","name":{"kind":"Name","value":"sys"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"irq"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"process"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pid"}},{"kind":"Field","name":{"kind":"Name","value":"uptime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"busyUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalConnectedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"activeGuests"}},{"kind":"Field","name":{"kind":"Name","value":"appUsers"}},{"kind":"Field","name":{"kind":"Name","value":"lastLogin"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"totalRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannels"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroups"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirect"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechat"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussions"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalThreads"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDirectMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalLivechatMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalDiscussionsMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPinned"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uploadsTotalSize"}},{"kind":"Field","name":{"kind":"Name","value":"totalBroadcastRooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalE2ERooms"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsWithPinned"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsWithStarred"}},{"kind":"Field","name":{"kind":"Name","value":"totalStarred"}},{"kind":"Field","name":{"kind":"Name","value":"totalEncryptedMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserTOTP"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserEmail2fa"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubscriptionRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalUserRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalCustomRoles"}},{"kind":"Field","name":{"kind":"Name","value":"totalLinkInvitation"}},{"kind":"Field","name":{"kind":"Name","value":"totalLinkInvitationUses"}},{"kind":"Field","name":{"kind":"Name","value":"pushQueue"}},{"kind":"Field","name":{"kind":"Name","value":"userLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"users"}}]}},{"kind":"Field","name":{"kind":"Name","value":"videoConf"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentFingerprintHash"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentFingerprintVerified"}},{"kind":"Field","name":{"kind":"Name","value":"fileStoreType"}},{"kind":"Field","name":{"kind":"Name","value":"allowUnsafeQueryAndFieldsApiParamsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"msEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"statsToken"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseReady"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"}},{"kind":"Field","name":{"kind":"Name","value":"abacEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"abacTotalAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"abacTotalAttributeValues"}},{"kind":"Field","name":{"kind":"Name","value":"abacRoomsEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeUsers"}},{"kind":"Field","name":{"kind":"Name","value":"nonActiveUsers"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"awayUsers"}},{"kind":"Field","name":{"kind":"Name","value":"offlineUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalChannelMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateGroupMessages"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalTeams"}},{"kind":"Field","name":{"kind":"Name","value":"totalRoomsInsideTeams"}},{"kind":"Field","name":{"kind":"Name","value":"totalDefaultRoomsInsideTeams"}},{"kind":"Field","name":{"kind":"Name","value":"roomsInsideTeams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalIntegrations"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncoming"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncomingActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutgoing"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutgoingActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalWithScriptEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"omnichannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalVisitors"}},{"kind":"Field","name":{"kind":"Name","value":"totalAgents"}},{"kind":"Field","name":{"kind":"Name","value":"totalManagers"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"archivedDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithPriority"}},{"kind":"Field","name":{"kind":"Name","value":"totalCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalPublicCustomFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"emailInboxes"}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"}},{"kind":"Field","name":{"kind":"Name","value":"businessHoursStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chatsOnHold"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"departmentRemovalEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"automaticForwardingUnansweredChats"}},{"kind":"Field","name":{"kind":"Name","value":"routingAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastChattedAgentPreferred"}},{"kind":"Field","name":{"kind":"Name","value":"assignNewConversationsToContactManager"}},{"kind":"Field","name":{"kind":"Name","value":"visitorAbandonment"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"webRTCCalls"}},{"kind":"Field","name":{"kind":"Name","value":"contactsBySource"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfYesterday"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfLastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueContactsOfLastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"contactVerification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"successfulCalls"}},{"kind":"Field","name":{"kind":"Name","value":"errorCalls"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldCalls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wizard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"serverType"}},{"kind":"Field","name":{"kind":"Name","value":"registerServer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoChange"}},{"kind":"Field","name":{"kind":"Name","value":"showHomeButton"}},{"kind":"Field","name":{"kind":"Name","value":"homeTitleChanged"}},{"kind":"Field","name":{"kind":"Name","value":"homeBodyChanged"}},{"kind":"Field","name":{"kind":"Name","value":"customCSSChanged"}},{"kind":"Field","name":{"kind":"Name","value":"onLogoutCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOutCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInCustomScriptChanged"}},{"kind":"Field","name":{"kind":"Name","value":"readReceiptsEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"readReceiptsDetailed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardCount"}},{"kind":"Field","name":{"kind":"Name","value":"messageAuditApply"}},{"kind":"Field","name":{"kind":"Name","value":"messageAuditLoad"}},{"kind":"Field","name":{"kind":"Name","value":"joinJitsiButton"}},{"kind":"Field","name":{"kind":"Name","value":"slashCommandsJitsi"}},{"kind":"Field","name":{"kind":"Name","value":"totalTriggeredEmails"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmailInvitation"}},{"kind":"Field","name":{"kind":"Name","value":"totalManuallyAddedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalWebRTCCalls"}},{"kind":"Field","name":{"kind":"Name","value":"uncaughtExceptionsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"push"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settingsBitmask"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCSVImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalHipchatEnterpriseImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackImportedUsers"}},{"kind":"Field","name":{"kind":"Name","value":"totalSlackUsersImportedUsers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalInstalled"}},{"kind":"Field","name":{"kind":"Name","value":"totalActive"}},{"kind":"Field","name":{"kind":"Name","value":"totalFailed"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateApps"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrivateAppsEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"federation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servers"}},{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"overview"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyPeakConnections"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyPeakConnections"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueOS"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yesterday"}},{"kind":"Field","name":{"kind":"Name","value":"lastWeek"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}}]}}]}}]}}]} as unknown as DocumentNode<SnapshotPageQuery, SnapshotPageQueryVariables>;