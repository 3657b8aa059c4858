import { dayMs, dayOf, type Day } from './calendar';

/**
 * A requested period and the one it is compared with, as Rocket.Chat's EE code derives them
 * (apps/meteor/ee/server/lib/engagementDashboard/messages.ts, users.ts, channels.ts): the day count
 * is the whole days between start and end plus one (moment's diff, truncated); the previous period
 * ends the day before start and begins that many days earlier, so it spans one calendar day more;
 * daily series keep at most `dayCount` days (their `$limit`), the newest first.
 */
export interface ComparedPeriods {
  dayCount: number;
  current: { first: Day; last: Day };
  previous: { first: Day; last: Day };
  /** `end`'s day and the one before: the "yesterday" figures compare them. */
  today: Day;
  yesterday: Day;
}

export function comparePeriods(start: Date, end: Date): ComparedPeriods {
  const dayCount = Math.trunc((end.getTime() - start.getTime()) / dayMs) + 1;
  const endOfPrevious = dayOf(start.getTime() - dayMs);
  return {
    dayCount,
    current: { first: dayOf(start), last: dayOf(end) },
    previous: { first: endOfPrevious - dayCount, last: endOfPrevious },
    today: dayOf(end),
    yesterday: dayOf(end) - 1,
  };
}
