import type { Document } from 'mongodb';
import { SeededRandom } from './random';
import { randomId } from './rocketchat-ids';
import type { UserProfile } from './users';

// rocketchat_sessions' `user_daily` documents, as Rocket.Chat's daily job writes them
// (packages/models/src/models/Sessions.ts aggregates.dailySessions): one per user and day with
// their sessions, seconds and devices. Like instance heartbeats, the days are relative to `now`,
// not to the base date: "yesterday" and "the last week" mean something only next to the reader's clock.

/** How many days back the documents go (Rocket.Chat keeps 45; the windows read 31 at most). */
export const sessionDays = 60;
const dayMs = 24 * 3600 * 1000;

const systems: ReadonlyArray<readonly [{ name: string; version: string }, number]> = [
  [{ name: 'Windows', version: '10' }, 4],
  [{ name: 'Mac OS', version: '14.2' }, 3],
  [{ name: 'Linux', version: '6.1' }, 2],
  [{ name: 'iOS', version: '17.2' }, 2],
  [{ name: 'Android', version: '14' }, 2],
];
const clients: ReadonlyArray<readonly [{ type: string; name: string; version: string }, number]> = [
  [{ type: 'browser', name: 'Chrome', version: '120.0' }, 5],
  [{ type: 'browser', name: 'Firefox', version: '121.0' }, 2],
  [{ type: 'browser', name: 'Safari', version: '17.0' }, 1],
  [{ type: 'desktop-app', name: 'Electron', version: '28.0' }, 2],
  [{ type: 'mobile-app', name: 'RC Mobile', version: '4.45' }, 2],
];

/** Users with a session on one day: a daily share that grows slowly with the workspace. */
export function dailyActiveUsers(users: number): number {
  return Math.min(users, Math.round(5 * Math.sqrt(users)));
}

const mostImportantRole = (profile: UserProfile) =>
  ['admin', 'livechat-manager', 'livechat-agent', 'user', 'guest'].find((role) => profile.roles.includes(role)) ?? 'user';

function device(random: SeededRandom): Document {
  const client = random.weighted(clients);
  // One device in twenty (a script, an old client) names no system.
  const os = random.chance(0.05) ? undefined : random.weighted(systems);
  const sessions = random.int(1, 4);
  return { device: { ...client, longVersion: `${client.version}.0`, ...(os ? { os } : {}) }, sessions, time: sessions * random.int(60, 3600) };
}

function userDaily(random: SeededRandom, userId: string, role: string, date: Date): Document {
  const devices = Array.from({ length: random.chance(0.3) ? 2 : 1 }, () => device(random));
  return {
    _id: randomId(random),
    type: 'user_daily',
    userId,
    mostImportantRole: role,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    sessions: devices.reduce((sum, d) => sum + d.sessions, 0),
    time: devices.reduce((sum, d) => sum + d.time, 0),
    devices,
    _computedAt: new Date(date.getTime() + dayMs),
  };
}

/** Active users of each of the last `sessionDays` days, a few anonymous readers among them. */
export function* generateSessions(seed: number, users: UserProfile[], now: Date): Generator<Document> {
  const humans = users.filter((user) => user.active && user.type === 'user');
  const perDay = Math.min(humans.length, dailyActiveUsers(users.length));
  for (let ago = 1; ago <= sessionDays; ago++) {
    const random = new SeededRandom(seed).fork('sessions', ago);
    const date = new Date(now.getTime() - ago * dayMs);
    const first = random.int(0, Math.max(0, humans.length - 1));
    for (let k = 0; k < perDay; k++) {
      const user = humans[(first + k) % humans.length]!;
      yield userDaily(random, user._id, mostImportantRole(user), date);
    }
    for (let k = 0; k < 3; k++) yield userDaily(random, `anonymous-${(ago + k) % 50}`, 'anonymous', date);
  }
}

export const countSessions = (users: UserProfile[]) =>
  sessionDays * (Math.min(users.filter((user) => user.active && user.type === 'user').length, dailyActiveUsers(users.length)) + 3);
