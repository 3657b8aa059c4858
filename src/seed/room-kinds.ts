import type { RoomType } from './documents';
import type { SeededRandom } from './random';

/** What a room is, before ids, members and dates are drawn for it. */
export interface RoomKind {
  t: RoomType;
  /** Index of the parent room: the room is a discussion (`prid`). */
  parent?: number;
  /** No `msgs` field at all (rooms from old versions or imports), and no messages. */
  withoutMsgsField?: true;
  /** `msgs: 0`: a room nobody wrote in yet. */
  empty?: true;
  /** Livechat: still open (an agent subscription) or closed. */
  open?: boolean;
  default?: true;
}

/**
 * Rooms 0…9: one of every case the room figures tell apart (docs/figures.md "Rooms"), so each
 * exists even in a tiny workspace.
 */
export const guaranteedRoomKinds: readonly RoomKind[] = [
  // #general: every human is a member; shows a thread and a system message; parent of room 4
  { t: 'c', default: true },
  // a private group, parent of room 5
  { t: 'p' },
  // the direct room of the admin and the plain user
  { t: 'd' },
  { t: 'l', open: true },
  // discussions in a channel and in a group: totalDiscussionsMessages, not channel/group messages
  { t: 'c', parent: 0 },
  { t: 'p', parent: 1 },
  { t: 'c', withoutMsgsField: true },
  { t: 'p', empty: true },
  { t: 'l', open: false },
  { t: 'd' },
];

/** Guaranteed rooms that hold messages get at least this many: room 0's showcase needs 4, plus a discussion. */
export const guaranteedRoomMinimumMessages = 8;

/**
 * The everyday mix; `parents` are the channels and groups (not discussions) created before,
 * which a new discussion may hang from.
 */
export function drawRoomKind(random: SeededRandom, parents: readonly number[], parentTypes: readonly RoomType[]): RoomKind {
  const choice = random.weighted<RoomType | 'discussion'>([
    ['c', 30],
    ['p', 25],
    ['d', 30],
    ['l', 5],
    ['discussion', 10],
  ]);
  if (choice === 'discussion') {
    const position = random.int(0, parents.length - 1);
    return { t: parentTypes[position], parent: parents[position] };
  }
  if (choice === 'l') return { t: 'l', open: random.chance(0.3) };
  const kind: RoomKind = { t: choice };
  if (random.chance(0.03)) kind.withoutMsgsField = true;
  else if (random.chance(0.02)) kind.empty = true;
  return kind;
}
