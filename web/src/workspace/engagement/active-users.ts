import type { ActiveUsersDay } from './engagement-types';
import { addDays, daysOf, utcDayKey, type DayRange } from './periods';

/** One day of the period: users active that day, in the 7 days and in the 30 days ending that day. */
export interface ActiveUsersPoint {
  day: Date;
  dau: number;
  wau: number;
  mau: number;
}

export interface ActiveUsersFigures {
  points: ActiveUsersPoint[];
  /** The last day's figures and their change from the day before. */
  latest: { dau: number; wau: number; mau: number };
  change: { dau: number; wau: number; mau: number };
}

const dayKeyOf = ({ year, month, day }: ActiveUsersDay): string => utcDayKey(new Date(Date.UTC(year, month - 1, day)));

function distinctUsers(usersByDay: Map<string, string[]>, lastDay: Date, days: number): number {
  const users = new Set<string>();
  for (let back = 0; back < days; back += 1) for (const id of usersByDay.get(utcDayKey(addDays(lastDay, -back))) ?? []) users.add(id);
  return users.size;
}

/**
 * DAU, WAU and MAU from active-users' user lists, as Rocket.Chat's ActiveUsersSection derives them
 * (distinct user ids over the 1, 7 and 30 days ending each day), for any period length and with the
 * 29 days before the period counted: Rocket.Chat drops those and always draws 30 points, so its
 * first WAU and MAU points undercount. `range` is the period shown; `month` covers 29 days more.
 */
export function deriveActiveUsers(month: readonly ActiveUsersDay[], range: DayRange): ActiveUsersFigures {
  const usersByDay = new Map<string, string[]>();
  for (const entry of month) usersByDay.set(dayKeyOf(entry), [...(usersByDay.get(dayKeyOf(entry)) ?? []), ...entry.usersList]);
  const figuresOn = (day: Date) => ({
    dau: distinctUsers(usersByDay, day, 1),
    wau: distinctUsers(usersByDay, day, 7),
    mau: distinctUsers(usersByDay, day, 30),
  });
  const points = daysOf(range).map((day) => ({ day, ...figuresOn(day) }));
  const last = points[points.length - 1] ?? { day: range.end, dau: 0, wau: 0, mau: 0 };
  const before = figuresOn(addDays(last.day, -1));
  return {
    points,
    latest: { dau: last.dau, wau: last.wau, mau: last.mau },
    change: { dau: last.dau - before.dau, wau: last.wau - before.wau, mau: last.mau - before.mau },
  };
}
