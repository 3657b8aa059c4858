import type { DatabaseQuery } from '../queries/database-query';
import { engagementQueries, type TimeRange } from '../queries/engagement';
import { dayMs, startOfDay, type Day } from './calendar';
import { hourCells, type SessionHours } from './session-cells';

/** One engagement query family, read day by day; a day's figures are kept once they can no longer change. */
export interface DayFamily<Raw, Kept> {
  name: 'messages' | 'newUsers' | 'activeUsers' | 'sessionHours';
  query(day: Day): DatabaseQuery<Raw>;
  toKept(raw: Raw): Kept;
  /** From when (ms) the day's figures are final. */
  settledAt(day: Day): number;
}

/** The whole day, both ends included, as Rocket.Chat's `$gte`/`$lte` ranges. */
export const wholeDay = (day: Day): TimeRange => ({ from: startOfDay(day), to: new Date(startOfDay(day + 1).getTime() - 1) });

/** Messages and users are final when their day is over. */
const afterTheDay = (day: Day) => startOfDay(day + 1).getTime();
/**
 * Rocket.Chat writes a day's `user_daily` and `computed-session` documents in the night after it
 * (SAUMonitor's daily `aggregate-sessions` job, apps/meteor/server/services/sauMonitor/), so session
 * days are final from 03:00 UTC of the next day.
 */
const afterSessionAggregation = (day: Day) => startOfDay(day + 1).getTime() + 3 * 3600 * 1000;

/** Messages per room of a day (objects, not pairs: FerretDB stores no nested arrays). */
export type RoomCounts = Array<{ roomId: string; messages: number }>;

export const messagesFamily: DayFamily<RoomCounts, RoomCounts> = {
  name: 'messages',
  query: (day) => engagementQueries.countMessagesByRoom(wholeDay(day)),
  toKept: (raw) => [...raw].sort((a, b) => (a.roomId < b.roomId ? -1 : a.roomId > b.roomId ? 1 : 0)),
  settledAt: afterTheDay,
};

export const newUsersFamily: DayFamily<number, number> = {
  name: 'newUsers',
  query: (day) => engagementQueries.countNewUsers(wholeDay(day)),
  toKept: (raw) => raw,
  settledAt: afterTheDay,
};

/** A day's daily session documents: who was active, and how many documents (the weekly chart counts those). */
export interface ActiveDay {
  userIds: string[];
  documents: number;
}

export const activeUsersFamily: DayFamily<string[], ActiveDay> = {
  name: 'activeUsers',
  query: (day) => engagementQueries.findDailySessions(day),
  toKept: (raw) => ({ userIds: [...new Set(raw)].sort(), documents: raw.length }),
  settledAt: afterSessionAggregation,
};

export const sessionHoursFamily: DayFamily<Parameters<typeof hourCells>[0], SessionHours> = {
  name: 'sessionHours',
  query: (day) => engagementQueries.findComputedSessions(wholeDay(day)),
  toKept: (raw) => ({ sessions: raw.length, cells: hourCells(raw) }),
  settledAt: afterSessionAggregation,
};

export const dayFamilies = [messagesFamily, newUsersFamily, activeUsersFamily, sessionHoursFamily];

/** Days start at midnight UTC; a range covers a day when it holds all of it. */
export const coversDay = (range: TimeRange, day: Day) =>
  range.from.getTime() <= startOfDay(day).getTime() && range.to.getTime() >= startOfDay(day).getTime() + dayMs - 1;
