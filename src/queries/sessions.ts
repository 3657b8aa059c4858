import type { Db } from 'mongodb';
import { defineQueries } from './database-query';
import { daysFilter, windowStart, yesterdayOf, type CalendarDay } from './session-days';

/** One device of a `user_daily` document: what Rocket.Chat's daily job sums per user, day and device. */
export interface DailyDevice {
  device?: { type?: unknown; name?: unknown; version?: unknown; os?: { name?: unknown; version?: unknown } };
  sessions?: unknown;
  time?: unknown;
}

/** A `user_daily` document: one user's sessions of one day (Sessions.ts aggregates.dailySessions). */
export interface UserDailySession extends CalendarDay {
  userId?: unknown;
  mostImportantRole?: unknown;
  sessions?: unknown;
  time?: unknown;
  devices?: DailyDevice[];
}

export interface UserDailySessions {
  /** The last day of every window. */
  yesterday: CalendarDay;
  /** The documents of the last month's window, which holds the week's and yesterday's. */
  documents: UserDailySession[];
}

/**
 * Rocket.Chat runs nine aggregations, three per window, with $unwind and several accumulators; the
 * gateway reads the month's `user_daily` documents once and groups them in code (src/figures/session-groups.ts).
 */
async function findUserDailySessions(db: Db): Promise<UserDailySessions> {
  const yesterday = yesterdayOf(new Date());
  const documents = await db
    .collection('rocketchat_sessions')
    .find<UserDailySession>(
      { type: 'user_daily', ...daysFilter(windowStart(yesterday, 'lastMonth'), yesterday) },
      { projection: { _id: 0, year: 1, month: 1, day: 1, userId: 1, mostImportantRole: 1, sessions: 1, time: 1, devices: 1 } },
    )
    .toArray();
  return { yesterday, documents };
}

export const sessionQueries = defineQueries({
  findUserDailySessions: {
    command:
      "rocketchat_sessions.find({ type: 'user_daily', year, month, day: { $gte, $lte } (one clause per month of the last month) }, { userId, mostImportantRole, sessions, time, devices })",
    index: '{ type: 1, year: 1, month: 1, day: 1 }: the last month only',
    cost: 'scan',
    run: findUserDailySessions,
  },
});
