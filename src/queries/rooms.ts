import type { Db } from 'mongodb';
import { defineQueries } from './database-query';

export interface RoomGroup {
  /** Room type: c, p, d, l (or anything else a workspace stores). */
  type: string;
  isDiscussion: boolean;
  rooms: number;
  messages: number;
}

const rooms = (db: Db) => db.collection('rocketchat_room');

/** Top-level rooms and discussions (Rocket.Chat's countDiscussions: `prid: { $exists: true }`). */
const partitions = [
  { isDiscussion: false, match: { prid: { $exists: false } }, text: '{ prid: { $exists: false } }' },
  { isDiscussion: true, match: { prid: { $exists: true } }, text: '{ prid: { $exists: true } }' },
];
/** Per room type: its room count, and Σ msgs ($sum skips a missing or non-numeric msgs, as Rocket.Chat's does). */
const accumulators = [
  { field: 'rooms', sum: 1, text: '1' },
  { field: 'messages', sum: '$msgs', text: "'$msgs'" },
] as const;

/**
 * One grouping by `t` per partition and accumulator: FerretDB 1.24 fills only the first
 * accumulator of a `$group` (see count-by.ts) and expression operators are out, so each of the
 * four carries one accumulator, and the discussion test is a `$match`. Each answer has one group
 * per room type, however many rooms and distinct `msgs` values there are.
 */
const roomGroupings = partitions.flatMap((partition) =>
  accumulators.map((accumulator) => ({
    isDiscussion: partition.isDiscussion,
    field: accumulator.field,
    pipeline: [{ $match: partition.match }, { $group: { _id: '$t', n: { $sum: accumulator.sum } } }],
    text: `[{ $match: ${partition.text} }, { $group: { _id: '$t', n: { $sum: ${accumulator.text} } } }]`,
  })),
);

/** The queries of rocketchat_room (packages/models/src/models/Rooms.ts holds Rocket.Chat's indexes). */
export const roomQueries = defineQueries({
  countAllRooms: {
    command: 'rocketchat_room.estimatedDocumentCount()',
    index: 'none: collection metadata',
    cost: 'metadata',
    run: (db) => rooms(db).estimatedDocumentCount(),
  },
  countRoomsByType: {
    command: roomGroupings.map((grouping) => `rocketchat_room.aggregate(${grouping.text})`).join('; '),
    index: 'none: reads t, prid and msgs of every room, once per grouping',
    cost: 'grouping',
    run: countRoomsByType,
  },
});

/** Rooms grouped by type and discussion-ness, with their room count and Σ msgs: four commands, sent together. */
async function countRoomsByType(db: Db): Promise<RoomGroup[]> {
  const answers = await Promise.all(roomGroupings.map((grouping) => rooms(db).aggregate<{ _id: unknown; n: number }>(grouping.pipeline).toArray()));
  const byType = new Map<string, RoomGroup>();
  roomGroupings.forEach((grouping, i) => {
    for (const { _id, n } of answers[i]) {
      const type = String(_id);
      const id = `${type}/${grouping.isDiscussion}`;
      const group = byType.get(id) ?? { type, isDiscussion: grouping.isDiscussion, rooms: 0, messages: 0 };
      group[grouping.field] += n;
      byType.set(id, group);
    }
  });
  return [...byType.values()];
}
