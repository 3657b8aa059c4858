import { dayOfParts, daysBetween, startOfDay, type Day } from './calendar';
import type { ActiveDay } from './day-families';
import type { SessionHours } from './session-cells';

export interface ActiveUsersOfDay {
  day: Date;
  userIds: string[];
  users: number;
}

/** Sessions.ts getActiveUsersOfPeriodByDayBetweenDates: distinct users of each day with any, newest first. */
export function activeUsersByDay(activeOf: (day: Day) => ActiveDay, first: Day, last: Day): ActiveUsersOfDay[] {
  return daysBetween(first, last)
    .reverse()
    .map((day) => ({ day: startOfDay(day), userIds: activeOf(day).userIds, users: activeOf(day).userIds.length }))
    .filter((entry) => entry.users > 0);
}

export interface UsersOfDay {
  day: Date;
  users: number;
}

/** Sessions.ts getTotalOfSessionsByDayBetweenDates: daily session documents per day (not distinct users), newest first. */
export function sessionsByDay(activeOf: (day: Day) => ActiveDay, first: Day, last: Day): UsersOfDay[] {
  return daysBetween(first, last)
    .reverse()
    .map((day) => ({ day: startOfDay(day), users: activeOf(day).documents }))
    .filter((entry) => entry.users > 0);
}

export interface UsersInHourOfDay {
  day: Date;
  hour: number;
  users: number;
}

/** Sessions.ts getTotalOfSessionByHourAndDayBetweenDates: distinct users per day and hour, newest first. */
export function usersByHourOfDay(parts: readonly SessionHours[]): UsersInHourOfDay[] {
  const merged = new Map<string, { day: Day; hour: number; users: Set<string> }>();
  for (const cell of parts.flatMap((part) => part.cells)) {
    const day = dayOfParts(cell);
    const key = `${day}:${cell.hour}`;
    let entry = merged.get(key);
    if (!entry) merged.set(key, (entry = { day, hour: cell.hour, users: new Set() }));
    for (const id of cell.userIds) entry.users.add(id);
  }
  return [...merged.values()]
    .sort((a, b) => b.day - a.day || b.hour - a.hour)
    .map((entry) => ({ day: startOfDay(entry.day), hour: entry.hour, users: entry.users.size }));
}

export interface UsersInHour {
  hour: number;
  users: number;
}

/**
 * Sessions.ts getBusiestTimeWithinHoursPeriod with groupSize 2: for hours 0, 2, … 22, the distinct
 * users whose login covers that hour of the day, whatever the date; every bucket once any login matched.
 */
export function busiestHours(parts: readonly SessionHours[]): UsersInHour[] {
  if (parts.every((part) => part.sessions === 0)) return [];
  const buckets: UsersInHour[] = [];
  for (let hour = 22; hour >= 0; hour -= 2) {
    const users = new Set(parts.flatMap((part) => part.cells.filter((cell) => cell.hour === hour).flatMap((cell) => cell.userIds)));
    buckets.push({ hour, users: users.size });
  }
  return buckets;
}
