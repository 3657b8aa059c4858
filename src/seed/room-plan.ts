import type { RoomType, VisitorReference } from './documents';
import { markHealthCases } from './health';
import { allocateMessages } from './message-allocation';
import { drawRoomName, drawTopic } from './names';
import { baseDate, installedAt } from './options';
import { SeededRandom } from './random';
import { randomId, randomSecret } from './rocketchat-ids';
import { drawRoomKind, guaranteedRoomKinds, guaranteedRoomMinimumMessages, type RoomKind } from './room-kinds';
import { activityEndOf } from './activity-rhythm';
import { discussionSlots, evenMessageTime, messageTime } from './room-timeline';
import type { UserProfile } from './users';

/** Everything decided about a room before any of its documents is built. */
export interface RoomPlan {
  index: number;
  _id: string;
  kind: RoomKind;
  t: RoomType;
  name?: string;
  fname?: string;
  ts: Date;
  /** A discussion's start before the activity rhythm moved it (room-timeline.ts). */
  timelineStart?: Date;
  /** Where the recent activity ends: the seed's clock (activity-rhythm.ts). */
  activityEnd: Date;
  /** User index of the creator (channels and groups). */
  creator?: number;
  /** User indexes with a subscription; they write the room's messages (livechat: see `agent`). */
  members: readonly number[];
  /** Room indexes of the discussions whose `prid` is this room. */
  discussions: number[];
  /** The room's `msgs`, and the exact number of messages generated for it. */
  messageCount: number;
  agent?: number;
  visitor?: VisitorReference & { name: string };
  /** Dead since then (health.ts): its last message is older. */
  quietSince?: Date;
  /** No member holds the owner role (health.ts). */
  ownerless?: true;
}

const day = 24 * 3600 * 1000;

/** Plans every room; `users` are the profiles of the whole workspace, by index; `now` is the seed's clock. */
export function planRooms(seed: number, count: number, totalMessages: number, users: readonly UserProfile[], now = baseDate): RoomPlan[] {
  const activityEnd = activityEndOf(now);
  const root = new SeededRandom(seed).fork('rooms');
  const humans = users.flatMap((user, index) => (user.type === 'user' ? [index] : []));
  const agents = users.flatMap((user, index) => (user.active && user.roles.includes('livechat-agent') ? [index] : []));
  const usedDirectIds = new Set<string>();
  const parents: number[] = [];
  const parentTypes: RoomType[] = [];
  const rooms: RoomPlan[] = [];

  for (let index = 0; index < count; index++) {
    const random = root.fork('room', index);
    const kind = guaranteedRoomKinds[index] ?? drawRoomKind(random, parents, parentTypes);
    const ts = index === 0 ? new Date(installedAt.getTime() + 60_000) : random.dateBetween(installedAt, new Date(baseDate.getTime() - 30 * day));
    const room: RoomPlan = { index, _id: '', kind, t: kind.t, ts, activityEnd, members: [], discussions: [], messageCount: 0 };
    if (kind.t === 'd') {
      const pair = index === 2 ? [0, 1] : drawDirectPair(random, humans, users, usedDirectIds);
      room.members = pair;
      room._id = directRoomId(pair.map((member) => users[member]._id));
      if (usedDirectIds.has(room._id)) room._id = randomId(random);
      usedDirectIds.add(room._id);
    } else if (kind.t === 'l') {
      room._id = randomId(random);
      room.agent = agents.length > 0 ? random.pick(agents) : 0;
      room.members = kind.open ? [room.agent] : [];
      room.visitor = {
        _id: randomId(random),
        username: `guest-${index}`,
        token: randomSecret(random),
        status: kind.open ? 'online' : 'offline',
        name: `Visitor ${index}`,
      };
    } else if (kind.parent !== undefined) {
      const parent = rooms[kind.parent];
      room._id = randomId(random);
      // Rocket.Chat names a discussion by an id; people see its fname.
      room.name = randomId(random);
      room.fname = `${drawTopic(random)} discussion ${index}`;
      room.creator = random.pick(parent.members);
      room.members = drawMembers(random, room.creator, parent.members);
      parent.discussions.push(index);
    } else {
      room._id = randomId(random);
      room.name = kind.default ? 'general' : drawRoomName(random, index);
      room.fname = room.name;
      room.creator = kind.default ? 0 : random.pick(humans);
      // #general holds every human, as Rocket.Chat's default channel does.
      room.members = kind.default ? humans : drawMembers(random, room.creator, humans);
      parents.push(index);
      parentTypes.push(kind.t);
    }
    rooms.push(room);
  }

  const counts = allocateMessages(
    root.fork('message-allocation'),
    rooms.map((room) => ({
      eligible: !room.kind.withoutMsgsField && !room.kind.empty,
      minimum: room.index < guaranteedRoomKinds.length ? guaranteedRoomMinimumMessages : 1,
    })),
    totalMessages,
  );
  rooms.forEach((room, index) => (room.messageCount = counts[index]));
  markHealthCases(rooms);
  dateDiscussions(root.fork('discussion-dates'), rooms);
  return rooms;
}

/** A discussion starts at the parent's `discussion-created` message, or later when it has none. */
function dateDiscussions(random: SeededRandom, rooms: RoomPlan[]): void {
  for (const parent of rooms) {
    discussionSlots(parent.messageCount, parent.discussions.length).forEach((slot, k) => {
      const discussion = rooms[parent.discussions[k]];
      if (slot === undefined) {
        discussion.ts = random.dateBetween(parent.ts, new Date(baseDate.getTime() - day));
      } else {
        // Created at its announcement; its own messages spread from the announcement's even time.
        discussion.ts = messageTime(parent, slot);
        discussion.timelineStart = new Date(evenMessageTime(parent, slot));
      }
    });
  }
}

/** The creator plus a few others: most rooms are small, a few are large. */
function drawMembers(random: SeededRandom, creator: number, pool: readonly number[]): number[] {
  const wanted = 1 + Math.floor(random.next() ** 3 * Math.min(40, pool.length - 1));
  const members = new Set<number>([creator]);
  for (let attempt = 0; members.size < wanted && attempt < wanted * 3; attempt++) members.add(random.pick(pool));
  return [...members];
}

function drawDirectPair(random: SeededRandom, humans: readonly number[], users: readonly UserProfile[], used: ReadonlySet<string>): number[] {
  let pair: number[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    const first = random.pick(humans);
    let second = random.pick(humans);
    if (second === first) second = humans[(humans.indexOf(first) + 1) % humans.length];
    pair = [first, second];
    if (!used.has(directRoomId([users[first]._id, users[second]._id]))) break;
  }
  return pair;
}

/** Rocket.Chat's direct rooms are named by their two user ids, sorted and joined. */
function directRoomId(userIds: string[]): string {
  return [...userIds].sort().join('');
}
