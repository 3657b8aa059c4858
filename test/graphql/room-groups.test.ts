import type { CommandSucceededEvent, Document } from 'mongodb';
import { insertAdmin, insertMany, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let admin: TestCredentials;

/** 5,000 rooms, each with its own msgs value: one grouping keyed by msgs would answer ~5,000 groups. */
const types = ['c', 'p', 'd', 'l'] as const;
const rooms: Document[] = Array.from({ length: 5000 }, (_, i) => {
  const t = types[i % 4];
  const room: Document = { _id: `room-${i}`, t, msgs: 1000 + i };
  // Every 7th channel or private group is a discussion; a few rooms have no counter or a non-numeric one.
  if ((t === 'c' || t === 'p') && i % 7 === 0) room.prid = `room-${i + 1}`;
  if (i % 101 === 0) delete room.msgs;
  if (i % 103 === 0) room.msgs = 'many';
  return room;
});

const sumOf = (pick: (room: Document) => boolean) => rooms.filter(pick).reduce((sum, room) => sum + (typeof room.msgs === 'number' ? room.msgs : 0), 0);
const countOf = (pick: (room: Document) => boolean) => rooms.filter(pick).length;
const ofType = (t: string) => (room: Document) => room.t === t;
const topLevel = (t: string) => (room: Document) => room.t === t && !('prid' in room);
const discussion = (room: Document) => 'prid' in room;

beforeAll(async () => {
  h = await startHarness({ config: { authCacheTtlMs: 120_000 } });
  admin = await insertAdmin(h.db);
  await insertMany(h.db, 'rocketchat_room', rooms);
});
afterAll(() => h.close());

it('the rooms family answers the figures of 5,000 rooms with distinct msgs from a constant number of groups', async () => {
  // Warm the login check: only the figures' commands remain.
  await h.graphql('{ statistics { gateway { version } } }', { headers: admin.headers });
  const groupsPerAnswer: number[] = [];
  const moreBatches: string[] = [];
  const listener = (event: CommandSucceededEvent) => {
    if (event.commandName === 'aggregate') groupsPerAnswer.push((event.reply as { cursor: { firstBatch: unknown[] } }).cursor.firstBatch.length);
    if (event.commandName === 'getMore') moreBatches.push(event.commandName);
  };
  h.database.handle.client.on('commandSucceeded', listener);
  try {
    const answer = await h.graphql(
      `{ statistics(refresh: true) { totalChannels totalPrivateGroups totalDirect totalLivechat totalDiscussions totalMessages
         totalChannelMessages totalPrivateGroupMessages totalDirectMessages totalLivechatMessages totalDiscussionsMessages
         legacy { totalChannelMessages totalPrivateGroupMessages } } }`,
      { headers: admin.headers },
    );
    expect(answer.json.errors).toBeUndefined();
    expect(answer.json.data.statistics).toEqual({
      totalChannels: countOf(ofType('c')),
      totalPrivateGroups: countOf(ofType('p')),
      totalDirect: countOf(ofType('d')),
      totalLivechat: countOf(ofType('l')),
      totalDiscussions: countOf(discussion),
      totalMessages: sumOf(() => true),
      totalChannelMessages: sumOf(topLevel('c')),
      totalPrivateGroupMessages: sumOf(topLevel('p')),
      totalDirectMessages: sumOf(ofType('d')),
      totalLivechatMessages: sumOf(ofType('l')),
      totalDiscussionsMessages: sumOf(discussion),
      legacy: { totalChannelMessages: sumOf(ofType('c')), totalPrivateGroupMessages: sumOf(ofType('p')) },
    });
    // Four groupings (rooms and Σ msgs, of top-level rooms and of discussions), each one group per room type.
    expect(groupsPerAnswer.sort()).toEqual([2, 2, 4, 4]);
    expect(moreBatches).toEqual([]);
  } finally {
    h.database.handle.client.off('commandSucceeded', listener);
  }
});
