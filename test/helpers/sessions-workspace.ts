import type { Db } from 'mongodb';
import { insertMany } from './fixtures';

// user_daily documents that tell the session windows apart (docs/figures.md "Sessions"): a user on
// two devices yesterday, whose role was admin three days ago and user eight days ago; an admin on a
// phone; an anonymous user whose device names no system; a user of 40 days ago, outside every
// window; a raw `session` document, which no window reads.

const dayMs = 24 * 3600 * 1000;
/** The UTC calendar day `daysAgo` days before the test started. */
export const daysAgo = (daysAgo: number, now = new Date()) => {
  const date = new Date(now.getTime() - daysAgo * dayMs);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

const chrome = { type: 'browser', name: 'Chrome', version: '120.0', longVersion: '120.0.6099.109' };
const linux = { name: 'Linux', version: '6.1' };
const device = (fields: Record<string, unknown>, sessions: number, time: number) => ({ device: fields, sessions, time });
const userDaily = (userId: string, ago: number, mostImportantRole: string, devices: ReturnType<typeof device>[]) => ({
  type: 'user_daily',
  userId,
  mostImportantRole,
  ...daysAgo(ago),
  sessions: devices.reduce((sum, d) => sum + d.sessions, 0),
  time: devices.reduce((sum, d) => sum + d.time, 0),
  devices,
  _computedAt: new Date(),
});

export async function insertSessionsWorkspace(db: Db): Promise<void> {
  await insertMany(db, 'rocketchat_sessions', [
    userDaily('ua', 1, 'user', [
      device({ ...chrome, os: linux }, 2, 100),
      device({ type: 'desktop-app', name: 'Electron', version: '28.0', os: { name: 'Mac OS', version: '14.2' } }, 1, 50),
    ]),
    userDaily('ub', 1, 'admin', [device({ type: 'mobile-app', name: 'RC Mobile', version: '4.45', os: { name: 'iOS', version: '17.2' } }, 1, 400)]),
    userDaily('anonymous-1', 1, 'anonymous', [device(chrome, 2, 30)]),
    userDaily('ua', 3, 'admin', [device({ ...chrome, os: linux }, 1, 60), device({ type: 'browser', name: 'Safari', version: '17.0' }, 1, 20)]),
    userDaily('ua', 8, 'user', [device({ type: 'browser', name: 'Firefox', version: '121.0', os: { name: 'Windows', version: '10' } }, 2, 500)]),
    userDaily('uc', 40, 'user', [device({ type: 'browser', name: 'Firefox', version: '121.0', os: { name: 'Windows', version: '10' } }, 5, 1000)]),
    { type: 'session', userId: 'ub', ...daysAgo(1), device: chrome, loginAt: new Date(), lastActivityAt: new Date() },
  ]);
}

/** The sessions figures of insertSessionsWorkspace, in GraphQL's shape. */
export function expectedSessionFigures() {
  const windowOf = <T>(data: T) => ({ ...daysAgo(1), data });
  const users = (count: number, sessions: number, time: number, roles: Array<[role: string, count: number, sessions: number, time: number]>) =>
    windowOf([{ count, sessions, time, roles: roles.map(([role, c, s, t]) => ({ role, count: c, sessions: s, time: t })) }]);
  const rcMobile = { type: 'mobile-app', name: 'RC Mobile', version: '4.45', count: 1, time: 400 };
  const electron = { type: 'desktop-app', name: 'Electron', version: '28.0', count: 1, time: 50 };
  const firefox = { type: 'browser', name: 'Firefox', version: '121.0', count: 2, time: 500 };
  const safari = { type: 'browser', name: 'Safari', version: '17.0', count: 1, time: 20 };
  const chromeOf = (count: number, time: number) => ({ type: 'browser', name: 'Chrome', version: '120.0', count, time });
  const ios = { name: 'iOS', version: '17.2', count: 1, time: 400 };
  const mac = { name: 'Mac OS', version: '14.2', count: 1, time: 50 };
  return {
    uniqueUsers: {
      // Yesterday: one document per user; most time first.
      yesterday: users(3, 6, 580, [
        ['admin', 1, 1, 400],
        ['user', 1, 3, 150],
        ['anonymous', 1, 2, 30],
      ]),
      // The week: ua's days joined under the role of its earliest day in the week (admin).
      lastWeek: users(3, 8, 660, [
        ['admin', 2, 6, 630],
        ['anonymous', 1, 2, 30],
      ]),
      // The month: ua's earliest day is eight days ago (user); uc's 40 days ago is outside.
      lastMonth: users(3, 10, 1160, [
        ['user', 1, 7, 730],
        ['admin', 1, 1, 400],
        ['anonymous', 1, 2, 30],
      ]),
    },
    uniqueDevices: {
      yesterday: windowOf([rcMobile, chromeOf(4, 130), electron]),
      lastWeek: windowOf([rcMobile, chromeOf(5, 190), electron, safari]),
      lastMonth: windowOf([firefox, rcMobile, chromeOf(5, 190), electron, safari]),
    },
    uniqueOS: {
      // The anonymous user's Chrome names no system: its day is left out.
      yesterday: windowOf([ios, { ...linux, count: 2, time: 100 }, mac]),
      // Three days ago one device names Linux, so the day's Safari counts too, with no name.
      lastWeek: windowOf([ios, { ...linux, count: 3, time: 160 }, mac, { count: 1, time: 20 }]),
      lastMonth: windowOf([{ name: 'Windows', version: '10', count: 2, time: 500 }, ios, { ...linux, count: 3, time: 160 }, mac, { count: 1, time: 20 }]),
    },
  };
}
