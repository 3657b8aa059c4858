import type { RoomDocument, UserReference } from './documents';
import { baseDate } from './options';
import type { RoomPlan } from './room-plan';
import { messageTime } from './room-timeline';
import type { UserProfile } from './users';

export function userReference(user: UserProfile): UserReference {
  return { _id: user._id, username: user.username, name: user.name };
}

/** The `rocketchat_room` document of a planned room, shaped per type as Rocket.Chat creates it. */
export function buildRoom(room: RoomPlan, rooms: readonly RoomPlan[], users: readonly UserProfile[]): RoomDocument {
  const lm = room.messageCount > 0 ? messageTime(room, room.messageCount - 1) : undefined;
  const document: RoomDocument = {
    _id: room._id,
    t: room.t,
    ts: room.ts,
    _updatedAt: lm ?? room.ts,
    usersCount: room.members.length,
  };
  // Rocket.Chat keeps `msgs` on every room it creates; a missing one means an old or imported room.
  if (!room.kind.withoutMsgsField) document.msgs = room.messageCount;
  if (lm) document.lm = lm;

  if (room.t === 'd') {
    // Direct rooms have no creator (`u`) and no name: their members are listed instead.
    const members = room.members.map((member) => users[member]);
    document.usernames = members.map((member) => member.username);
    document.uids = members.map((member) => member._id);
  } else if (room.t === 'l' && room.visitor && room.agent !== undefined) {
    const { name, ...visitor } = room.visitor;
    const agent = users[room.agent];
    document.fname = name;
    document.v = visitor;
    document.servedBy = { _id: agent._id, username: agent.username, ts: room.ts };
    document.source = { type: 'widget' };
    document.usersCount = 1;
    if (room.kind.open) document.open = true;
    else document.closedAt = lm ?? new Date(Math.min(room.ts.getTime() + 3600_000, baseDate.getTime()));
  } else {
    document.name = room.name;
    document.fname = room.fname;
    if (room.creator !== undefined) document.u = userReference(users[room.creator]);
    document.ro = false;
    document.sysMes = true;
    if (room.kind.default) document.default = true;
    if (room.kind.parent !== undefined) document.prid = rooms[room.kind.parent]._id;
  }
  return document;
}

export function* generateRooms(rooms: readonly RoomPlan[], users: readonly UserProfile[]): Generator<RoomDocument> {
  for (const room of rooms) yield buildRoom(room, rooms, users);
}
