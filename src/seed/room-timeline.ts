import { baseDate } from './options';

/** What the timeline of a room depends on: when it was created and how many messages it holds. */
export interface RoomClock {
  ts: Date;
  messageCount: number;
  /** The room went quiet: its messages end before this date instead of the base date (see health.ts). */
  quietSince?: Date;
}

/**
 * When the room's i-th message was sent: messages are spread evenly between the room's creation and
 * the base date (or the date it went quiet). A formula rather than a draw, so a room's `lm`, a thread's `tlm` and a discussion's
 * creation time are known before its messages are generated.
 */
export function messageTime(room: RoomClock, i: number): Date {
  const span = (room.quietSince ?? baseDate).getTime() - room.ts.getTime();
  return new Date(room.ts.getTime() + Math.floor(((i + 1) * span) / (room.messageCount + 1)));
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
