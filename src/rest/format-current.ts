import type { AllFiguresFragment } from '../generated/operations';
import { hostOs, hostProcess, isoDate, migrationControl, optionalIsoDate } from './wire-values';

/**
 * A snapshot as Rocket.Chat 6.x–8.x answers it: today's definitions, keys in the order of its
 * `IStats` type, limited to the figures this gateway knows. Rocket.Chat nests the Apps-Engine
 * version under `apps`; the key is left out when no Rocket.Chat snapshot records it.
 */
export function statisticsCurrent(figures: AllFiguresFragment) {
  return {
    _id: figures.id,
    uniqueId: figures.uniqueId,
    installedAt: optionalIsoDate(figures.installedAt),
    version: figures.version,
    totalUsers: figures.totalUsers,
    activeUsers: figures.activeUsers,
    activeGuests: figures.activeGuests,
    nonActiveUsers: figures.nonActiveUsers,
    appUsers: figures.appUsers,
    onlineUsers: figures.onlineUsers,
    awayUsers: figures.awayUsers,
    busyUsers: figures.busyUsers,
    totalConnectedUsers: figures.totalConnectedUsers,
    offlineUsers: figures.offlineUsers,
    totalRooms: figures.totalRooms,
    totalChannels: figures.totalChannels,
    totalPrivateGroups: figures.totalPrivateGroups,
    totalDirect: figures.totalDirect,
    totalLivechat: figures.totalLivechat,
    totalDiscussions: figures.totalDiscussions,
    totalThreads: figures.totalThreads,
    totalMessages: figures.totalMessages,
    totalChannelMessages: figures.totalChannelMessages,
    totalPrivateGroupMessages: figures.totalPrivateGroupMessages,
    totalDirectMessages: figures.totalDirectMessages,
    totalDiscussionsMessages: figures.totalDiscussionsMessages,
    totalLivechatMessages: figures.totalLivechatMessages,
    lastLogin: optionalIsoDate(figures.lastLogin),
    lastMessageSentAt: optionalIsoDate(figures.lastMessageSentAt),
    lastSeenSubscription: optionalIsoDate(figures.lastSeenSubscription),
    os: hostOs(figures.os),
    process: hostProcess(figures.process),
    deploy: { method: figures.deploy.method, platform: figures.deploy.platform },
    apps: figures.appsEngineVersion === null ? undefined : { engineVersion: figures.appsEngineVersion },
    uploadsTotal: figures.uploadsTotal,
    uploadsTotalSize: figures.uploadsTotalSize,
    migration: migrationControl(figures.migration),
    instanceCount: figures.instanceCount,
    mongoVersion: figures.mongoVersion,
    mongoStorageEngine: figures.mongoStorageEngine,
    createdAt: isoDate(figures.createdAt),
    _updatedAt: optionalIsoDate(figures.updatedAt),
  };
}

/** The REST names of the current format that are stored under another name. */
export const storedNamesCurrent: Record<string, string> = {
  'migration._id': 'migration.id',
  'apps.engineVersion': 'appsEngineVersion',
};
