import type { AllFiguresFragment } from '../generated/operations';
import { hostOs, hostProcess, isoDate, migrationControl, optionalIsoDate } from './wire-values';

/**
 * A snapshot as Rocket.Chat 0.61 answered it (seed 000): its keys in its order, its definitions
 * (`legacy`) where they differ from today's, and its misspelt `totlalLivechat`, kept because old
 * clients read that key.
 */
export function statistics061(figures: AllFiguresFragment) {
  const legacy = figures.legacy;
  return {
    _id: figures.id,
    uniqueId: figures.uniqueId,
    installedAt: optionalIsoDate(figures.installedAt),
    version: figures.version,
    totalUsers: figures.totalUsers,
    activeUsers: legacy.activeUsers,
    nonActiveUsers: legacy.nonActiveUsers,
    onlineUsers: legacy.onlineUsers,
    awayUsers: legacy.awayUsers,
    offlineUsers: legacy.offlineUsers,
    totalRooms: figures.totalRooms,
    totalChannels: figures.totalChannels,
    totalPrivateGroups: figures.totalPrivateGroups,
    totalDirect: figures.totalDirect,
    totlalLivechat: figures.totalLivechat,
    totalMessages: legacy.totalMessages,
    totalChannelMessages: legacy.totalChannelMessages,
    totalPrivateGroupMessages: legacy.totalPrivateGroupMessages,
    totalDirectMessages: figures.totalDirectMessages,
    totalLivechatMessages: figures.totalLivechatMessages,
    lastLogin: optionalIsoDate(figures.lastLogin),
    lastMessageSentAt: optionalIsoDate(figures.lastMessageSentAt),
    lastSeenSubscription: optionalIsoDate(figures.lastSeenSubscription),
    os: hostOs(figures.os),
    process: hostProcess(figures.process),
    deploy: { method: figures.deploy.method, platform: figures.deploy.platform },
    migration: migrationControl(figures.migration),
    instanceCount: figures.instanceCount,
    createdAt: isoDate(figures.createdAt),
    _updatedAt: optionalIsoDate(figures.updatedAt),
  };
}

/** The REST names of 0.61 that are stored under another name (sort and query use stored names). */
export const storedNames061: Record<string, string> = {
  totlalLivechat: 'totalLivechat',
  activeUsers: 'legacy.activeUsers',
  nonActiveUsers: 'legacy.nonActiveUsers',
  onlineUsers: 'legacy.onlineUsers',
  awayUsers: 'legacy.awayUsers',
  offlineUsers: 'legacy.offlineUsers',
  totalMessages: 'legacy.totalMessages',
  totalChannelMessages: 'legacy.totalChannelMessages',
  totalPrivateGroupMessages: 'legacy.totalPrivateGroupMessages',
  'migration._id': 'migration.id',
};
