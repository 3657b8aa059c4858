import type { HealthReads } from '../health/health-reads';
import { cutoffOf, pageRequestOf } from '../health/health-input';
import type { ListOrder, Page, PageRequest } from '../health/page-cursor';
import { countPerRole, countPerType } from '../health/role-counts';
import { roomHealthQueries as rooms, roomOrders, type HealthRoomRow } from '../queries/health-rooms';
import { userHealthQueries as users, userOrders } from '../queries/health-users';
import type { RoomSet, UserSet } from './health.types';

/** A set read through the request's reads; its pages are validated against the set's own order. */
function roomSet(order: ListOrder, count: () => Promise<number>, list: (page: PageRequest) => Promise<Page<HealthRoomRow>>): RoomSet {
  return { count, list: (first, after) => list(pageRequestOf(order, first, after)) };
}

/** Channels and groups without a message since `days` days (`lm` older than the cut-off). */
export function silentRoomSet(reads: HealthReads, days: number, now: number): RoomSet {
  const cutoff = cutoffOf(days, now);
  return roomSet(
    roomOrders.silent,
    () => reads.read(rooms.countSilentRooms, { cutoff }),
    (page) => reads.read(rooms.listSilentRooms, { cutoff, page }),
  );
}

export function neverUsedRoomSet(reads: HealthReads): RoomSet {
  return roomSet(
    roomOrders.neverUsed,
    () => reads.read(rooms.countNeverUsedRooms, undefined),
    (page) => reads.read(rooms.listNeverUsedRooms, { page }),
  );
}

/** Owned rooms are read once per request, whether the count, a page or both are selected. */
export function roomSetWithoutOwner(reads: HealthReads): RoomSet {
  const owned = () => reads.read(rooms.findOwnedRoomIds, undefined);
  return roomSet(
    roomOrders.withoutOwner,
    async () => reads.read(rooms.countRoomsWithoutOwner, { owned: await owned() }),
    async (page) => reads.read(rooms.listRoomsWithoutOwner, { owned: await owned(), page }),
  );
}

export function usersNotLoggedInSet(reads: HealthReads, days: number, now: number): UserSet {
  const cutoff = cutoffOf(days, now);
  return {
    count: () => reads.read(users.countUsersNotLoggedInSince, { cutoff }),
    byRole: async () => countPerRole(await reads.read(users.countUsersNotLoggedInSinceByRole, { cutoff })),
    byType: async () => countPerType(await reads.read(users.countUsersNotLoggedInSinceByType, { cutoff })),
    list: (first, after) => reads.read(users.listUsersNotLoggedInSince, { cutoff, page: pageRequestOf(userOrders.notLoggedIn, first, after) }),
  };
}

export function usersNeverLoggedInSet(reads: HealthReads): UserSet {
  return {
    count: () => reads.read(users.countUsersNeverLoggedIn, undefined),
    byRole: async () => countPerRole(await reads.read(users.countUsersNeverLoggedInByRole, undefined)),
    byType: async () => countPerType(await reads.read(users.countUsersNeverLoggedInByType, undefined)),
    list: (first, after) => reads.read(users.listUsersNeverLoggedIn, { page: pageRequestOf(userOrders.neverLoggedIn, first, after) }),
  };
}

/** The top rooms by one counter, as a list of its own order. */
export function topRooms(reads: HealthReads, by: 'messages' | 'members', first: number, after: string | null | undefined): Promise<Page<HealthRoomRow>> {
  const [order, query] = by === 'messages' ? [roomOrders.byMessages, rooms.listRoomsByMessages] : [roomOrders.byMembers, rooms.listRoomsByMembers];
  return reads.read(query, { page: pageRequestOf(order, first, after) });
}
