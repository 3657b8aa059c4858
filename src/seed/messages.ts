import type { MessageDocument, UserReference } from './documents';
import { drawPhrase } from './names';
import { SeededRandom } from './random';
import { randomId } from './rocketchat-ids';
import type { RoomPlan } from './room-plan';
import { discussionSlots, messageTime } from './room-timeline';
import { userReference } from './rooms';
import type { UserProfile } from './users';

/** Per message: a reply holds its thread parent's index (≥ 0); other kinds are negative. */
const plain = -1;
const discussionCreated = -2;
/** Rocket.Chat's system messages for a user who joined, left, or was added by another. */
const userJoined = -3;
const userLeft = -4;
const userAdded = -5;
const systemTypes: Record<number, string> = { [userJoined]: 'uj', [userLeft]: 'ul', [userAdded]: 'au' };
const systemKinds = [userJoined, userLeft, userAdded];
/** Author code of the livechat visitor, who is not a user. */
const visitorAuthor = -1;

/** The shape of a room's conversation, decided before any document is built. */
interface RoomConversation {
  kinds: Int32Array;
  authors: Int32Array;
  replyCounts: Int32Array;
  lastReplies: Int32Array;
  repliers: Map<number, Set<number>>;
  discussionAt: Map<number, number>;
}

/**
 * First pass: who writes each message, which are system messages, thread parents and replies.
 * A parent's `tcount` and `tlm` are known before it is emitted, so a room streams its messages
 * in one go with nothing kept but a few integers per message.
 */
function planConversation(seed: number, room: RoomPlan): RoomConversation {
  const n = room.messageCount;
  const random = new SeededRandom(seed).fork('conversation', room.index);
  const c: RoomConversation = {
    kinds: new Int32Array(n).fill(plain),
    authors: new Int32Array(n),
    replyCounts: new Int32Array(n),
    lastReplies: new Int32Array(n),
    repliers: new Map(),
    discussionAt: new Map(),
  };
  discussionSlots(n, room.discussions.length).forEach((slot, k) => {
    if (slot === undefined) return;
    c.kinds[slot] = discussionCreated;
    c.discussionAt.set(slot, room.discussions[k]);
  });
  const reply = (i: number, parent: number) => {
    c.kinds[i] = parent;
    c.replyCounts[parent] += 1;
    c.lastReplies[parent] = i;
    const set = c.repliers.get(parent) ?? new Set<number>();
    set.add(c.authors[i]);
    c.repliers.set(parent, set);
  };
  const openParents: number[] = [];
  for (let i = 0; i < n; i++) {
    c.authors[i] = room.t === 'l' ? (i % 2 === 0 || random.chance(0.3) ? visitorAuthor : (room.agent ?? 0)) : random.pick(room.members);
    if (c.kinds[i] === discussionCreated) continue;
    if (room.kind.default && i < 4) {
      // #general always shows the cases: a join message, a thread parent and its two replies.
      if (i === 0) c.kinds[i] = userJoined;
      else if (i === 1) openParents.push(i);
      else reply(i, 1);
      continue;
    }
    if (room.t === 'l') continue;
    if (room.t !== 'd' && random.chance(0.03)) {
      c.kinds[i] = random.pick(systemKinds);
    } else if (openParents.length > 0 && random.chance(0.15)) {
      reply(i, openParents[random.int(Math.max(0, openParents.length - 5), openParents.length - 1)]);
    } else if (random.chance(0.05)) {
      openParents.push(i);
    }
  }
  return c;
}

/** The `rocketchat_message` documents of one room, oldest first; exactly `room.messageCount` of them. */
export function* generateRoomMessages(seed: number, room: RoomPlan, rooms: readonly RoomPlan[], users: readonly UserProfile[]): Generator<MessageDocument> {
  const c = planConversation(seed, room);
  const random = new SeededRandom(seed).fork('message', room.index);
  const parentIds = new Map<number, string>();
  const authorOf = (code: number): UserReference =>
    code === visitorAuthor && room.visitor ? { _id: room.visitor._id, username: room.visitor.username, name: room.visitor.name } : userReference(users[code]);

  for (let i = 0; i < room.messageCount; i++) {
    const ts = messageTime(room, i);
    const kind = c.kinds[i];
    const author = c.authors[i];
    const message: MessageDocument = {
      _id: randomId(random),
      rid: room._id,
      msg: drawPhrase(random),
      ts,
      u: authorOf(author),
      _updatedAt: ts,
    };
    if (author === visitorAuthor && room.visitor) message.token = room.visitor.token;
    if (kind === discussionCreated) {
      const discussion = rooms[c.discussionAt.get(i) ?? 0];
      Object.assign(message, { t: 'discussion-created', msg: discussion.fname, drid: discussion._id, groupable: false });
    } else if (systemTypes[kind]) {
      // Rocket.Chat's join/leave/added messages carry the affected username as text.
      const subject = kind === userAdded ? users[random.pick(room.members)].username : message.u.username;
      Object.assign(message, { t: systemTypes[kind], msg: subject, groupable: false });
    } else if (kind >= 0) {
      message.tmid = parentIds.get(kind);
    }
    if (c.replyCounts[i] > 0) {
      parentIds.set(i, message._id);
      message.tcount = c.replyCounts[i];
      message.tlm = messageTime(room, c.lastReplies[i]);
      message.replies = [...(c.repliers.get(i) ?? [])].map((code) => authorOf(code)._id);
      message._updatedAt = message.tlm;
      // Every fourth thread parent is pinned by its author (no random draw: the rest of the workspace stays as it was).
      if ((room.index + i) % 4 === 0) Object.assign(message, { pinned: true, pinnedAt: ts, pinnedBy: { _id: message.u._id, username: message.u.username } });
    }
    yield message;
  }
}

export function* generateMessages(seed: number, rooms: readonly RoomPlan[], users: readonly UserProfile[]): Generator<MessageDocument> {
  for (const room of rooms) yield* generateRoomMessages(seed, room, rooms, users);
}
