/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How far apart the points of a history are. Steps are periods of UTC time. */
export type HistoryStep =
  /** One point per UTC day. */
  | 'DAY'
  /** One point per calendar month (UTC). */
  | 'MONTH'
  /** One point per ISO week, from Monday 00:00 UTC. */
  | 'WEEK';

/** Which collection a stored snapshot came from. */
export type SnapshotSource =
  /** The gateway's snapshot in its SNAPSHOT_COLLECTION (takeSnapshot, REST refresh). */
  | 'GATEWAY'
  /** Rocket.Chat's own daily snapshot in rocketchat_statistics. */
  | 'ROCKET_CHAT';

export type WorkspaceHistoryBeginsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceHistoryBeginsQuery = { historyBegins: string | null };

export type WorkspaceHistoryQueryVariables = Exact<{
  from: string;
  to: string;
  step: HistoryStep;
  figures: Array<string> | string;
}>;


export type WorkspaceHistoryQuery = { history: { step: HistoryStep, points: Array<{ period: string, takenAt: string, source: SnapshotSource, rocketChatVersion: string | null, definitions: string, values: Array<{ figure: string, value: number | null }> }> } };

export type WorkspaceFiguresFragment = { id: string | null, createdAt: string, version: string | null, uniqueId: string | null, cloudWorkspaceId: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string | null, oplogEnabled: boolean | null, instanceCount: number | null, totalUsers: number | null, onlineUsers: number | null, busyUsers: number | null, awayUsers: number | null, offlineUsers: number | null, totalConnectedUsers: number | null, activeUsers: number | null, activeGuests: number | null, nonActiveUsers: number | null, appUsers: number | null, uploadsTotal: number | null, uploadsTotalSize: number | null, totalRooms: number | null, totalChannels: number | null, totalPrivateGroups: number | null, totalDirect: number | null, totalDiscussions: number | null, totalLivechat: number | null, totalMessages: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalDirectMessages: number | null, totalDiscussionsMessages: number | null, totalLivechatMessages: number | null, process: { nodeVersion: string, pid: number }, migration: { version: number, locked: boolean, lockedAt: string | null, buildAt: string | null } | null, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, instances: Array<{ id: string, name: string | null, pid: number | null, host: string | null, port: string | null, nodeVersion: string | null, createdAt: string | null, updatedAt: string | null, live: boolean }> | null, gateway: { version: string, commit: string | null, restFormatChosenBy: string } };

export type WorkspaceOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceOverviewQuery = { latestSnapshot: { id: string | null, createdAt: string, version: string | null, uniqueId: string | null, cloudWorkspaceId: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string | null, oplogEnabled: boolean | null, instanceCount: number | null, totalUsers: number | null, onlineUsers: number | null, busyUsers: number | null, awayUsers: number | null, offlineUsers: number | null, totalConnectedUsers: number | null, activeUsers: number | null, activeGuests: number | null, nonActiveUsers: number | null, appUsers: number | null, uploadsTotal: number | null, uploadsTotalSize: number | null, totalRooms: number | null, totalChannels: number | null, totalPrivateGroups: number | null, totalDirect: number | null, totalDiscussions: number | null, totalLivechat: number | null, totalMessages: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalDirectMessages: number | null, totalDiscussionsMessages: number | null, totalLivechatMessages: number | null, process: { nodeVersion: string, pid: number }, migration: { version: number, locked: boolean, lockedAt: string | null, buildAt: string | null } | null, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, instances: Array<{ id: string, name: string | null, pid: number | null, host: string | null, port: string | null, nodeVersion: string | null, createdAt: string | null, updatedAt: string | null, live: boolean }> | null, gateway: { version: string, commit: string | null, restFormatChosenBy: string } } | null };

export type WorkspaceRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceRefreshMutation = { takeSnapshot: { id: string | null, createdAt: string, version: string | null, uniqueId: string | null, cloudWorkspaceId: string | null, appsEngineVersion: string | null, mongoVersion: string | null, mongoStorageEngine: string | null, oplogEnabled: boolean | null, instanceCount: number | null, totalUsers: number | null, onlineUsers: number | null, busyUsers: number | null, awayUsers: number | null, offlineUsers: number | null, totalConnectedUsers: number | null, activeUsers: number | null, activeGuests: number | null, nonActiveUsers: number | null, appUsers: number | null, uploadsTotal: number | null, uploadsTotalSize: number | null, totalRooms: number | null, totalChannels: number | null, totalPrivateGroups: number | null, totalDirect: number | null, totalDiscussions: number | null, totalLivechat: number | null, totalMessages: number | null, totalChannelMessages: number | null, totalPrivateGroupMessages: number | null, totalDirectMessages: number | null, totalDiscussionsMessages: number | null, totalLivechatMessages: number | null, process: { nodeVersion: string, pid: number }, migration: { version: number, locked: boolean, lockedAt: string | null, buildAt: string | null } | null, commit: { hash: string | null, branch: string | null, subject: string | null, date: string | null, author: string | null, tag: string | null } | null, instances: Array<{ id: string, name: string | null, pid: number | null, host: string | null, port: string | null, nodeVersion: string | null, createdAt: string | null, updatedAt: string | null, live: boolean }> | null, gateway: { version: string, commit: string | null, restFormatChosenBy: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WorkspaceFiguresFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceFigures on Statistics {
  id
  createdAt
  version
  uniqueId
  cloudWorkspaceId
  appsEngineVersion
  process {
    nodeVersion
    pid
  }
  migration {
    version
    locked
    lockedAt
    buildAt
  }
  mongoVersion
  mongoStorageEngine
  oplogEnabled
  commit {
    hash
    branch
    subject
    date
    author
    tag
  }
  instanceCount
  instances {
    id
    name
    pid
    host
    port
    nodeVersion
    createdAt
    updatedAt
    live
  }
  gateway {
    version
    commit
    restFormatChosenBy
  }
  totalUsers
  onlineUsers
  busyUsers
  awayUsers
  offlineUsers
  totalConnectedUsers
  activeUsers
  activeGuests
  nonActiveUsers
  appUsers
  uploadsTotal
  uploadsTotalSize
  totalRooms
  totalChannels
  totalPrivateGroups
  totalDirect
  totalDiscussions
  totalLivechat
  totalMessages
  totalChannelMessages
  totalPrivateGroupMessages
  totalDirectMessages
  totalDiscussionsMessages
  totalLivechatMessages
}
    `, {"fragmentName":"WorkspaceFigures"}) as unknown as TypedDocumentString<WorkspaceFiguresFragment, unknown>;
export const WorkspaceHistoryBeginsDocument = new TypedDocumentString(`
    query WorkspaceHistoryBegins {
  historyBegins
}
    `) as unknown as TypedDocumentString<WorkspaceHistoryBeginsQuery, WorkspaceHistoryBeginsQueryVariables>;
export const WorkspaceHistoryDocument = new TypedDocumentString(`
    query WorkspaceHistory($from: DateTime!, $to: DateTime!, $step: HistoryStep!, $figures: [String!]!) {
  history(from: $from, to: $to, step: $step, figures: $figures) {
    step
    points {
      period
      takenAt
      source
      rocketChatVersion
      definitions
      values {
        figure
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceHistoryQuery, WorkspaceHistoryQueryVariables>;
export const WorkspaceOverviewDocument = new TypedDocumentString(`
    query WorkspaceOverview {
  latestSnapshot {
    ...WorkspaceFigures
  }
}
    fragment WorkspaceFigures on Statistics {
  id
  createdAt
  version
  uniqueId
  cloudWorkspaceId
  appsEngineVersion
  process {
    nodeVersion
    pid
  }
  migration {
    version
    locked
    lockedAt
    buildAt
  }
  mongoVersion
  mongoStorageEngine
  oplogEnabled
  commit {
    hash
    branch
    subject
    date
    author
    tag
  }
  instanceCount
  instances {
    id
    name
    pid
    host
    port
    nodeVersion
    createdAt
    updatedAt
    live
  }
  gateway {
    version
    commit
    restFormatChosenBy
  }
  totalUsers
  onlineUsers
  busyUsers
  awayUsers
  offlineUsers
  totalConnectedUsers
  activeUsers
  activeGuests
  nonActiveUsers
  appUsers
  uploadsTotal
  uploadsTotalSize
  totalRooms
  totalChannels
  totalPrivateGroups
  totalDirect
  totalDiscussions
  totalLivechat
  totalMessages
  totalChannelMessages
  totalPrivateGroupMessages
  totalDirectMessages
  totalDiscussionsMessages
  totalLivechatMessages
}`) as unknown as TypedDocumentString<WorkspaceOverviewQuery, WorkspaceOverviewQueryVariables>;
export const WorkspaceRefreshDocument = new TypedDocumentString(`
    mutation WorkspaceRefresh {
  takeSnapshot {
    ...WorkspaceFigures
  }
}
    fragment WorkspaceFigures on Statistics {
  id
  createdAt
  version
  uniqueId
  cloudWorkspaceId
  appsEngineVersion
  process {
    nodeVersion
    pid
  }
  migration {
    version
    locked
    lockedAt
    buildAt
  }
  mongoVersion
  mongoStorageEngine
  oplogEnabled
  commit {
    hash
    branch
    subject
    date
    author
    tag
  }
  instanceCount
  instances {
    id
    name
    pid
    host
    port
    nodeVersion
    createdAt
    updatedAt
    live
  }
  gateway {
    version
    commit
    restFormatChosenBy
  }
  totalUsers
  onlineUsers
  busyUsers
  awayUsers
  offlineUsers
  totalConnectedUsers
  activeUsers
  activeGuests
  nonActiveUsers
  appUsers
  uploadsTotal
  uploadsTotalSize
  totalRooms
  totalChannels
  totalPrivateGroups
  totalDirect
  totalDiscussions
  totalLivechat
  totalMessages
  totalChannelMessages
  totalPrivateGroupMessages
  totalDirectMessages
  totalDiscussionsMessages
  totalLivechatMessages
}`) as unknown as TypedDocumentString<WorkspaceRefreshMutation, WorkspaceRefreshMutationVariables>;