/**
 * The document shapes the seeder writes: the subset of Rocket.Chat's core-typings (IUser, IRoom,
 * IMessage, ISubscription, IUpload) that a workspace of ours fills in, with Rocket.Chat's field names.
 */

export type UserType = 'user' | 'bot' | 'app';
export type UserStatus = 'online' | 'away' | 'busy' | 'offline';
export type UserStatusConnection = 'online' | 'away' | 'offline';
export type RoomType = 'c' | 'p' | 'd' | 'l';

/** A Meteor login token (IMeteorLoginToken). */
export interface LoginToken {
  hashedToken: string;
  when: Date;
}

/** A personal access token (IPersonalAccessToken); it lives in the same array as login tokens. */
export interface PersonalAccessToken {
  hashedToken: string;
  type: 'personalAccessToken';
  name: string;
  createdAt: Date;
  lastTokenPart: string;
  bypassTwoFactor: boolean;
}

export interface UserDocument {
  _id: string;
  createdAt: Date;
  _updatedAt: Date;
  username: string;
  name: string;
  type: UserType;
  roles: string[];
  active: boolean;
  status: UserStatus;
  statusConnection?: UserStatusConnection;
  utcOffset: number;
  lastLogin?: Date;
  emails?: Array<{ address: string; verified: boolean }>;
  federated?: boolean;
  isRemote?: boolean;
  appId?: string;
  language?: string;
  services: {
    password?: { bcrypt: string };
    email2fa?: { enabled: boolean; changedAt: Date };
    totp?: { enabled: boolean; secret: string; hashedBackup: string[] };
    resume: { loginTokens: Array<LoginToken | PersonalAccessToken> };
  };
}

/** `{_id, username, name}` as Rocket.Chat copies a user into rooms, messages and subscriptions. */
export interface UserReference {
  _id: string;
  username: string;
  name: string;
}

/** An omnichannel visitor (not a user): the `v` of a livechat room. */
export interface VisitorReference {
  _id: string;
  username: string;
  token: string;
  status: UserStatus;
}

export interface RoomDocument {
  _id: string;
  t: RoomType;
  ts: Date;
  _updatedAt: Date;
  name?: string;
  fname?: string;
  u?: UserReference;
  msgs?: number;
  usersCount: number;
  lm?: Date;
  default?: boolean;
  ro?: boolean;
  sysMes?: boolean;
  prid?: string;
  usernames?: string[];
  uids?: string[];
  v?: VisitorReference;
  servedBy?: { _id: string; username: string; ts: Date };
  open?: boolean;
  closedAt?: Date;
  source?: { type: string };
  departmentId?: string;
  teamId?: string;
  teamMain?: boolean;
  teamDefault?: boolean;
  broadcast?: boolean;
  encrypted?: boolean;
}

export interface MessageDocument {
  _id: string;
  rid: string;
  msg: string;
  ts: Date;
  u: UserReference;
  _updatedAt: Date;
  t?: string;
  groupable?: boolean;
  token?: string;
  tmid?: string;
  tcount?: number;
  pinned?: boolean;
  pinnedAt?: Date;
  pinnedBy?: { _id: string; username: string };
  tlm?: Date;
  replies?: string[];
  drid?: string;
  mentions?: unknown[];
  channels?: unknown[];
  starred?: Array<{ _id: string }>;
  /** An end-to-end encrypted message's state (`t: 'e2e'`). */
  e2e?: 'pending' | 'done';
}

export interface SubscriptionDocument {
  _id: string;
  rid: string;
  u: { _id: string; username: string };
  t: RoomType;
  name: string;
  fname?: string;
  ts: Date;
  ls?: Date;
  open: boolean;
  alert: boolean;
  unread: number;
  userMentions: number;
  groupMentions: number;
  roles?: string[];
  prid?: string;
  _updatedAt: Date;
}

export interface UploadDocument {
  _id: string;
  rid: string;
  userId: string;
  name: string;
  type: string;
  typeGroup: string;
  extension: string;
  size: number;
  store: 'GridFS:Uploads';
  complete: true;
  uploading: false;
  progress: 1;
  uploadedAt: Date;
  _updatedAt: Date;
  path: string;
  url: string;
}
