import type { Db } from 'mongodb';
import { insertMany, insertUserWithToken, type TestCredentials } from '../helpers/fixtures';

/** The tests' clock: a Friday, noon UTC. */
export const now = new Date('2026-11-20T12:00:00.000Z');
/** "Last 7 days" as Rocket.Chat's client sends it: 7 days ago at midnight to the end of today. */
export const lastWeek = { start: '2026-11-13T00:00:00.000Z', end: '2026-11-20T23:59:59.999Z' };

const at = (iso: string) => new Date(iso);

export interface EngagementWorkspace {
  admin: TestCredentials;
  /** Allowed to view statistics, not the engagement dashboard. */
  statisticsViewer: TestCredentials;
  userA: string;
  userB: string;
}

/**
 * A small workspace whose engagement figures are known by hand: a day with no messages (the 15th),
 * a user on two devices at once (A at 10:00 on the 19th), a room type without messages in the period
 * (the group's messages are all in the previous one), a session across midnight (B, 23:30 → 00:40).
 */
export async function buildEngagementWorkspace(db: Db): Promise<EngagementWorkspace> {
  for (const name of ['users', 'rocketchat_room', 'rocketchat_message', 'rocketchat_sessions', 'rocketchat_permissions', 'gateway_engagement_days']) {
    await db.collection(name).deleteMany({});
  }
  await db.collection('rocketchat_permissions').insertMany([
    { _id: 'view-statistics' as never, roles: ['admin', 'auditor'] },
    { _id: 'view-engagement-dashboard' as never, roles: ['admin'] },
  ]);
  const admin = await insertUserWithToken(db, { roles: ['admin'] });
  const statisticsViewer = await insertUserWithToken(db, { roles: ['auditor'] });
  await insertMany(db, 'users', [
    { username: 'one', roles: ['user'], createdAt: at('2026-11-14T10:00:00.000Z') },
    { username: 'two', roles: ['user'], createdAt: at('2026-11-19T23:30:00.000Z') },
    { username: 'three', roles: ['user'], createdAt: at('2026-11-20T00:30:00.000Z') },
    { username: 'guest', roles: ['anonymous'], createdAt: at('2026-11-19T08:00:00.000Z') },
    { username: 'five', roles: ['user'], createdAt: at('2026-11-05T09:00:00.000Z') },
    { username: 'six', roles: ['user'], createdAt: at('2026-11-04T05:00:00.000Z') },
  ]);
  await db.collection('rocketchat_room').insertMany([
    { _id: 'general' as never, t: 'c', name: 'general', ts: at('2025-01-01T00:00:00.000Z'), _updatedAt: at('2026-11-20T09:00:00.000Z') },
    { _id: 'secret' as never, t: 'p', name: 'secret', fname: 'Secret Room', ts: at('2025-02-01T00:00:00.000Z'), _updatedAt: at('2026-11-10T09:00:00.000Z') },
    { _id: 'dm' as never, t: 'd', usernames: ['alice', 'bob'], ts: at('2025-03-01T00:00:00.000Z'), _updatedAt: at('2026-11-19T09:00:00.000Z') },
    { _id: 'support' as never, t: 'l', fname: 'Visitor', ts: at('2025-04-01T00:00:00.000Z'), _updatedAt: at('2026-11-15T09:00:00.000Z') },
  ]);
  const messages = (rid: string, iso: string, n: number, extra = {}) => Array.from({ length: n }, () => ({ rid, ts: at(iso), msg: 'hi', ...extra }));
  await insertMany(db, 'rocketchat_message', [
    ...messages('general', '2026-11-14T08:00:00.000Z', 3),
    ...messages('general', '2026-11-16T23:59:59.999Z', 2),
    ...messages('general', '2026-11-16T10:00:00.000Z', 1, { t: 'uj' }),
    ...messages('general', '2026-11-16T10:00:00.000Z', 1, { _hidden: true }),
    ...messages('general', '2026-11-20T00:00:00.000Z', 1),
    ...messages('dm', '2026-11-19T12:00:00.000Z', 2),
    ...messages('secret', '2026-11-10T12:00:00.000Z', 4),
    ...messages('support', '2026-11-15T12:00:00.000Z', 5),
  ]);
  const userA = 'userA';
  const userB = 'userB';
  const daily = (userId: string, day: number, mostImportantRole = 'user') => ({
    type: 'user_daily',
    userId,
    year: 2026,
    month: 11,
    day,
    mostImportantRole,
    _computedAt: now,
  });
  const computed = (userId: string, loginAt: string, closedAt: string | undefined, day: number) => ({
    type: 'computed-session',
    userId,
    loginAt: at(loginAt),
    ...(closedAt ? { closedAt: at(closedAt) } : {}),
    year: 2026,
    month: 11,
    day,
    _computedAt: now,
  });
  await insertMany(db, 'rocketchat_sessions', [
    daily(userA, 19),
    daily(userB, 19, 'admin'),
    daily('visitor', 19, 'anonymous'),
    daily(userA, 18),
    daily(userB, 12),
    computed(userA, '2026-11-19T09:10:00.000Z', '2026-11-19T11:20:00.000Z', 19),
    computed(userA, '2026-11-19T10:05:00.000Z', '2026-11-19T10:50:00.000Z', 19),
    computed(userB, '2026-11-19T10:30:00.000Z', undefined, 19),
    computed(userB, '2026-11-19T23:30:00.000Z', '2026-11-20T00:40:00.000Z', 19),
    computed(userA, '2026-11-20T01:00:00.000Z', '2026-11-20T02:59:00.000Z', 20),
  ]);
  return { admin, statisticsViewer, userA, userB };
}
