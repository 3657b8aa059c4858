/**
 * Calendar days in UTC, as Rocket.Chat's engagement dashboard counts them (its server runs in UTC:
 * apps/meteor/ee/server/lib/engagementDashboard/date.ts formats days in the local zone). A day is
 * the whole number of days since 1970-01-01.
 */
export type Day = number;

export const dayMs = 24 * 3600 * 1000;

export const dayOf = (date: Date | number): Day => Math.floor(new Date(date).getTime() / dayMs);
export const startOfDay = (day: Day): Date => new Date(day * dayMs);

/** Year, month (1–12) and day of month: the fields of Rocket.Chat's session documents. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function partsOf(day: Day): DateParts {
  const date = startOfDay(day);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export const dayOfParts = (parts: DateParts): Day => dayOf(Date.UTC(parts.year, parts.month - 1, parts.day));

/** `YYYY-MM-DD`, the key a kept day is stored under. */
export const dayLabel = (day: Day): string => startOfDay(day).toISOString().slice(0, 10);

/** Every day from `first` to `last`, both included. */
export function daysBetween(first: Day, last: Day): Day[] {
  const days: Day[] = [];
  for (let day = first; day <= last; day++) days.push(day);
  return days;
}

/** Rocket.Chat accepts a date only when it is exactly what Date.toISOString() writes (date.ts isDateISOString). */
export function isIsoDate(text: string): boolean {
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString() === text;
}

/** Consecutive days, both ends included. */
export interface DayRun {
  first: Day;
  last: Day;
}

/**
 * The runs of consecutive days among `days` (in any order, repeats allowed), each of at most
 * `longest` days: a longer stretch is cut into runs of nearly equal length, so none is a stray day.
 */
export function runsOf(days: readonly Day[], longest: number): DayRun[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const stretches: DayRun[] = [];
  for (const day of sorted) {
    const last = stretches[stretches.length - 1];
    if (last && last.last === day - 1) last.last = day;
    else stretches.push({ first: day, last: day });
  }
  return stretches.flatMap((stretch) => {
    const length = stretch.last - stretch.first + 1;
    const pieces = Math.ceil(length / longest);
    const runs: DayRun[] = [];
    for (let piece = 0, first = stretch.first; piece < pieces; piece++) {
      const size = Math.floor(length / pieces) + (piece < length % pieces ? 1 : 0);
      runs.push({ first, last: first + size - 1 });
      first += size;
    }
    return runs;
  });
}

/** The days of a run in each calendar month it touches: year, month and the first and last day of month. */
export function monthsOf(run: DayRun): Array<{ year: number; month: number; firstDay: number; lastDay: number }> {
  const months: Array<{ year: number; month: number; firstDay: number; lastDay: number }> = [];
  for (let day = run.first; day <= run.last; day++) {
    const parts = partsOf(day);
    const current = months[months.length - 1];
    if (current && current.year === parts.year && current.month === parts.month) current.lastDay = parts.day;
    else months.push({ year: parts.year, month: parts.month, firstDay: parts.day, lastDay: parts.day });
  }
  return months;
}
