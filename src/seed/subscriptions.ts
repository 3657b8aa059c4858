import type { SubscriptionDocument } from './documents';
import { baseDate } from './options';
import { SeededRandom } from './random';
import { randomId } from './rocketchat-ids';
import type { RoomPlan } from './room-plan';
import type { UserProfile } from './users';

/** How the room is called in one member's sidebar: a direct room by the other member, livechat by the visitor. */
function sidebarName(room: RoomPlan, member: number, users: readonly UserProfile[]): { name: string; fname?: string } {
  if (room.t === 'd') {
    const other = users[room.members.find((candidate) => candidate !== member) ?? member];
    return { name: other.username, fname: other.name };
  }
  if (room.t === 'l' && room.visitor) return { name: room.visitor.username, fname: room.visitor.name };
  return { name: room.name ?? room._id, fname: room.fname };
}

/** One `rocketchat_subscription` per member of the room (closed livechat rooms have none). */
export function* generateRoomSubscriptions(
  seed: number,
  room: RoomPlan,
  rooms: readonly RoomPlan[],
  users: readonly UserProfile[],
): Generator<SubscriptionDocument> {
  const random = new SeededRandom(seed).fork('subscriptions', room.index);
  for (const member of room.members) {
    const user = users[member];
    const joined = member === room.creator ? room.ts : random.dateBetween(room.ts, baseDate);
    // Users who never logged in never opened the room: no `ls`, everything unread.
    const lastSeen = user.neverLoggedIn || random.chance(0.05) ? undefined : random.dateBetween(joined, baseDate);
    const unread = lastSeen
      ? random.weighted([
          [0, 70],
          [random.int(1, 20), 30],
        ])
      : Math.min(room.messageCount, 99);
    const subscription: SubscriptionDocument = {
      _id: randomId(random),
      rid: room._id,
      u: { _id: user._id, username: user.username },
      t: room.t,
      ...sidebarName(room, member, users),
      ts: joined,
      open: random.chance(0.9),
      alert: unread > 0,
      unread,
      userMentions: 0,
      groupMentions: 0,
      _updatedAt: lastSeen ?? joined,
    };
    if (lastSeen) subscription.ls = lastSeen;
    if (member === room.creator && !room.ownerless) subscription.roles = ['owner'];
    if (room.kind.parent !== undefined) subscription.prid = rooms[room.kind.parent]._id;
    yield subscription;
  }
}

export function* generateSubscriptions(seed: number, rooms: readonly RoomPlan[], users: readonly UserProfile[]): Generator<SubscriptionDocument> {
  for (const room of rooms) yield* generateRoomSubscriptions(seed, room, rooms, users);
}

export function countSubscriptions(rooms: readonly RoomPlan[]): number {
  return rooms.reduce((sum, room) => sum + room.members.length, 0);
}
