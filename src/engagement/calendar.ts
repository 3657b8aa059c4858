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
