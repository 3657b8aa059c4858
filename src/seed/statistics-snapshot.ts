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
    ...processOnlyFigures(seed, options, takenAt),
  };
}

/**
 * What only Rocket.Chat's process knows (src/figures/rocketchat-process.ts): the build tag, peak
 * connections and session windows, login services and video conferences. Drawn from a fork of their
 * own, so the snapshot's other figures stay as they were.
 */
function processOnlyFigures(seed: number, options: SeedOptions, takenAt: Date): Document {
  const random = new SeededRandom(seed).fork('statistics-snapshot-process');
  const maxMonthlyPeakConnections = random.int(20, 40) + Math.round(options.users / 20);
  const dailyPeakConnections = random.int(10, maxMonthlyPeakConnections);
  const window = (days: number) => {
    const count = Math.min(options.users, random.int(5, 10) + Math.round((options.users * days) / 60));
    return {
      year: takenAt.getUTCFullYear(),
      month: takenAt.getUTCMonth() + 1,
      day: takenAt.getUTCDate(),
      data: [
        {
          count,
          sessions: count * random.int(2, 6),
          time: count * random.int(600, 3600),
          roles: [{ role: 'user', count, sessions: count * 2, time: count * 900 }],
        },
      ],
    };
  };
  return {
    tag: rocketChatBuild.version,
    branch: `release-${rocketChatBuild.version}`,
    msEnabled: false,
    dailyPeakConnections,
    maxMonthlyPeakConnections,
    uniqueUsersOfYesterday: window(1),
    uniqueUsersOfLastWeek: window(7),
    uniqueUsersOfLastMonth: window(30),
    services: {
      ldap: { enabled: false, users: 0 },
      saml: { enabled: false, users: 0 },
      cas: { enabled: false, users: 0 },
      oauth: { apple: false, facebook: false, github: true, gitlab: false, google: true },
    },
    videoConf: { videoConference: { started: random.int(0, 20), ended: random.int(0, 20) }, direct: { calling: 0, started: 0, ended: 0 } },
    abacEnabled: false,
  };
}
