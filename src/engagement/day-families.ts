import type { DatabaseQuery } from '../queries/database-query';
import { engagementQueries, type SessionDocument, type TimeRange } from '../queries/engagement';
import { dayMs, dayOf, dayOfParts, daysBetween, startOfDay, type Day, type DayRun } from './calendar';
import { hourCells, type SessionHours } from './session-cells';

/**
 * One query for a run of consecutive days, whose documents are told apart by day in code: each day
 * gets exactly what the family's query of that day answers.
 */
export interface RunQuery<Document, Raw> {
  query(run: DayRun): DatabaseQuery<Document[]>;
  /** Every day of the run, with what its own day query would answer. */
  split(documents: readonly Document[], run: DayRun): Map<Day, Raw>;
}

/** One engagement query family, read by day; a day's figures are kept once they can no longer change. */
export interface DayFamily<Raw, Kept, Document = unknown> {
  name: 'messages' | 'newUsers' | 'activeUsers' | 'sessionHours';
  query(day: Day): DatabaseQuery<Raw>;
  /** Where one indexed read of a run of days is cheaper than a query per day (absent: day by day). */
  run?: RunQuery<Document, Raw>;
  toKept(raw: Raw): Kept;
  /** From when (ms) the day's figures are final. */
  settledAt(day: Day): number;
}

/** The whole day, both ends included, as Rocket.Chat's `$gte`/`$lte` ranges. */
export const wholeDay = (day: Day): TimeRange => ({ from: startOfDay(day), to: new Date(startOfDay(day + 1).getTime() - 1) });

/** A run's days, from its first day's start to its last day's end. */
export const wholeRun = (run: DayRun): TimeRange => ({ from: startOfDay(run.first), to: wholeDay(run.last).to });

/** The documents of a run, by the day `dayOfDocument` gives (absent: it belongs to none of the run's days), as `rawOf` reads them. */
function byDayOfRun<Document, Raw>(
  documents: readonly Document[],
  run: DayRun,
  dayOfDocument: (document: Document) => Day | undefined,
  rawOf: (documents: Document[]) => Raw,
): Map<Day, Raw> {
  const grouped = new Map<Day, Document[]>(daysBetween(run.first, run.last).map((day) => [day, []]));
  for (const document of documents) {
    const day = dayOfDocument(document);
    if (day !== undefined) grouped.get(day)?.push(document);
  }
  return new Map([...grouped].map(([day, ofDay]) => [day, rawOf(ofDay)]));
}

/** A date's UTC day: the day whose `$gte`/`$lte` range holds it. */
const dayOfDate = (value: unknown): Day | undefined => (value instanceof Date ? dayOf(value) : undefined);

/** The day a daily session document's number fields name; the per-day query matches them exactly. */
function dayOfSessionFields(document: SessionDocument): Day | undefined {
  const { year, month, day } = document;
  if (![year, month, day].every((part) => typeof part === 'number' && Number.isInteger(part))) return undefined;
  const parts = { year: year as number, month: month as number, day: day as number };
  const found = dayOfParts(parts);
  // 2026-11-31 is no day of November: Date.UTC would roll it over to December 1st.
  const back = startOfDay(found);
  return back.getUTCFullYear() === parts.year && back.getUTCMonth() + 1 === parts.month && back.getUTCDate() === parts.day ? found : undefined;
}

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

/**
 * Day by day, without a run query: a run would move every message of the period to the gateway to
 * be grouped by day in code, while a day's grouping on MongoDB's `{ ts: 1 }` index is small.
 */
export const messagesFamily: DayFamily<RoomCounts, RoomCounts> = {
  name: 'messages',
  query: (day) => engagementQueries.countMessagesByRoom(wholeDay(day)),
  toKept: (raw) => [...raw].sort((a, b) => (a.roomId < b.roomId ? -1 : a.roomId > b.roomId ? 1 : 0)),
  settledAt: afterTheDay,
};

export const newUsersFamily: DayFamily<number, number, unknown> = {
  name: 'newUsers',
  query: (day) => engagementQueries.countNewUsers(wholeDay(day)),
  // A user is counted on the day its createdAt falls in, as the day's `$gte`/`$lte` count does.
  run: {
    query: (run) => engagementQueries.findUserCreationDates(wholeRun(run)),
    split: (createdAts: readonly unknown[], run) => byDayOfRun(createdAts, run, dayOfDate, (ofDay) => ofDay.length),
  },
  toKept: (raw) => raw,
  settledAt: afterTheDay,
};

/** A day's daily session documents: who was active, and how many documents (the weekly chart counts those). */
export interface ActiveDay {
  userIds: string[];
  documents: number;
}

export const activeUsersFamily: DayFamily<string[], ActiveDay, SessionDocument> = {
  name: 'activeUsers',
  query: (day) => engagementQueries.findDailySessions(day),
  run: {
    query: (run) => engagementQueries.findDailySessionsOfDays(run),
    split: (documents: readonly SessionDocument[], run) =>
      byDayOfRun(
        documents.filter((document) => typeof document.userId === 'string'),
        run,
        dayOfSessionFields,
        (ofDay) => ofDay.map((document) => document.userId as string),
      ),
  },
  toKept: (raw) => ({ userIds: [...new Set(raw)].sort(), documents: raw.length }),
  settledAt: afterSessionAggregation,
};

export const sessionHoursFamily: DayFamily<SessionDocument[], SessionHours, SessionDocument> = {
  name: 'sessionHours',
  query: (day) => engagementQueries.findComputedSessions(wholeDay(day)),
  // A login belongs to the day its loginAt falls in, as the day's query selects it (its cells keep
  // the document's own day fields, as there).
  run: {
    query: (run) => engagementQueries.findComputedSessions(wholeRun(run)),
    split: (documents: readonly SessionDocument[], run) =>
      byDayOfRun(
        documents,
        run,
        (document) => dayOfDate(document.loginAt),
        (ofDay) => ofDay,
      ),
  },
  toKept: (raw) => ({ sessions: raw.length, cells: hourCells(raw) }),
  settledAt: afterSessionAggregation,
};

export const dayFamilies = [messagesFamily, newUsersFamily, activeUsersFamily, sessionHoursFamily];

/** Days start at midnight UTC; a range covers a day when it holds all of it. */
export const coversDay = (range: TimeRange, day: Day) =>
  range.from.getTime() <= startOfDay(day).getTime() && range.to.getTime() >= startOfDay(day).getTime() + dayMs - 1;
