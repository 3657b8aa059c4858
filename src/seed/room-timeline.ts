import { activityTime } from './activity-rhythm';
import { baseDate } from './options';

/** What the timeline of a room depends on: when it was created and how many messages it holds. */
export interface RoomClock {
  ts: Date;
  messageCount: number;
  /** The room went quiet: its messages end before this date instead of the base date (see health.ts). */
  quietSince?: Date;
  /** Where the even spread starts when `ts` is itself a moved time (a discussion's); `ts` otherwise. */
  timelineStart?: Date;
  /** Where the recent activity ends (activity-rhythm.ts); the base date when absent. */
  activityEnd?: Date;
}

/** The room's i-th message time before the activity rhythm: evenly spread from its start to the base date (or the date it went quiet). */
export function evenMessageTime(room: RoomClock, i: number): number {
  const start = (room.timelineStart ?? room.ts).getTime();
  const span = (room.quietSince ?? baseDate).getTime() - start;
  return start + Math.floor(((i + 1) * span) / (room.messageCount + 1));
}

/**
 * When the room's i-th message was sent: spread evenly between the room's creation and the base
 * date (or the date it went quiet), then the last 90 days moved to the activity window with its
 * weekly rhythm and growth. A formula rather than a draw, so a room's `lm`, a thread's `tlm` and a
 * discussion's creation time are known before its messages are generated.
 */
export function messageTime(room: RoomClock, i: number): Date {
  return new Date(activityTime(evenMessageTime(room, i), room.activityEnd ?? baseDate));
}

/** The first messages of a room are reserved (the thread showcase of the general room, see messages.ts). */
const firstDiscussionSlot = 4;

/**
 * Which message of a parent room announces each of its `discussions` (Rocket.Chat's
 * `discussion-created` message, carrying `drid`): spread over the first half of the room's messages.
 * `undefined` when the room has too few messages to announce that discussion.
 */
export function discussionSlots(messageCount: number, discussions: number): Array<number | undefined> {
  const slots: Array<number | undefined> = [];
  let previous = -1;
  for (let k = 0; k < discussions; k++) {
    const slot = firstDiscussionSlot + Math.floor((k * Math.max(0, messageCount - firstDiscussionSlot)) / (2 * discussions));
    if (slot < messageCount && slot > previous) {
      slots.push(slot);
      previous = slot;
    } else {
      slots.push(undefined);
    }
  }
  return slots;
}
