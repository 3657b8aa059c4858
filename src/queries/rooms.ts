import type { Db } from 'mongodb';
import { countBy } from './count-by';
import { defineQueries } from './database-query';

export interface RoomGroup {
  /** Room type: c, p, d, l (or anything else a workspace stores). */
  type: string;
  isDiscussion: boolean;
  rooms: number;
  messages: number;
}

const rooms = (db: Db) => db.collection('rocketchat_room');

/** The queries of rocketchat_room (packages/models/src/models/Rooms.ts holds Rocket.Chat's indexes). */
export const roomQueries = defineQueries({
  countAllRooms: {
    command: 'rocketchat_room.estimatedDocumentCount()',
    index: 'none: collection metadata',
    cost: 'metadata',
    run: (db) => rooms(db).estimatedDocumentCount(),
  },
  countRoomsByType: {
    command: "rocketchat_room.aggregate([{ $group: { _id: { t: '$t', msgs: '$msgs', prid: { $type: '$prid' } }, n: { $sum: 1 } } }])",
    index: 'none: reads t, msgs and prid of every room',
    cost: 'grouping',
    run: countRoomsByType,
  },
});

/**
 * Rooms grouped by type and discussion-ness, with their room count and Σ msgs.
 * One accumulator only (see count-by.ts): the `msgs` value joins the group key and Σ msgs is
 * folded here, so groups number distinct (type, discussion, msgs) values, not rooms.
 */
async function countRoomsByType(db: Db): Promise<RoomGroup[]> {
  const groups = await countBy<{ t?: string; msgs?: unknown; prid: string }>(rooms(db), {
    t: '$t',
    msgs: '$msgs',
    prid: { $type: '$prid' },
  });
  const byType = new Map<string, RoomGroup>();
  for (const { key, count } of groups) {
    const type = String(key.t);
    const isDiscussion = key.prid !== 'missing';
    const id = `${type}/${isDiscussion}`;
    const group = byType.get(id) ?? { type, isDiscussion, rooms: 0, messages: 0 };
    group.rooms += count;
    // A missing or non-numeric `msgs` counts as 0 messages, as in Rocket.Chat's $sum.
    group.messages += typeof key.msgs === 'number' ? key.msgs * count : 0;
    byType.set(id, group);
  }
  return [...byType.values()];
}
