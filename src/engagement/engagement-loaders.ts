import DataLoader from 'dataloader';
import type { RoomDocument, TimeRange } from '../queries/engagement';
import { engagementQueries } from '../queries/engagement';
import type { Loaders } from '../statistics/loaders';
import { dayOf, daysBetween, runsOf, startOfDay, type Day, type DayRun } from './calendar';
import { coversDay, sessionHoursFamily, type DayFamily } from './day-families';
import type { KeptDays } from './kept-days';
import { hourCells, type SessionHours } from './session-cells';

type AnyDayFamily = DayFamily<unknown, unknown, unknown>;

export interface EngagementLoaders {
  /** One family's figures of those days: kept days from KeptDays, the others queried (and kept once final). */
  days<Kept>(family: DayFamily<unknown, Kept, unknown>, days: readonly Day[]): Promise<Map<Day, Kept>>;
  /** The logins of a time range: whole days by day, the parts of days at its ends queried as they are. */
  sessionHours(range: TimeRange): Promise<SessionHours[]>;
  /** Rooms by id (absent: deleted). */
  rooms(ids: readonly string[]): Promise<Map<string, RoomDocument>>;
}

/** Queries of one family sent at once by one request. */
const queriesAtOnce = 4;
/** The longest run of days one range query reads (a 90-day period and the one before it: 6 queries). */
export const longestRun = 31;

/**
 * Created in the request context. One DataLoader per family, keyed by day: the fields of one
 * request that read the same family in the same tick share one read of the kept days; the days not
 * kept are read as runs of consecutive days, one range query each where the family has one (a lone
 * day, and every day of a family without one, by its day query). Queries go through the request's
 * loaders (figure cache, queue, window), keyed by their day or run.
 */
export function createEngagementLoaders(kept: KeptDays, loaders: Loaders, now: () => number): EngagementLoaders {
  const families = new Map<string, DataLoader<Day, unknown>>();
  const loaderOf = (family: AnyDayFamily) => {
    let loader = families.get(family.name);
    if (!loader) families.set(family.name, (loader = new DataLoader<Day, unknown>((days) => readDays(family, days))));
    return loader;
  };
  /** What the family's queries answer for each day of a run (not yet as kept). */
  const readRun = async (family: AnyDayFamily, run: DayRun): Promise<Map<Day, unknown>> => {
    if (!family.run || run.first === run.last) {
      const raws = await Promise.all(daysBetween(run.first, run.last).map((day) => loaders.load(family.query(day))));
      return new Map(raws.map((raw, index) => [run.first + index, raw]));
    }
    return family.run.split(await loaders.load(family.run.query(run)), run);
  };
  const readDays = async (family: AnyDayFamily, days: readonly Day[]): Promise<unknown[]> => {
    const time = now();
    const settled = days.filter((day) => family.settledAt(day) <= time);
    const found = await kept.read(family.name, settled);
    const missing = days.filter((day) => !found.has(day));
    // One read per run, or per day for a family without range query; a long period's first request
    // still has several, sent a few at a time so that it waits its turn in the bounded queue instead
    // of filling it and being refused.
    const reads = family.run ? runsOf(missing, longestRun) : runsOf(missing, 1);
    const computed = new Map<Day, unknown>();
    for (let offset = 0; offset < reads.length; offset += queriesAtOnce) {
      const answers = await Promise.all(reads.slice(offset, offset + queriesAtOnce).map((run) => readRun(family, run)));
      for (const answer of answers) for (const [day, raw] of answer) computed.set(day, family.toKept(raw));
    }
    // Today (and a session day before its nightly aggregation) is answered, not kept.
    await kept.keep(family.name, new Map([...computed].filter(([day]) => family.settledAt(day) <= time)));
    return days.map((day) => (found.has(day) ? found.get(day) : computed.get(day)));
  };
  const rooms = new DataLoader<string, RoomDocument | null>(async (ids) => {
    const sorted = [...ids].sort();
    const documents = await loaders.load(engagementQueries.findRooms(sorted));
    const byId = new Map(documents.map((room) => [room._id, room]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const engagementLoaders: EngagementLoaders = {
    async days<Kept>(family: DayFamily<unknown, Kept, unknown>, days: readonly Day[]) {
      const values = await loaderOf(family as AnyDayFamily).loadMany(days);
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
