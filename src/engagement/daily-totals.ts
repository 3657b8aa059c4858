import { daysBetween, startOfDay, type Day } from './calendar';
import type { ComparedPeriods } from './period';

export interface DailyCount {
  day: Date;
  count: number;
}

export interface CountChange {
  count: number;
  change: number;
}

export interface DailyTotals {
  /** The days of the period with a count, newest first. */
  days: DailyCount[];
  period: CountChange;
  yesterday: CountChange;
}

/**
 * Rocket.Chat's findWeeklyMessagesSentData / findWeeklyUsersRegisteredData
 * (apps/meteor/ee/server/lib/engagementDashboard/messages.ts, users.ts): the Analytics grouping
 * holds only days with a count, newest first, at most `dayCount` of them (also in the previous period,
 * which spans a day more); "yesterday" is end's day minus one, compared with end's day.
 */
export function dailyTotals(countOf: (day: Day) => number, periods: ComparedPeriods): DailyTotals {
  const series = (first: Day, last: Day) =>
    daysBetween(first, last)
      .reverse()
      .map((day) => ({ day, count: countOf(day) }))
      .filter((entry) => entry.count !== 0)
      .slice(0, Math.max(0, periods.dayCount));
  const current = series(periods.current.first, periods.current.last);
  const previous = series(periods.previous.first, periods.previous.last);
  const total = (entries: typeof current) => entries.reduce((sum, entry) => sum + entry.count, 0);
  const on = (day: Day) => current.find((entry) => entry.day === day)?.count ?? 0;
  return {
    days: current.map((entry) => ({ day: startOfDay(entry.day), count: entry.count })),
    period: { count: total(current), change: total(current) - total(previous) },
    yesterday: { count: on(periods.yesterday), change: on(periods.today) - on(periods.yesterday) },
  };
}
