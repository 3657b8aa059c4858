import type { Document } from 'mongodb';
import type { DeploymentIdentity } from './fixtures';
import { baseDate, type SeedOptions } from './options';
import { SeededRandom } from './random';
import { randomId } from './rocketchat-ids';
import { rocketChatBuild } from './statistics-snapshot';

const dayMs = 24 * 3600 * 1000;

/** Two years of Rocket.Chat's daily snapshots, up to the day before its newest one (statistics-snapshot.ts). */
export const historyDays = 730;
const newestDay = new Date(baseDate.getTime() - 8 * dayMs);
export const historyStartsAt = new Date(newestDay.getTime() - (historyDays - 1) * dayMs);

/**
 * The Rocket.Chat versions the workspace ran, from the day each was installed. Until the upgrade it ran
 * 0.74.3, which stored the 0.61 definitions under their keys (activeUsers of every type, totalMessages
 * as the count of message documents, the misspelt `totlalLivechat`); from 6.10.0 on, today's.
 */
export const historyVersions: { from: Date; version: string }[] = [
  { from: historyStartsAt, version: '0.74.3' },
  { from: new Date('2024-09-16T00:00:00.000Z'), version: '6.10.0' },
  { from: new Date('2025-03-03T00:00:00.000Z'), version: '6.11.1' },
  { from: new Date('2025-08-18T00:00:00.000Z'), version: rocketChatBuild.version },
];

/** Days the daily job did not run (the server was down for maintenance): no snapshot. */
export const historyOutage = { from: new Date('2025-06-07T00:00:00.000Z'), days: 3 };
/** A day an admin pressed Refresh on Rocket.Chat's Workspace page: a second snapshot that afternoon. */
export const historyRefreshDay = new Date('2025-10-14T00:00:00.000Z');

const versionOn = (day: Date) => historyVersions.filter((entry) => entry.from.getTime() <= day.getTime()).at(-1)!.version;

/**
 * Growth from a smaller workspace to the newest snapshot's (90 % of today's counts): an S-curve,
 * fast in the first months after the upgrade, flattening towards the end.
 */
function grown(finalCount: number, progress: number, startShare: number): number {
  const curve = 1 / (1 + Math.exp(-8 * (progress - 0.45)));
  const [low, high] = [1 / (1 + Math.exp(3.6)), 1 / (1 + Math.exp(-4.4))];
  const share = startShare + (1 - startShare) * ((curve - low) / (high - low));
  return Math.round(finalCount * 0.9 * share);
}

function snapshotOn(takenAt: Date, progress: number, options: SeedOptions, identity: DeploymentIdentity, random: SeededRandom): Document {
  const version = versionOn(takenAt);
  const totalUsers = grown(options.users, progress, 0.35);
  const totalRooms = grown(options.rooms, progress, 0.3);
  const roomMessages = grown(options.messages, progress, 0.2);
  const weekday = takenAt.getUTCDay() >= 1 && takenAt.getUTCDay() <= 5;
  const onlineUsers = Math.max(1, Math.round(totalUsers * (weekday ? 0.06 : 0.02)) + random.int(-2, 2));
  const awayUsers = Math.max(0, Math.round(totalUsers * 0.02) + random.int(-1, 1));
  const common = {
    _id: randomId(random),
    uniqueId: identity.uniqueId,
    version,
    totalUsers,
    onlineUsers,
    awayUsers,
    totalRooms,
    createdAt: takenAt,
    _updatedAt: takenAt,
  };
  const [channels, groups, direct] = [Math.round(totalRooms * 0.3), Math.round(totalRooms * 0.2), Math.round(totalRooms * 0.45)];
  const livechat = totalRooms - channels - groups - direct;
  if (version.startsWith('0.')) {
    // 0.61's definitions: every active user, whatever its type; every message document, system messages too.
    const activeUsers = Math.round(totalUsers * 0.93) + 3;
    return {
      ...common,
      activeUsers,
      nonActiveUsers: totalUsers - activeUsers,
      offlineUsers: totalUsers - onlineUsers - awayUsers,
      totalChannels: channels,
      totalPrivateGroups: groups,
      totalDirect: direct,
      totlalLivechat: livechat,
      totalMessages: Math.round(roomMessages * 1.04),
    };
  }
  const activeUsers = Math.round(totalUsers * 0.9);
  const busyUsers = random.int(0, 3);
  return {
    ...common,
    activeUsers,
    nonActiveUsers: totalUsers - Math.round(totalUsers * 0.93) - 3,
    busyUsers,
    offlineUsers: totalUsers - onlineUsers - awayUsers - busyUsers,
    totalConnectedUsers: onlineUsers + awayUsers,
    totalChannels: channels,
    totalPrivateGroups: groups,
    totalDirect: direct,
    totalLivechat: livechat,
    totalMessages: roomMessages,
  };
}

/**
 * Rocket.Chat's daily snapshots for the two years before its newest one, oldest first, as its
 * daily job stores them (`statistics.save` in apps/meteor/app/statistics/server/lib/statistics.ts): one
 * a day at about 02:00 UTC, with a three-day outage, one extra refresh, and the upgrade from 0.74.3.
 */
export function buildRocketChatHistory(seed: number, options: SeedOptions, identity: DeploymentIdentity): Document[] {
  const random = new SeededRandom(seed).fork('statistics-history');
  const snapshots: Document[] = [];
  const outageEnds = historyOutage.from.getTime() + historyOutage.days * dayMs;
  for (let day = 0; day < historyDays; day++) {
    const midnight = historyStartsAt.getTime() + day * dayMs;
    if (midnight >= historyOutage.from.getTime() && midnight < outageEnds) continue;
    const progress = day / (historyDays - 1);
    snapshots.push(snapshotOn(new Date(midnight + 2 * 3600 * 1000 + random.int(0, 59) * 60_000), progress, options, identity, random));
    if (midnight === historyRefreshDay.getTime()) snapshots.push(snapshotOn(new Date(midnight + 15 * 3600 * 1000), progress, options, identity, random));
  }
  return snapshots;
}
