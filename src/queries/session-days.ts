import type { Document } from 'mongodb';

// The calendar days of Rocket.Chat's session windows (packages/models/src/models/Sessions.ts
// getUniqueUsersOfYesterday, getMatchOfLastMonthOrWeek). Rocket.Chat counts in its server's local
// time; the gateway counts in UTC, which is what a Rocket.Chat container runs in (docs/figures.md).

/** A day as `user_daily` documents store it: year, month 1–12, day of the month. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export type SessionWindow = 'yesterday' | 'lastWeek' | 'lastMonth';

const dayOf = (date: Date): CalendarDay => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
/** Date.UTC rolls an overflowing day or month into the next, as Rocket.Chat's setMonth and setDate do. */
const utcDay = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));
const lastDayOfMonth = (year: number, month: number) => utcDay(year, month, 0).getUTCDate();

/** Every window ends with yesterday, the day before `now`. */
export function yesterdayOf(now: Date): CalendarDay {
  return dayOf(utcDay(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
}

/**
 * The first day of a window ending on `end`: the same day for yesterday, six days before for the
 * week, and for the month the day after the same day a month before (the 1st when `end` is the
 * last day of its month, or when the month before is too short).
 */
export function windowStart(end: CalendarDay, window: SessionWindow): CalendarDay {
  if (window === 'yesterday') return end;
  if (window === 'lastWeek') return dayOf(utcDay(end.year, end.month - 1, end.day - 6));
  const previousMonthLastDay = lastDayOfMonth(end.year, end.month - 1);
  const startDay = (end.day === lastDayOfMonth(end.year, end.month) ? previousMonthLastDay : Math.min(previousMonthLastDay, end.day)) + 1;
  return dayOf(utcDay(end.year, end.month - 2, startDay));
}

const ordinal = (d: CalendarDay) => d.year * 10_000 + d.month * 100 + d.day;

export function isWithin(day: CalendarDay, start: CalendarDay, end: CalendarDay): boolean {
  return ordinal(day) >= ordinal(start) && ordinal(day) <= ordinal(end);
}

/**
 * A filter on `year`, `month`, `day` for the days from `start` to `end`: one clause per calendar
 * month (two at most for a month's window), each a range the `{ type, year, month, day }` index answers.
 */
export function daysFilter(start: CalendarDay, end: CalendarDay): Document {
  const clauses: Document[] = [];
  for (let year = start.year, month = start.month; ordinal({ year, month, day: 1 }) <= ordinal({ ...end, day: 1 });) {
    const first = year === start.year && month === start.month ? start.day : 1;
    const last = year === end.year && month === end.month ? end.day : lastDayOfMonth(year, month);
    clauses.push({ year, month, day: { $gte: first, $lte: last } });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return clauses.length === 1 ? clauses[0]! : { $or: clauses };
}
