import type { HourlyDataAnswer, UsersByTimeOfDayAnswer, WeeklyDataAnswer } from './engagement-types';
import { daysOf, utcDayKey, type DayRange } from './periods';

/** One bar per day of the period. */
export interface DayValue {
  /** "YYYY-MM-DD" (UTC). */
  day: string;
  value: number;
}

/**
 * Every day of the period with its value, 0 on days the answer leaves out (new-users and
 * messages-sent list only days with something), as Rocket.Chat's NewUsersSection and
 * MessagesSentSection fill theirs; days outside the period are ignored.
 */
export function fillDays(range: DayRange, entries: readonly { day: string; value: number }[]): DayValue[] {
  const values = new Map(daysOf(range).map((day) => [utcDayKey(day), 0]));
  for (const { day, value } of entries) {
    const key = utcDayKey(new Date(day));
    const known = values.get(key);
    if (known !== undefined) values.set(key, known + value);
  }
  return [...values].map(([day, value]) => ({ day, value }));
}

/** Monday first; Date's getUTCDay() is 0 for Sunday. */
export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type Weekday = (typeof weekdays)[number];

const weekdayOf = (year: number, month: number, day: number): Weekday => weekdays[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]!;

/** users[hour][weekday index]: users of each hour of each weekday, summed over the period's days. */
export type WeekdayHourGrid = number[][];

/**
 * users-by-time-of-the-day-in-a-week's cells gathered by weekday and hour. Rocket.Chat draws one
 * column per date, which at 30 or 90 days is too narrow to read on a phone; a week of columns keeps
 * the pattern and still shows a 7-day period date for date.
 */
export function weekdayHourGrid({ week }: UsersByTimeOfDayAnswer): WeekdayHourGrid {
  const grid = Array.from({ length: 24 }, () => weekdays.map(() => 0));
  for (const { users, hour, day, month, year } of week) {
    const row = grid[hour];
    if (row) row[weekdays.indexOf(weekdayOf(year, month, day))]! += users;
  }
  return grid;
}

/** The heatmap's rows as the CSV lists them, like Rocket.Chat's: the hour's moment, its users, oldest first. */
export function timeOfDayRows({ week }: UsersByTimeOfDayAnswer): [string, number][] {
  return week
    .map(({ users, hour, day, month, year }) => [new Date(Date.UTC(year, month - 1, day, hour)).toISOString(), users] as [string, number])
    .sort(([a], [b]) => a.localeCompare(b));
}

/** hourly-data in twelve 2-hour bars (0, 2, … 22), as Rocket.Chat's ContentForHours draws it. */
export function twoHourBuckets({ hours }: HourlyDataAnswer): { hour: number; users: number }[] {
  const buckets = Array.from({ length: 12 }, (_, index) => ({ hour: index * 2, users: 0 }));
  for (const { hour, users } of hours) {
    const bucket = buckets[Math.floor(hour / 2)];
    if (bucket) bucket.users += users;
  }
  return buckets;
}

/** weekly-data's days, oldest first, as Rocket.Chat's ContentForDays sorts them. */
export function weekDays({ month }: WeeklyDataAnswer): DayValue[] {
  return month
    .map(({ users, day, month: monthOfYear, year }) => ({ day: utcDayKey(new Date(Date.UTC(year, monthOfYear - 1, day))), value: users }))
    .sort((a, b) => a.day.localeCompare(b.day));
}
