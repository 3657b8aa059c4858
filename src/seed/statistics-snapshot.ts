import type { Document } from 'mongodb';
import type { DeploymentIdentity } from './fixtures';
import { baseDate, installedAt, type SeedOptions } from './options';
import { SeededRandom } from './random';
import { randomId } from './rocketchat-ids';

/** The Rocket.Chat build the synthetic workspace claims to run. */
export const rocketChatBuild = { version: '6.12.0', appsEngineVersion: '1.45.0' } as const;

const day = 24 * 3600 * 1000;

/**
 * One `rocketchat_statistics` snapshot as Rocket.Chat's daily job stores it. It was taken a week
 * before the base date, so its figures are those of a smaller, earlier workspace and must not match
 * what the gateway counts now; only its build facts (version, apps engine) are read.
 */
export function buildRocketChatSnapshot(seed: number, options: SeedOptions, identity: DeploymentIdentity): Document {
  const random = new SeededRandom(seed).fork('statistics-snapshot');
  const takenAt = new Date(baseDate.getTime() - 7 * day);
  const earlier = (count: number) => Math.floor(count * 0.9);
  const totalUsers = earlier(options.users);
  const [onlineUsers, awayUsers, busyUsers] = [random.int(1, 20), random.int(1, 10), random.int(0, 5)];
  return {
    _id: randomId(random),
    wizard: { organizationType: 'enterprise', industry: 'technologyProvider', size: '4', country: 'worldwide', language: 'en' },
    uniqueId: identity.uniqueId,
    installedAt,
    version: rocketChatBuild.version,
    totalUsers,
    activeUsers: earlier(totalUsers),
    activeGuests: random.int(1, 10),
    nonActiveUsers: totalUsers - earlier(totalUsers),
    appUsers: 1,
    onlineUsers,
    awayUsers,
    busyUsers,
    totalConnectedUsers: onlineUsers + awayUsers,
    offlineUsers: totalUsers - onlineUsers - awayUsers - busyUsers,
    totalRooms: earlier(options.rooms),
    totalMessages: earlier(options.messages),
    deploy: { method: 'docker', platform: 'selfinstall' },
    migration: { _id: 'control', locked: false, version: 304, buildAt: new Date(baseDate.getTime() - 12 * day) },
    instanceCount: 2,
    mongoVersion: '7.0.14',
    mongoStorageEngine: 'wiredTiger',
    apps: { engineVersion: rocketChatBuild.appsEngineVersion, totalInstalled: 3, totalActive: 2, totalFailed: 0 },
    createdAt: takenAt,
    _updatedAt: takenAt,
  };
}
