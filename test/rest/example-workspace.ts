import type { Db } from 'mongodb';
import { insertAdmin, insertMany, insertUserWithToken, type TestCredentials } from '../helpers/fixtures';

/**
 * A small workspace whose figures differ between the 0.61 and the current definitions: a busy user
 * who is connected, a bot, a guest, discussions, and fewer message documents than room counters.
 * Every value the REST formats must show is fixed here (dates included), so tests compare exactly.
 * Its two users with tokens, an admin and a member without view-statistics, are users 7 and 8:
 * active, offline, type user, no lastLogin.
 */
export async function insertExampleWorkspace(db: Db): Promise<{ admin: TestCredentials; member: TestCredentials }> {
  const admin = await insertAdmin(db);
  const member = await insertUserWithToken(db);
  await insertMany(db, 'users', [
    { type: 'user', active: true, roles: ['user'], status: 'online', statusConnection: 'online', lastLogin: new Date('2024-05-01T10:00:00.123Z') },
    { type: 'user', active: true, roles: ['user'], status: 'away', statusConnection: 'away', lastLogin: new Date('2024-04-01T10:00:00.000Z') },
    { type: 'user', active: true, roles: ['user'], status: 'busy', statusConnection: 'online' },
    { type: 'user', active: false, roles: ['user'], status: 'offline', statusConnection: 'offline' },
    { type: 'bot', active: true, roles: ['bot'], status: 'online', statusConnection: 'online' },
    { type: 'user', active: true, roles: ['guest'], status: 'offline', statusConnection: 'offline' },
  ]);
  await insertMany(db, 'rocketchat_room', [
    { _id: 'c1', t: 'c', msgs: 10 },
    { t: 'c', msgs: 5, prid: 'c1' },
    { t: 'c' },
    { _id: 'p1', t: 'p', msgs: 7 },
    { t: 'p', msgs: 3, prid: 'p1' },
    { t: 'd', msgs: 4 },
    { t: 'l', msgs: 2 },
  ]);
  await insertMany(db, 'rocketchat_message', [
    { rid: 'c1', ts: new Date('2024-05-02T08:00:00.000Z') },
    { rid: 'c1', ts: new Date('2024-05-02T08:30:00.456Z'), tcount: 2 },
    { rid: 'c1', ts: new Date('2024-05-02T08:10:00.000Z'), pinned: true },
    { rid: 'p1', ts: new Date('2024-05-01T08:00:00.000Z') },
    { rid: 'p1', ts: new Date('2024-04-30T08:00:00.000Z') },
  ]);
  await insertMany(db, 'rocketchat_subscription', [
    { rid: 'c1', ls: new Date('2024-05-03T07:00:00.789Z') },
    { rid: 'p1', ls: new Date('2024-05-02T07:00:00.000Z') },
  ]);
  await insertMany(db, 'rocketchat_uploads', [{ size: 100 }, { size: 250 }]);
  await insertMany(db, 'rocketchat_settings', [{ _id: 'uniqueID', value: 'wD4EP3M7FeFzJZgk9', createdAt: new Date('2018-02-18T19:40:45.369Z') }]);
  await insertMany(db, 'migrations', [
    { _id: 'control', version: 106, locked: false, lockedAt: new Date('2018-02-23T18:13:13.948Z'), buildAt: new Date('2018-02-18T17:22:51.212Z') },
  ]);
  await insertMany(db, 'instances', [{ name: 'rocket.chat', pid: 4242, _updatedAt: new Date(), extraInformation: { host: 'localhost', port: '3000' } }]);
  // Rocket.Chat's own latest snapshot: the only place its version is recorded.
  await insertMany(db, 'rocketchat_statistics', [{ version: '0.61.0-develop', createdAt: new Date('2024-05-01T00:00:00.000Z') }]);
  return { admin, member };
}

/** The 0.61 figures of the example workspace (docs/figures.md, `legacy`). */
export const expected061 = {
  uniqueId: 'wD4EP3M7FeFzJZgk9',
  installedAt: '2018-02-18T19:40:45.369Z',
  version: '0.61.0-develop',
  totalUsers: 8,
  activeUsers: 7, // every active user, bot and guest included
  nonActiveUsers: 1,
  onlineUsers: 3, // by statusConnection: the online, the busy and the bot
  awayUsers: 1,
  offlineUsers: 4,
  totalRooms: 7,
  totalChannels: 3,
  totalPrivateGroups: 2,
  totalDirect: 1,
  totlalLivechat: 1,
  totalMessages: 5, // message documents, not room counters
  totalChannelMessages: 15, // discussions included
  totalPrivateGroupMessages: 10,
  totalDirectMessages: 4,
  totalLivechatMessages: 2,
  lastLogin: '2024-05-01T10:00:00.123Z',
  lastMessageSentAt: '2024-05-02T08:30:00.456Z',
  lastSeenSubscription: '2024-05-03T07:00:00.789Z',
  deploy: { method: 'tar', platform: 'selfinstall' },
  migration: { _id: 'control', version: 106, locked: false, lockedAt: '2018-02-23T18:13:13.948Z', buildAt: '2018-02-18T17:22:51.212Z' },
  instanceCount: 1,
};

/** The current figures of the same workspace. */
export const expectedCurrent = {
  uniqueId: 'wD4EP3M7FeFzJZgk9',
  installedAt: '2018-02-18T19:40:45.369Z',
  version: '0.61.0-develop',
  totalUsers: 8,
  activeUsers: 5, // not the bot, not the guest
  activeGuests: 1,
  nonActiveUsers: 1,
  appUsers: 0,
  onlineUsers: 2, // by status: the online user and the bot
  awayUsers: 1,
  busyUsers: 1,
  totalConnectedUsers: 3,
  offlineUsers: 4,
  totalRooms: 7,
  totalChannels: 3,
  totalPrivateGroups: 2,
  totalDirect: 1,
  totalLivechat: 1,
  totalDiscussions: 2,
  totalThreads: 1,
  totalMessages: 31, // 10 + 7 + 8 + 4 + 2 from the room counters
  totalChannelMessages: 10,
  totalPrivateGroupMessages: 7,
  totalDirectMessages: 4,
  totalDiscussionsMessages: 8,
  totalLivechatMessages: 2,
  lastLogin: '2024-05-01T10:00:00.123Z',
  lastMessageSentAt: '2024-05-02T08:30:00.456Z',
  lastSeenSubscription: '2024-05-03T07:00:00.789Z',
  deploy: { method: 'tar', platform: 'selfinstall' },
  uploadsTotal: 2,
  uploadsTotalSize: 350,
  migration: { _id: 'control', version: 106, locked: false, lockedAt: '2018-02-23T18:13:13.948Z', buildAt: '2018-02-18T17:22:51.212Z' },
  instanceCount: 1,
  totalPinned: 1,
};
