import type { RoomDocument } from '../queries/engagement';

/** The room types the dashboard shows (Rocket.Chat's roomCoordinator.getTypesToShowOnDashboard): no livechat. */
export const dashboardRoomTypes = ['c', 'p', 'd'] as const;

const shown = (room: RoomDocument | undefined): room is RoomDocument & { t: string } =>
  room !== undefined && (dashboardRoomTypes as readonly string[]).includes(room.t ?? '');

/** Messages per room id over some days. */
export type RoomTotals = Map<string, number>;

/** Messages of the period in rooms the dashboard shows; a deleted room's type is unknown, so its messages are left out. */
export function shownMessages(totals: RoomTotals, rooms: ReadonlyMap<string, RoomDocument>): number {
  let sum = 0;
  for (const [id, messages] of totals) if (shown(rooms.get(id))) sum += messages;
  return sum;
}

export interface MessageOrigin {
  roomType: string;
  messages: number;
}

/** messages.ts findMessagesSentOrigin: every shown type, 0 where none was sent. */
export function messageOrigins(totals: RoomTotals, rooms: ReadonlyMap<string, RoomDocument>): MessageOrigin[] {
  const byType = new Map<string, number>(dashboardRoomTypes.map((t) => [t, 0]));
  for (const [id, messages] of totals) {
    const room = rooms.get(id);
    if (shown(room)) byType.set(room.t, (byType.get(room.t) ?? 0) + messages);
  }
  return [...byType].map(([roomType, messages]) => ({ roomType, messages }));
}

export interface PopularRoom {
  roomType: string;
  name: string | null;
  usernames: string[];
  messages: number;
}

/**
 * Analytics.ts getMostPopularChannelsByMessagesSentQuantity: messages grouped by room type, name
 * (`fname || name`) and usernames (`[]` when none), direct messages included; the five largest.
 */
export function topRooms(totals: RoomTotals, rooms: ReadonlyMap<string, RoomDocument>, limit = 5): PopularRoom[] {
  const groups = new Map<string, PopularRoom>();
  for (const [id, messages] of totals) {
    const room = rooms.get(id);
    if (!shown(room)) continue;
    const name = room.fname || room.name || null;
    const usernames = room.usernames ?? [];
    const key = JSON.stringify([room.t, name, usernames]);
    const group = groups.get(key) ?? { roomType: room.t, name, usernames, messages: 0 };
    group.messages += messages;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.messages - a.messages || (a.name ?? '').localeCompare(b.name ?? '')).slice(0, limit);
}

export interface RoomActivity {
  room: { id: string; name: string | null; type: string; createdAt: Date | null; updatedAt: Date | null; usernames: string[] | null };
  messages: number;
  previousMessages: number;
  change: number;
}

export interface RoomActivityPage {
  rooms: RoomActivity[];
  offset: number;
  count: number;
  total: number;
}

/**
 * Analytics.ts findRoomsByTypesWithNumberOfMessagesBetweenDate (Rocket.Chat 7+): the shown rooms
 * with messages in the period or the previous one, most messages first; `name` prefers `name` over
 * `fname` there. `count` 0 means every room.
 */
export function roomActivityPage(
  current: RoomTotals,
  previous: RoomTotals,
  rooms: ReadonlyMap<string, RoomDocument>,
  page: { offset: number; count: number },
): RoomActivityPage {
  const ids = [...new Set([...current.keys(), ...previous.keys()])];
  const all = ids.flatMap((id): RoomActivity[] => {
    const room = rooms.get(id);
    if (!shown(room)) return [];
    const messages = current.get(id) ?? 0;
    const previousMessages = previous.get(id) ?? 0;
    const described = {
      id,
      name: room.name ?? room.fname ?? null,
      type: room.t,
      createdAt: room.ts ?? null,
      updatedAt: room._updatedAt ?? null,
      usernames: room.usernames ?? null,
    };
    return [{ room: described, messages, previousMessages, change: messages - previousMessages }];
  });
  all.sort((a, b) => b.messages - a.messages || (a.room.id < b.room.id ? -1 : 1));
  const rows = page.count === 0 ? all.slice(page.offset) : all.slice(page.offset, page.offset + page.count);
  return { rooms: rows, offset: page.offset, count: rows.length, total: all.length };
}
