import type { Db } from 'mongodb';
import { insertMany } from './fixtures';

/**
 * A small workspace where every figure has a known, hand-computed value (see expectedFigures).
 * Each document is there to tell two definitions apart.
 */
export const latestLogin = new Date('2026-03-05T10:00:00.123Z');
export const latestMessage = new Date('2026-03-06T08:30:00.456Z');
export const latestSeen = new Date('2026-03-07T09:15:00.789Z');
export const installedAt = new Date('2025-01-02T03:04:05.678Z');
export const migrationLockedAt = new Date('2026-02-01T00:00:00.000Z');
export const migrationBuildAt = new Date('2026-01-15T12:00:00.000Z');

export async function insertFiguresWorkspace(db: Db, now: Date): Promise<void> {
  const user = (fields: Record<string, unknown>) => ({
    type: 'user',
    active: true,
    roles: ['user'],
    status: 'offline',
    statusConnection: 'offline',
    ...fields,
  });
  await insertMany(db, 'users', [
    user({ status: 'online', statusConnection: 'online', lastLogin: new Date('2026-01-01T00:00:00.000Z') }),
    user({ status: 'away', statusConnection: 'away' }),
    // busy: counted in busyUsers, not in totalConnectedUsers; 0.61 sees it online by statusConnection.
    user({ status: 'busy', statusConnection: 'online', lastLogin: latestLogin }),
    // guest-only: an active guest, not an active user; 0.61 counted it active.
    user({ roles: ['guest'], status: 'online', statusConnection: 'online' }),
    // guest among other roles: a normal active user.
    user({ roles: ['user', 'guest'] }),
    user({ type: 'bot', roles: ['bot'], status: 'online', statusConnection: 'online' }),
    user({ type: 'app', roles: ['app'] }),
    user({ active: false }),
    user({ federated: true, status: 'away' }),
    user({ isRemote: true, roles: ['guest'] }),
    // an app with the guest role is not an active guest.
    user({ type: 'app', roles: ['guest'] }),
    { type: 'user', active: false, roles: ['user'] },
  ]);

  await insertMany(db, 'rocketchat_room', [
    { _id: 'c1', t: 'c', name: 'general', msgs: 10 },
    { t: 'c', name: 'c1-discussion', msgs: 5, prid: 'c1' },
    { t: 'c', name: 'no-msgs' },
    { _id: 'p1', t: 'p', name: 'staff', msgs: 7 },
    { t: 'p', name: 'p1-discussion', msgs: 3, prid: 'p1' },
    { t: 'd', usernames: ['a', 'b'], msgs: 4 },
    { t: 'd', usernames: ['a', 'c'], msgs: 0 },
    { t: 'l', msgs: 6 },
  ]);

  await insertMany(db, 'rocketchat_message', [
    // pinned: counted in totalPinned, unless hidden or removed (t: rm).
    { rid: 'c1', msg: 'thread parent', ts: new Date('2026-03-01T00:00:00.000Z'), tcount: 2, pinned: true },
    { rid: 'c1', msg: 'reply', ts: new Date('2026-03-02T00:00:00.000Z'), tmid: 'x', pinned: true, _hidden: true },
    { rid: 'c1', msg: 'reply', t: 'rm', ts: new Date('2026-03-03T00:00:00.000Z'), tmid: 'x', pinned: true },
    { rid: 'p1', msg: 'another parent', ts: latestMessage, tcount: 1 },
    { rid: 'p1', msg: 'reply', ts: new Date('2026-03-04T00:00:00.000Z'), tmid: 'y' },
    { rid: 'c1', msg: 'joined', t: 'uj', ts: new Date('2026-02-01T00:00:00.000Z'), pinned: true },
    { rid: 'c1', msg: 'plain', ts: new Date('2026-02-02T00:00:00.000Z'), pinned: true },
  ]);

  await insertMany(db, 'rocketchat_subscription', [
    { rid: 'c1', u: { _id: 'x' }, ls: new Date('2026-03-01T00:00:00.000Z') },
    { rid: 'c1', u: { _id: 'y' }, ls: latestSeen },
    { rid: 'p1', u: { _id: 'z' } },
  ]);

  // 3 GB in one file: the total passes 2^31.
  await insertMany(db, 'rocketchat_uploads', [{ size: 1000 }, { size: 2_500_000 }, { size: 3_000_000_000 }]);

  await insertMany(db, 'rocketchat_settings', [
    { _id: 'uniqueID', value: 'wD4EP3M7FeFzJZgk9', createdAt: installedAt },
    { _id: 'Cloud_Workspace_Id', value: '5f1c3e2a-workspace' },
    { _id: 'Site_Name', value: 'Rocket.Chat' },
  ]);
  await insertMany(db, 'migrations', [{ _id: 'control', version: 304, locked: false, lockedAt: migrationLockedAt, buildAt: migrationBuildAt }]);
  await insertMany(db, 'rocketchat_statistics', [
    { version: '6.0.0', apps: { engineVersion: '1.30.0' }, createdAt: new Date('2026-01-01T00:00:00.000Z') },
    { version: '6.12.1', apps: { engineVersion: '1.45.0' }, createdAt: new Date('2026-02-01T00:00:00.000Z') },
  ]);
  await insertMany(db, 'instances', [
    {
      _id: 'live',
      name: 'rocket.chat',
      pid: 101,
      _updatedAt: new Date(now.getTime() - 5_000),
      extraInformation: { host: '10.0.0.5', port: 3000, nodeVersion: 'v22.16.0' },
    },
    { _id: 'stale', name: 'rocket.chat', pid: 102, _updatedAt: new Date(now.getTime() - 600_000), extraInformation: { host: '10.0.0.6', port: 3000 } },
  ]);
}

/** The figures of insertFiguresWorkspace plus one admin (status offline, active, roles admin+user). */
export const expectedFigures = {
  totalUsers: 13,
  activeUsers: 5,
  nonActiveUsers: 2,
  onlineUsers: 3,
  awayUsers: 2,
  busyUsers: 1,
  offlineUsers: 7,
  totalConnectedUsers: 5,
  activeGuests: 1,
  appUsers: 2,
  lastLogin: latestLogin.toISOString(),
  totalRooms: 8,
  totalChannels: 3,
  totalPrivateGroups: 2,
  totalDirect: 2,
  totalLivechat: 1,
  totalDiscussions: 2,
  totalMessages: 35,
  totalThreads: 2,
  totalPinned: 3,
  totalChannelMessages: 10,
  totalPrivateGroupMessages: 7,
  totalDirectMessages: 4,
  totalLivechatMessages: 6,
  totalDiscussionsMessages: 8,
  lastMessageSentAt: latestMessage.toISOString(),
  lastSeenSubscription: latestSeen.toISOString(),
  uploadsTotal: 3,
  uploadsTotalSize: 3_002_501_000,
  uniqueId: 'wD4EP3M7FeFzJZgk9',
  installedAt: installedAt.toISOString(),
  cloudWorkspaceId: '5f1c3e2a-workspace',
  version: '6.12.1',
  appsEngineVersion: '1.45.0',
  instanceCount: 1,
  legacy: {
    activeUsers: 11,
    nonActiveUsers: 2,
    onlineUsers: 4,
    awayUsers: 1,
    offlineUsers: 8,
    totalChannelMessages: 15,
    totalPrivateGroupMessages: 10,
    totalMessages: 7,
  },
};
