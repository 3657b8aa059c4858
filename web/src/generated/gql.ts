/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query WorkspaceHistoryBegins {\n  historyBegins\n}\n\nquery WorkspaceHistory($from: DateTime!, $to: DateTime!, $step: HistoryStep!, $figures: [String!]!) {\n  history(from: $from, to: $to, step: $step, figures: $figures) {\n    step\n    points {\n      period\n      takenAt\n      source\n      rocketChatVersion\n      definitions\n      values {\n        figure\n        value\n      }\n    }\n  }\n}": typeof types.WorkspaceHistoryBeginsDocument,
    "fragment WorkspaceFigures on Statistics {\n  id\n  createdAt\n  version\n  uniqueId\n  cloudWorkspaceId\n  appsEngineVersion\n  process {\n    nodeVersion\n    pid\n  }\n  migration {\n    version\n    locked\n    lockedAt\n    buildAt\n  }\n  mongoVersion\n  mongoStorageEngine\n  oplogEnabled\n  commit {\n    hash\n    branch\n    subject\n    date\n    author\n    tag\n  }\n  instanceCount\n  instances {\n    id\n    name\n    pid\n    host\n    port\n    nodeVersion\n    createdAt\n    updatedAt\n    live\n  }\n  gateway {\n    version\n    commit\n    restFormatChosenBy\n  }\n  totalUsers\n  onlineUsers\n  busyUsers\n  awayUsers\n  offlineUsers\n  totalConnectedUsers\n  activeUsers\n  activeGuests\n  nonActiveUsers\n  appUsers\n  uploadsTotal\n  uploadsTotalSize\n  totalRooms\n  totalChannels\n  totalPrivateGroups\n  totalDirect\n  totalDiscussions\n  totalLivechat\n  totalMessages\n  totalChannelMessages\n  totalPrivateGroupMessages\n  totalDirectMessages\n  totalDiscussionsMessages\n  totalLivechatMessages\n}\n\nquery WorkspaceOverview {\n  latestSnapshot {\n    ...WorkspaceFigures\n  }\n}\n\nmutation WorkspaceRefresh {\n  takeSnapshot {\n    ...WorkspaceFigures\n  }\n}": typeof types.WorkspaceFiguresFragmentDoc,
};
const documents: Documents = {
    "query WorkspaceHistoryBegins {\n  historyBegins\n}\n\nquery WorkspaceHistory($from: DateTime!, $to: DateTime!, $step: HistoryStep!, $figures: [String!]!) {\n  history(from: $from, to: $to, step: $step, figures: $figures) {\n    step\n    points {\n      period\n      takenAt\n      source\n      rocketChatVersion\n      definitions\n      values {\n        figure\n        value\n      }\n    }\n  }\n}": types.WorkspaceHistoryBeginsDocument,
    "fragment WorkspaceFigures on Statistics {\n  id\n  createdAt\n  version\n  uniqueId\n  cloudWorkspaceId\n  appsEngineVersion\n  process {\n    nodeVersion\n    pid\n  }\n  migration {\n    version\n    locked\n    lockedAt\n    buildAt\n  }\n  mongoVersion\n  mongoStorageEngine\n  oplogEnabled\n  commit {\n    hash\n    branch\n    subject\n    date\n    author\n    tag\n  }\n  instanceCount\n  instances {\n    id\n    name\n    pid\n    host\n    port\n    nodeVersion\n    createdAt\n    updatedAt\n    live\n  }\n  gateway {\n    version\n    commit\n    restFormatChosenBy\n  }\n  totalUsers\n  onlineUsers\n  busyUsers\n  awayUsers\n  offlineUsers\n  totalConnectedUsers\n  activeUsers\n  activeGuests\n  nonActiveUsers\n  appUsers\n  uploadsTotal\n  uploadsTotalSize\n  totalRooms\n  totalChannels\n  totalPrivateGroups\n  totalDirect\n  totalDiscussions\n  totalLivechat\n  totalMessages\n  totalChannelMessages\n  totalPrivateGroupMessages\n  totalDirectMessages\n  totalDiscussionsMessages\n  totalLivechatMessages\n}\n\nquery WorkspaceOverview {\n  latestSnapshot {\n    ...WorkspaceFigures\n  }\n}\n\nmutation WorkspaceRefresh {\n  takeSnapshot {\n    ...WorkspaceFigures\n  }\n}": types.WorkspaceFiguresFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceHistoryBegins {\n  historyBegins\n}\n\nquery WorkspaceHistory($from: DateTime!, $to: DateTime!, $step: HistoryStep!, $figures: [String!]!) {\n  history(from: $from, to: $to, step: $step, figures: $figures) {\n    step\n    points {\n      period\n      takenAt\n      source\n      rocketChatVersion\n      definitions\n      values {\n        figure\n        value\n      }\n    }\n  }\n}"): typeof import('./graphql').WorkspaceHistoryBeginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WorkspaceFigures on Statistics {\n  id\n  createdAt\n  version\n  uniqueId\n  cloudWorkspaceId\n  appsEngineVersion\n  process {\n    nodeVersion\n    pid\n  }\n  migration {\n    version\n    locked\n    lockedAt\n    buildAt\n  }\n  mongoVersion\n  mongoStorageEngine\n  oplogEnabled\n  commit {\n    hash\n    branch\n    subject\n    date\n    author\n    tag\n  }\n  instanceCount\n  instances {\n    id\n    name\n    pid\n    host\n    port\n    nodeVersion\n    createdAt\n    updatedAt\n    live\n  }\n  gateway {\n    version\n    commit\n    restFormatChosenBy\n  }\n  totalUsers\n  onlineUsers\n  busyUsers\n  awayUsers\n  offlineUsers\n  totalConnectedUsers\n  activeUsers\n  activeGuests\n  nonActiveUsers\n  appUsers\n  uploadsTotal\n  uploadsTotalSize\n  totalRooms\n  totalChannels\n  totalPrivateGroups\n  totalDirect\n  totalDiscussions\n  totalLivechat\n  totalMessages\n  totalChannelMessages\n  totalPrivateGroupMessages\n  totalDirectMessages\n  totalDiscussionsMessages\n  totalLivechatMessages\n}\n\nquery WorkspaceOverview {\n  latestSnapshot {\n    ...WorkspaceFigures\n  }\n}\n\nmutation WorkspaceRefresh {\n  takeSnapshot {\n    ...WorkspaceFigures\n  }\n}"): typeof import('./graphql').WorkspaceFiguresFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
