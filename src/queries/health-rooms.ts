import type { Db, Document, Filter } from 'mongodb';
import type { ListOrder, Page, PageRequest } from '../health/page-cursor';
import { defineHealthQueries } from './health-query';
import { readPage } from './health-lists';

/** A room as the health lists show it (Rocket.Chat's IRoom fields). */
export interface HealthRoomRow {
  _id: string;
  t?: unknown;
  name?: unknown;
  fname?: unknown;
  msgs?: unknown;
  usersCount?: unknown;
  lm?: unknown;
  ts?: unknown;
}

const rooms = (db: Db) => db.collection('rocketchat_room');
const roomFields = { t: 1, name: 1, fname: 1, msgs: 1, usersCount: 1, lm: 1, ts: 1 } as const;

/**
 * Room health looks at channels and private groups (their discussions and teams' main rooms
 * included): the rooms people create and own. Direct and omnichannel rooms have no owner and end
 * by nature. `t` leads Rocket.Chat's `{ t: 1, ts: 1 }` index (packages/models/src/models/Rooms.ts).
 */
export const peopleRooms: Filter<Document> = { t: { $in: ['c', 'p'] } };
const peopleRoomsText = "t: { $in: ['c', 'p'] }";
const byType = '{ t: 1, ts: 1 } (its t prefix), then';

export const silentRooms = (cutoff: Date): Filter<Document> => ({ ...peopleRooms, lm: { $lt: cutoff } });
/** Never used: no message ever set `lm` (Rocket.Chat sets it on the room's first message). */
export const neverUsedRooms: Filter<Document> = { ...peopleRooms, lm: { $exists: false } };
const withoutOwner = (owned: readonly string[]): Filter<Document> => ({ ...peopleRooms, _id: { $nin: owned as never } });

export const roomOrders = {
  silent: {
    list: 'silentRooms',
    keys: [
      { field: 'lm', direction: 1, kind: 'date' },
      { field: '_id', direction: 1, kind: 'string' },
    ],
  },
  neverUsed: { list: 'neverUsedRooms', keys: [{ field: '_id', direction: 1, kind: 'string' }] },
  withoutOwner: { list: 'roomsWithoutOwner', keys: [{ field: '_id', direction: 1, kind: 'string' }] },
  byMessages: {
    list: 'roomsByMessages',
    keys: [
      { field: 'msgs', direction: -1, kind: 'number' },
      { field: '_id', direction: 1, kind: 'string' },
    ],
  },
  byMembers: {
    list: 'roomsByMembers',
    keys: [
      { field: 'usersCount', direction: -1, kind: 'number' },
      { field: '_id', direction: 1, kind: 'string' },
    ],
  },
} as const satisfies Record<string, ListOrder>;

type Listing = { page: PageRequest };
type Since = { cutoff: Date };
type Owned = { owned: readonly string[] };
const list = (db: Db, selection: Filter<Document>, order: ListOrder, page: PageRequest) =>
  readPage<HealthRoomRow>(rooms(db), selection, order, page, roomFields) as Promise<Page<HealthRoomRow>>;

const ownerExpense =
  'Rocket.Chat has no index that finds owners ({ rid: 1, roles: 1 } leads with rid): every subscription is read, and the answer holds one id per owned room';

/** The queries of the rooms' health; each figure sends one command, the owner-less ones two. */
export const roomHealthQueries = defineHealthQueries({
  countSilentRooms: {
    command: `rocketchat_room.countDocuments({ ${peopleRoomsText}, lm: { $lt: <now − N days> } })`,
    index: `${byType} lm of each channel and group (Rocket.Chat has no index on lm)`,
    cost: 'scan',
    run: (db, { cutoff }: Since) => rooms(db).countDocuments(silentRooms(cutoff)),
  },
  listSilentRooms: {
    command: `rocketchat_room.find({ ${peopleRoomsText}, lm: { $lt: <now − N days> } }).sort({ lm: 1, _id: 1 }).limit(<first> + 1)`,
    index: `${byType} sorts the matching rooms (no index on lm)`,
    cost: 'scan',
    run: (db, { cutoff, page }: Since & Listing) => list(db, silentRooms(cutoff), roomOrders.silent, page),
  },
  countNeverUsedRooms: {
    command: `rocketchat_room.countDocuments({ ${peopleRoomsText}, lm: { $exists: false } })`,
    index: `${byType} lm of each channel and group`,
    cost: 'scan',
    run: (db) => rooms(db).countDocuments(neverUsedRooms),
  },
  listNeverUsedRooms: {
    command: `rocketchat_room.find({ ${peopleRoomsText}, lm: { $exists: false } }).sort({ _id: 1 }).limit(<first> + 1)`,
    index: `${byType} the _id order`,
    cost: 'scan',
    run: (db, { page }: Listing) => list(db, neverUsedRooms, roomOrders.neverUsed, page),
  },
  findOwnedRoomIds: {
    command: "rocketchat_subscription.aggregate([{ $match: { roles: 'owner' } }, { $group: { _id: '$rid', n: { $sum: 1 } } }])",
    index: 'none: reads the roles of every subscription',
    cost: 'scan',
    expensive: ownerExpense,
    run: async (db) => {
      const groups = await db
        .collection('rocketchat_subscription')
        .aggregate<{ _id: unknown }>([{ $match: { roles: 'owner' } }, { $group: { _id: '$rid', n: { $sum: 1 } } }])
        .toArray();
      return groups.map((group) => group._id).filter((rid): rid is string => typeof rid === 'string');
    },
  },
  countRoomsWithoutOwner: {
    command: `rocketchat_room.countDocuments({ ${peopleRoomsText}, _id: { $nin: <the owned room ids> } })`,
    index: `${byType} each channel and group's _id against the owned ones`,
    cost: 'scan',
    expensive: 'after findOwnedRoomIds, sends the ids of every owned room back to the database',
    run: (db, { owned }: Owned) => rooms(db).countDocuments(withoutOwner(owned)),
  },
  listRoomsWithoutOwner: {
    command: `rocketchat_room.find({ ${peopleRoomsText}, _id: { $nin: <the owned room ids> } }).sort({ _id: 1 }).limit(<first> + 1)`,
    index: `${byType} the _id order`,
    cost: 'scan',
    expensive: 'after findOwnedRoomIds, sends the ids of every owned room back to the database',
    run: (db, { owned, page }: Owned & Listing) => list(db, withoutOwner(owned), roomOrders.withoutOwner, page),
  },
  listRoomsByMessages: {
    command: `rocketchat_room.find({ ${peopleRoomsText}, msgs: { $gt: 0 } }).sort({ msgs: -1, _id: 1 }).limit(<first> + 1)`,
    index: `${byType} sorts the rooms by msgs (Rocket.Chat has no index on msgs)`,
    cost: 'scan',
    run: (db, { page }: Listing) => list(db, { ...peopleRooms, msgs: { $gt: 0 } }, roomOrders.byMessages, page),
  },
  listRoomsByMembers: {
    command: `rocketchat_room.find({ ${peopleRoomsText}, usersCount: { $gt: 0 } }).sort({ usersCount: -1, _id: 1 }).limit(<first> + 1)`,
    index: `${byType} sorts the rooms by usersCount (Rocket.Chat has no index on usersCount)`,
    cost: 'scan',
    run: (db, { page }: Listing) => list(db, { ...peopleRooms, usersCount: { $gt: 0 } }, roomOrders.byMembers, page),
  },
});
