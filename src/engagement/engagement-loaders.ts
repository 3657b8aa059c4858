import DataLoader from 'dataloader';
import type { RoomDocument, TimeRange } from '../queries/engagement';
import { engagementQueries } from '../queries/engagement';
import type { Loaders } from '../statistics/loaders';
import { dayOf, startOfDay, type Day } from './calendar';
import { coversDay, type DayFamily } from './day-families';
import type { KeptDays } from './kept-days';
import { hourCells, type SessionHours } from './session-cells';
import { sessionHoursFamily } from './day-families';

export interface EngagementLoaders {
  /** One family's figures of those days: kept days from KeptDays, the others queried (and kept once final). */
  days<Kept>(family: DayFamily<unknown, Kept>, days: readonly Day[]): Promise<Map<Day, Kept>>;
  /** The logins of a time range: whole days by day, the parts of days at its ends queried as they are. */
  sessionHours(range: TimeRange): Promise<SessionHours[]>;
  /** Rooms by id (absent: deleted). */
  rooms(ids: readonly string[]): Promise<Map<string, RoomDocument>>;
}

/** Days of one family queried at once by one request. */
const daysAtOnce = 4;

/**
 * Created in the request context. One DataLoader per family, keyed by day: the fields of one
 * request that read the same family in the same tick share one read of the kept days and one query
 * per day that is not kept; queries go through the request's loaders (figure cache, queue, window).
 */
export function createEngagementLoaders(kept: KeptDays, loaders: Loaders, now: () => number): EngagementLoaders {
  const families = new Map<string, DataLoader<Day, unknown>>();
  const loaderOf = (family: DayFamily<unknown, unknown>) => {
    let loader = families.get(family.name);
    if (!loader) families.set(family.name, (loader = new DataLoader<Day, unknown>((days) => readDays(family, days))));
    return loader;
  };
  const readDays = async (family: DayFamily<unknown, unknown>, days: readonly Day[]): Promise<unknown[]> => {
    const time = now();
    const settled = days.filter((day) => family.settledAt(day) <= time);
    const found = await kept.read(family.name, settled);
    const fresh = new Map<Day, unknown>();
    const values: unknown[] = [];
    // A long period's first request has dozens of days to query: a few at a time, so that it waits
    // its turn in the bounded queue instead of filling it and being refused.
    for (let offset = 0; offset < days.length; offset += daysAtOnce) {
      const chunk = days.slice(offset, offset + daysAtOnce);
      values.push(
        ...(await Promise.all(
          chunk.map(async (day) => {
            if (found.has(day)) return found.get(day);
            const value = family.toKept(await loaders.load(family.query(day)));
            if (family.settledAt(day) <= time) fresh.set(day, value);
            return value;
          }),
        )),
      );
    }
    await kept.keep(family.name, fresh);
    return values;
  };
  const rooms = new DataLoader<string, RoomDocument | null>(async (ids) => {
    const sorted = [...ids].sort();
    const documents = await loaders.load(engagementQueries.findRooms(sorted));
    const byId = new Map(documents.map((room) => [room._id, room]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const engagementLoaders: EngagementLoaders = {
    async days<Kept>(family: DayFamily<unknown, Kept>, days: readonly Day[]) {
      const values = await loaderOf(family as DayFamily<unknown, unknown>).loadMany(days);
      const byDay = new Map<Day, Kept>();
      values.forEach((value, index) => {
        if (value instanceof Error) throw value;
        byDay.set(days[index], value as Kept);
      });
      return byDay;
    },
    async sessionHours(range) {
      const first = dayOf(range.from);
      const last = dayOf(range.to);
      const whole: Day[] = [];
      const parts: Array<Promise<SessionHours>> = [];
      for (let day = first; day <= last; day++) {
        if (coversDay(range, day)) {
          whole.push(day);
          continue;
        }
        const from = new Date(Math.max(range.from.getTime(), startOfDay(day).getTime()));
        const to = new Date(Math.min(range.to.getTime(), startOfDay(day + 1).getTime() - 1));
        parts.push(loaders.load(engagementQueries.findComputedSessions({ from, to })).then((raw) => ({ sessions: raw.length, cells: hourCells(raw) })));
      }
      const byDay = await engagementLoaders.days(sessionHoursFamily, whole);
      return [...byDay.values(), ...(await Promise.all(parts))];
    },
    async rooms(ids) {
      const documents = await rooms.loadMany(ids);
      const byId = new Map<string, RoomDocument>();
      for (const document of documents) {
        if (document instanceof Error) throw document;
        if (document) byId.set(document._id, document);
      }
      return byId;
    },
  };
  return engagementLoaders;
}
