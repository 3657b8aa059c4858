import * as deployment from '../figures/deployment';
import type { GatewayFacts } from '../figures/gateway';
import { readOs, readProcess, type DeployFacts } from '../figures/host';
import * as messages from '../figures/messages';
import * as rooms from '../figures/rooms';
import * as users from '../figures/users';
import type { LegacyStatistics } from '../schema/legacy-statistics.type';
import type { Statistics } from '../schema/statistics.type';
import type { Loaders } from './loaders';

/** A value GraphQL can resolve: the value itself, a promise of it, or an object of such values. */
export type Live<T> = { [K in keyof T]: T[K] | Promise<T[K]> | Live<T[K]> };

export interface LiveContext {
  loaders: Loaders;
  deploy: DeployFacts;
  gateway: GatewayFacts;
  /** When the computation started; instance liveness is measured from it. */
  now: Date;
}

/**
 * The `Statistics` object of a live request. Every field is a getter, so GraphQL evaluates (and
 * queries the database for) only the selected fields; the loaders send each query at most once.
 */
export function liveStatistics(c: LiveContext): Live<Statistics> {
  const l = c.loaders;
  return {
    id: null,
    createdAt: c.now,
    updatedAt: null,
    get uniqueId() { return deployment.uniqueId(l); },
    get installedAt() { return deployment.installedAt(l); },
    get cloudWorkspaceId() { return deployment.cloudWorkspaceId(l); },
    get version() { return deployment.version(l); },
    get appsEngineVersion() { return deployment.appsEngineVersion(l); },
    get commit() { return deployment.commit(l); },
    gateway: c.gateway,
    get mongoVersion() { return deployment.mongoVersion(l); },
    get mongoStorageEngine() { return deployment.mongoStorageEngine(l); },
    get migration() { return deployment.migration(l); },
    get instances() { return deployment.instances(l, c.now); },
    get instanceCount() { return deployment.instanceCount(l, c.now); },
    deploy: c.deploy,
    get os() { return readOs(); },
    get process() { return readProcess(); },

    get totalUsers() { return users.totalUsers(l); },
    get activeUsers() { return users.activeUsers(l); },
    get nonActiveUsers() { return users.nonActiveUsers(l); },
    get onlineUsers() { return users.onlineUsers(l); },
    get awayUsers() { return users.awayUsers(l); },
    get busyUsers() { return users.busyUsers(l); },
    get offlineUsers() { return users.offlineUsers(l); },
    get totalConnectedUsers() { return users.totalConnectedUsers(l); },
    get activeGuests() { return users.activeGuests(l); },
    get appUsers() { return users.appUsers(l); },
    get lastLogin() { return users.lastLogin(l); },

    get totalRooms() { return rooms.totalRooms(l); },
    get totalChannels() { return rooms.totalChannels(l); },
    get totalPrivateGroups() { return rooms.totalPrivateGroups(l); },
    get totalDirect() { return rooms.totalDirect(l); },
    get totalLivechat() { return rooms.totalLivechat(l); },
    get totalDiscussions() { return rooms.totalDiscussions(l); },

    get totalMessages() { return rooms.totalMessages(l); },
    get totalThreads() { return messages.totalThreads(l); },
    get totalChannelMessages() { return rooms.totalChannelMessages(l); },
    get totalPrivateGroupMessages() { return rooms.totalPrivateGroupMessages(l); },
    get totalDirectMessages() { return rooms.totalDirectMessages(l); },
    get totalLivechatMessages() { return rooms.totalLivechatMessages(l); },
    get totalDiscussionsMessages() { return rooms.totalDiscussionsMessages(l); },
    get lastMessageSentAt() { return messages.lastMessageSentAt(l); },
    get lastSeenSubscription() { return messages.lastSeenSubscription(l); },

    get uploadsTotal() { return messages.uploadsTotal(l); },
    get uploadsTotalSize() { return messages.uploadsTotalSize(l); },

    get legacy() { return liveLegacyStatistics(l); },
  };
}

function liveLegacyStatistics(l: Loaders): Live<LegacyStatistics> {
  return {
    get activeUsers() { return users.legacyActiveUsers(l); },
    get nonActiveUsers() { return users.legacyNonActiveUsers(l); },
    get onlineUsers() { return users.legacyOnlineUsers(l); },
    get awayUsers() { return users.legacyAwayUsers(l); },
    get offlineUsers() { return users.legacyOfflineUsers(l); },
    get totalChannelMessages() { return rooms.legacyTotalChannelMessages(l); },
    get totalPrivateGroupMessages() { return rooms.legacyTotalPrivateGroupMessages(l); },
    get totalMessages() { return messages.legacyTotalMessages(l); },
  };
}
