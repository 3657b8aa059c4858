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

export type HealthRoomRowFragment = { id: string, name: string, type: string, messages: number, members: number, lastMessageAt: string | null };

export type HealthUserRowFragment = { id: string, username: string | null, name: string | null, type: string | null, roles: Array<string>, lastLogin: string | null };

export type HealthPageFragment = { endCursor: string | null, hasNextPage: boolean };

export type HealthCountsQueryVariables = Exact<{
  days: number;
}>;


export type HealthCountsQuery = { health: { rooms: { silentSince: { count: number | null } | null, neverUsed: { count: number | null } }, users: { notLoggedInSince: { count: number | null, byType: Array<{ key: string, users: number }> | null, byRole: Array<{ key: string, users: number }> | null } | null, neverLoggedIn: { count: number | null } } } };

export type HealthOwnerlessCountQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthOwnerlessCountQuery = { health: { rooms: { withoutOwner: { count: number | null } } } };

export type HealthSilentRoomsQueryVariables = Exact<{
  days: number;
  first: number;
  after?: string | null | undefined;
}>;


export type HealthSilentRoomsQuery = { health: { rooms: { silentSince: { list: { nodes: Array<{ id: string, name: string, type: string, messages: number, members: number, lastMessageAt: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } | null } } };

export type HealthNeverUsedRoomsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HealthNeverUsedRoomsQuery = { health: { rooms: { neverUsed: { list: { nodes: Array<{ id: string, name: string, type: string, messages: number, members: number, lastMessageAt: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } } } };

export type HealthRoomsWithoutOwnerQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HealthRoomsWithoutOwnerQuery = { health: { rooms: { withoutOwner: { list: { nodes: Array<{ id: string, name: string, type: string, messages: number, members: number, lastMessageAt: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } } } };

export type HealthRoomsByMessagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HealthRoomsByMessagesQuery = { health: { rooms: { topByMessages: { nodes: Array<{ id: string, name: string, type: string, messages: number, members: number, lastMessageAt: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } } };

export type HealthRoomsByMembersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HealthRoomsByMembersQuery = { health: { rooms: { topByMembers: { nodes: Array<{ id: string, name: string, type: string, messages: number, members: number, lastMessageAt: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } } };

export type HealthUsersNotLoggedInQueryVariables = Exact<{
  days: number;
  first: number;
  after?: string | null | undefined;
}>;


export type HealthUsersNotLoggedInQuery = { health: { users: { notLoggedInSince: { list: { nodes: Array<{ id: string, username: string | null, name: string | null, type: string | null, roles: Array<string>, lastLogin: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } | null } } };

export type HealthUsersNeverLoggedInQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HealthUsersNeverLoggedInQuery = { health: { users: { neverLoggedIn: { list: { nodes: Array<{ id: string, username: string | null, name: string | null, type: string | null, roles: Array<string>, lastLogin: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null } } } };

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
export const HealthRoomRowFragmentDoc = new TypedDocumentString(`
    fragment HealthRoomRow on HealthRoom {
  id
  name
  type
  messages
  members
  lastMessageAt
}
    `, {"fragmentName":"HealthRoomRow"}) as unknown as TypedDocumentString<HealthRoomRowFragment, unknown>;
export const HealthUserRowFragmentDoc = new TypedDocumentString(`
    fragment HealthUserRow on HealthUser {
  id
  username
  name
  type
  roles
  lastLogin
}
    `, {"fragmentName":"HealthUserRow"}) as unknown as TypedDocumentString<HealthUserRowFragment, unknown>;
export const HealthPageFragmentDoc = new TypedDocumentString(`
    fragment HealthPage on HealthPageInfo {
  endCursor
  hasNextPage
}
    `, {"fragmentName":"HealthPage"}) as unknown as TypedDocumentString<HealthPageFragment, unknown>;
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
export const HealthCountsDocument = new TypedDocumentString(`
    query HealthCounts($days: Int!) {
  health {
    rooms {
      silentSince(days: $days) {
        count
      }
      neverUsed {
        count
      }
    }
    users {
      notLoggedInSince(days: $days) {
        count
        byType {
          key
          users
        }
        byRole {
          key
          users
        }
      }
      neverLoggedIn {
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HealthCountsQuery, HealthCountsQueryVariables>;
export const HealthOwnerlessCountDocument = new TypedDocumentString(`
    query HealthOwnerlessCount {
  health {
    rooms {
      withoutOwner {
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HealthOwnerlessCountQuery, HealthOwnerlessCountQueryVariables>;
export const HealthSilentRoomsDocument = new TypedDocumentString(`
    query HealthSilentRooms($days: Int!, $first: Int!, $after: String) {
  health {
    rooms {
      silentSince(days: $days) {
        list(first: $first, after: $after) {
          nodes {
            ...HealthRoomRow
          }
          pageInfo {
            ...HealthPage
          }
        }
      }
    }
  }
}
    fragment HealthRoomRow on HealthRoom {
  id
  name
  type
  messages
  members
  lastMessageAt
}
fragment HealthPage on HealthPageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<HealthSilentRoomsQuery, HealthSilentRoomsQueryVariables>;
export const HealthNeverUsedRoomsDocument = new TypedDocumentString(`
    query HealthNeverUsedRooms($first: Int!, $after: String) {
  health {
    rooms {
      neverUsed {
        list(first: $first, after: $after) {
          nodes {
            ...HealthRoomRow
          }
          pageInfo {
            ...HealthPage
          }
        }
      }
    }
  }
}
    fragment HealthRoomRow on HealthRoom {
  id
  name
  type
  messages
  members
  lastMessageAt
}
fragment HealthPage on HealthPageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<HealthNeverUsedRoomsQuery, HealthNeverUsedRoomsQueryVariables>;
export const HealthRoomsWithoutOwnerDocument = new TypedDocumentString(`
    query HealthRoomsWithoutOwner($first: Int!, $after: String) {
  health {
    rooms {
      withoutOwner {
        list(first: $first, after: $after) {
          nodes {
            ...HealthRoomRow
          }
          pageInfo {
            ...HealthPage
          }
        }
      }
    }
  }
}
    fragment HealthRoomRow on HealthRoom {
  id
  name
  type
  messages
  members
  lastMessageAt
}
fragment HealthPage on HealthPageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<HealthRoomsWithoutOwnerQuery, HealthRoomsWithoutOwnerQueryVariables>;
export const HealthRoomsByMessagesDocument = new TypedDocumentString(`
    query HealthRoomsByMessages($first: Int!, $after: String) {
  health {
    rooms {
      topByMessages(first: $first, after: $after) {
        nodes {
          ...HealthRoomRow
        }
        pageInfo {
          ...HealthPage
        }
      }
    }
  }
}
    fragment HealthRoomRow on HealthRoom {
  id
  name
  type
  messages
  members
  lastMessageAt
}
fragment HealthPage on HealthPageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<HealthRoomsByMessagesQuery, HealthRoomsByMessagesQueryVariables>;
export const HealthRoomsByMembersDocument = new TypedDocumentString(`
    query HealthRoomsByMembers($first: Int!, $after: String) {
  health {
    rooms {
      topByMembers(first: $first, after: $after) {
        nodes {
          ...HealthRoomRow
        }
        pageInfo {
          ...HealthPage
        }
      }
    }
  }
}
    fragment HealthRoomRow on HealthRoom {
  id
  name
  type
  messages
  members
  lastMessageAt
}
fragment HealthPage on HealthPageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<HealthRoomsByMembersQuery, HealthRoomsByMembersQueryVariables>;
export const HealthUsersNotLoggedInDocument = new TypedDocumentString(`
    query HealthUsersNotLoggedIn($days: Int!, $first: Int!, $after: String) {
  health {
    users {
      notLoggedInSince(days: $days) {
        list(first: $first, after: $after) {
          nodes {
            ...HealthUserRow
          }
          pageInfo {
            ...HealthPage
          }
        }
      }
    }
  }
}
    fragment HealthUserRow on HealthUser {
  id
  username
  name
  type
  roles
  lastLogin
}
fragment HealthPage on HealthPageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<HealthUsersNotLoggedInQuery, HealthUsersNotLoggedInQueryVariables>;
export const HealthUsersNeverLoggedInDocument = new TypedDocumentString(`
    query HealthUsersNeverLoggedIn($first: Int!, $after: String) {
  health {
    users {
      neverLoggedIn {
        list(first: $first, after: $after) {
          nodes {
            ...HealthUserRow
          }
          pageInfo {
            ...HealthPage
          }
        }
      }
    }
  }
}
    fragment HealthUserRow on HealthUser {
  id
  username
  name
  type
  roles
  lastLogin
}
fragment HealthPage on HealthPageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<HealthUsersNeverLoggedInQuery, HealthUsersNeverLoggedInQueryVariables>;
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