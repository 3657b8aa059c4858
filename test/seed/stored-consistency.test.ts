import type { Db } from 'mongodb';
import { seedWorkspace, type SeedResult } from '../../src/seed/insert';
import { startHarness, type Harness } from '../helpers/harness';

// The seeded workspace as stored in the database holds together, and the gateway reads it back.
let h: Harness;
let db: Db;
let seeded: SeedResult;

beforeAll(async () => {
  h = await startHarness();
  db = h.db;
  seeded = await seedWorkspace(db, { users: 300, rooms: 60, messages: 4000, seed: 7 });
});
afterAll(() => h.close());

it('Σ msgs over rooms equals the messages stored, room by room', async () => {
  const rooms = await db
    .collection('rocketchat_room')
    .find({}, { projection: { msgs: 1 } })
    .toArray();
  const perRoom = new Map<string, number>();
  for (const message of await db
    .collection('rocketchat_message')
    .find({}, { projection: { rid: 1 } })
    .toArray()) {
    perRoom.set(message.rid, (perRoom.get(message.rid) ?? 0) + 1);
  }
  for (const room of rooms) expect([room._id, perRoom.get(String(room._id)) ?? 0]).toEqual([room._id, room.msgs ?? 0]);
  const sumMsgs = rooms.reduce((sum, room) => sum + (room.msgs ?? 0), 0);
  expect(sumMsgs).toBe(await db.collection('rocketchat_message').countDocuments());
  expect(sumMsgs).toBe(4000);
});

it('thread parents carry tcount equal to their stored replies', async () => {
  const parents = await db
    .collection('rocketchat_message')
    .find({ tcount: { $exists: true } }, { projection: { tcount: 1 } })
    .toArray();
  expect(parents.length).toBeGreaterThan(0);
  const replies = new Map<string, number>();
  for (const reply of await db
    .collection('rocketchat_message')
    .find({ tmid: { $exists: true } }, { projection: { tmid: 1 } })
    .toArray()) {
    replies.set(reply.tmid, (replies.get(reply.tmid) ?? 0) + 1);
  }
  for (const parent of parents) expect([parent._id, replies.get(String(parent._id))]).toEqual([parent._id, parent.tcount]);
});

it('the gateway reads the seeded workspace with the seeded admin credentials', async () => {
  const headers = { 'x-user-id': seeded.admin.userId, 'x-auth-token': seeded.admin.authToken };
  const answer = await h.graphql('{ statistics { totalUsers totalRooms totalMessages uploadsTotal legacy { totalMessages } } }', { headers });
  expect(answer.json.data.statistics).toEqual({
    totalUsers: 300,
    totalRooms: 60,
    totalMessages: 4000,
    uploadsTotal: seeded.counts.rocketchat_uploads,
    legacy: { totalMessages: 4000 },
  });
  const pat = await h.graphql('{ statistics { totalUsers } }', {
    headers: { 'x-user-id': seeded.admin.userId, 'x-auth-token': seeded.admin.personalAccessToken },
  });
  expect(pat.json.data.statistics.totalUsers).toBe(300);
  const plain = await h.graphql('{ statistics { totalUsers } }', { headers: { 'x-user-id': seeded.user.userId, 'x-auth-token': seeded.user.authToken } });
  expect(plain.json.errors[0].extensions.code).toBe('FORBIDDEN');
  const inactive = await h.graphql('{ statistics { totalUsers } }', {
    headers: { 'x-user-id': seeded.inactiveUser.userId, 'x-auth-token': seeded.inactiveUser.authToken },
  });
  expect(inactive.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
});
