import type { Db } from 'mongodb';
import { clearWorkspace, insertMany, insertUserWithToken, type TestCredentials } from '../helpers/fixtures';

/** The health tests' clock: every date below is counted back from it. */
export const now = new Date('2026-06-01T12:00:00.000Z');
const day = 24 * 3600 * 1000;
export const daysAgo = (days: number, ms = 0) => new Date(now.getTime() - days * day - ms);

export interface HealthCallers {
  /** Every permission the health asks for. */
  admin: TestCredentials;
  statisticsOnly: TestCredentials;
  roomAdminOnly: TestCredentials;
  userAdminOnly: TestCredentials;
  nothing: TestCredentials;
}

/** Grants each health permission to its own role (admin holds all three), as rocketchat_permissions does. */
async function grantPermissions(db: Db): Promise<void> {
  const grants: Record<string, string[]> = {
    'view-statistics': ['admin', 'statistics-reader'],
    'view-room-administration': ['admin', 'room-admin'],
    'view-user-administration': ['admin', 'user-admin'],
  };
  for (const [permission, roles] of Object.entries(grants)) {
    await db.collection('rocketchat_permissions').updateOne({ _id: permission as never }, { $set: { roles } }, { upsert: true });
  }
}

/**
 * Channels, groups and users whose health is known by hand. The callers logged in an hour ago, so
 * they are neither dormant nor never-logged-in users; their roles are none of the counted ones but
 * their own (`admin`, `statistics-reader`, …), which byRole lists too.
 */
export async function insertHealthWorkspace(db: Db): Promise<HealthCallers> {
  await clearWorkspace(db);
  await grantPermissions(db);
  const caller = (role: string) => insertUserWithToken(db, { roles: [role], lastLogin: daysAgo(0, 3600_000) });
  const callers: HealthCallers = {
    admin: await caller('admin'),
    statisticsOnly: await caller('statistics-reader'),
    roomAdminOnly: await caller('room-admin'),
    userAdminOnly: await caller('user-admin'),
    nothing: await caller('user'),
  };

  await insertMany(db, 'rocketchat_room', [
    { _id: 'r-old1', t: 'c', name: 'old-one', lm: daysAgo(400), msgs: 5, usersCount: 3, ts: daysAgo(500) },
    { _id: 'r-old2', t: 'p', name: 'old-two', fname: 'Old Two', lm: daysAgo(200), msgs: 50, usersCount: 10, ts: daysAgo(300) },
    // exactly 90 days: silent for 89 days, not for 90; its neighbour one millisecond older is silent for 90
    { _id: 'r-edge90', t: 'c', name: 'edge', lm: daysAgo(90), msgs: 5, usersCount: 2, ts: daysAgo(100) },
    { _id: 'r-edge90b', t: 'p', name: 'edge-b', lm: daysAgo(90, 1), msgs: 1, usersCount: 1, ts: daysAgo(100) },
    { _id: 'r-recent', t: 'c', name: 'busy', lm: daysAgo(1), msgs: 100, usersCount: 2, ts: daysAgo(50) },
    { _id: 'r-never1', t: 'c', name: 'never-one', msgs: 0, usersCount: 1, ts: daysAgo(20) },
    { _id: 'r-never2', t: 'p', name: 'never-two', ts: daysAgo(10) },
    // direct and omnichannel rooms are outside room health
    { _id: 'd-old', t: 'd', usernames: ['a', 'b'], lm: daysAgo(300), msgs: 3, usersCount: 2 },
    { _id: 'l-open', t: 'l', msgs: 0, usersCount: 1 },
  ]);
  const subscription = (rid: string, user: string, roles?: string[]) => ({ rid, u: { _id: user, username: user }, ...(roles ? { roles } : {}) });
  await insertMany(db, 'rocketchat_subscription', [
    subscription('r-old1', 'x', ['owner']),
    subscription('r-old1', 'y'),
    subscription('r-recent', 'x', ['owner', 'moderator']),
    subscription('r-recent', 'z', ['owner']),
    subscription('r-edge90', 'y', ['owner']),
    // a moderator is no owner
    subscription('r-old2', 'x', ['moderator']),
    subscription('d-old', 'a'),
    subscription('d-old', 'b'),
  ]);

  const user = (id: string, fields: Record<string, unknown>) => ({ _id: id, username: id, type: 'user', active: true, roles: ['user'], ...fields });
  await insertMany(db, 'users', [
    user('u-400', { lastLogin: daysAgo(400), createdAt: daysAgo(600) }),
    user('u-200', { roles: ['user', 'livechat-agent'], lastLogin: daysAgo(200) }),
    user('u-edge', { lastLogin: daysAgo(90) }),
    user('u-edgeb', { roles: ['guest'], lastLogin: daysAgo(90, 1) }),
    user('bot-old', { type: 'bot', roles: ['bot'], lastLogin: daysAgo(100) }),
    user('u-gone', { active: false, lastLogin: daysAgo(500) }),
    user('u-never1', { createdAt: daysAgo(30) }),
    user('u-never2', { type: 'app', roles: ['app'] }),
    user('u-never-gone', { active: false }),
  ]);
  return callers;
}
