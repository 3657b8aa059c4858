// The Engagement tab's periods, as Rocket.Chat's dashboard computes them in UTC
// (apps/meteor/client/components/dashboards/periods.ts, getClosedPeriod with utc): start is N days
// ago at 00:00Z, end is the end of today, so "last 7 days" spans eight calendar days, both ends counted.

const dayMs = 86_400_000;

export type PresetPeriod = 'last 7 days' | 'last 30 days' | 'last 90 days';
export type PeriodKey = PresetPeriod | 'custom';

/** The picker's choices in Rocket.Chat's order, with Rocket.Chat's labels (en.i18n.json), and a custom range. */
export const periodChoices: readonly (readonly [PeriodKey, string])[] = [
  ['last 7 days', 'Last 7 days'],
  ['last 30 days', 'Last 30 days'],
  ['last 90 days', 'Last 90 days'],
  ['custom', 'Custom range'],
];

const daysBack: Record<PresetPeriod, number> = { 'last 7 days': 7, 'last 30 days': 30, 'last 90 days': 90 };

/** A closed range of whole UTC days: start at 00:00:00.000Z, end at 23:59:59.999Z. */
export interface DayRange {
  start: Date;
  end: Date;
}

export const startOfUtcDay = (moment: Date): Date => new Date(Math.floor(moment.getTime() / dayMs) * dayMs);

export const endOfUtcDay = (moment: Date): Date => new Date(startOfUtcDay(moment).getTime() + dayMs - 1);

export const addDays = (moment: Date, days: number): Date => new Date(moment.getTime() + days * dayMs);

export function presetRange(period: PresetPeriod, now: Date): DayRange {
  return { start: addDays(startOfUtcDay(now), -daysBack[period]), end: endOfUtcDay(now) };
}

/** "2026-03-05" for any moment of that UTC day. */
export const utcDayKey = (moment: Date): string => moment.toISOString().slice(0, 10);

/** Each day of the range as its 00:00Z moment, oldest first. */
export function daysOf(range: DayRange): Date[] {
  const first = startOfUtcDay(range.start).getTime();
  const count = Math.floor((range.end.getTime() - first) / dayMs) + 1;
  return Array.from({ length: Math.max(count, 0) }, (_, index) => new Date(first + index * dayMs));
}

const dayInput = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDayInput(text: string): Date | undefined {
  const match = dayInput.exec(text);
  if (!match) return undefined;
  const day = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(day.getTime()) || utcDayKey(day) !== text ? undefined : day;
}

/**
 * The longest custom range: a year and a day. The gateway answers periods of up to 400 days, and
 * active users asks for 29 days more.
 */
export const maxCustomDays = 366;

/**
 * A custom range from two date inputs ("YYYY-MM-DD", days in UTC), or what to change when the
 * dates do not make one.
 */
export function customRange(from: string, to: string, now: Date): DayRange | { problem: string } {
  const [start, last] = [parseDayInput(from), parseDayInput(to)];
  if (!start || !last) return { problem: 'Enter both days of the range as dates (year, month, day).' };
  if (last < start) return { problem: 'The last day of the range comes before its first day: swap them.' };
  if (start > now) return { problem: 'The range starts in the future: pick a first day up to today.' };
  const range = { start, end: endOfUtcDay(last) };
  if (daysOf(range).length > maxCustomDays) return { problem: `The range spans more than ${maxCustomDays} days: pick a shorter one.` };
  return range;
}

/** The period to ask for, from the picker's state. */
export function rangeOf(period: PeriodKey, custom: { from: string; to: string }, now: Date): DayRange | { problem: string } {
  return period === 'custom' ? customRange(custom.from, custom.to, now) : presetRange(period, now);
}

/**
 * What active-users is asked for: 29 more days before the period, so that the period's first day
 * already has the 30 days a monthly figure looks back on (Rocket.Chat's useActiveUsers subtracts 29 days).
 */
export const activeUsersRange = (range: DayRange): DayRange => ({ start: addDays(range.start, -29), end: range.end });

/**
 * chat-busier/hourly-data is asked for the end of a day, `daysBack` days before today
 * (Rocket.Chat's useHourlyChatActivity); weekly-data for the end of today, `weeksBack` weeks before.
 */
export const busierDayEnd = (now: Date, daysBack: number): Date => addDays(endOfUtcDay(now), -daysBack);
export const busierWeekEnd = (now: Date, weeksBack: number): Date => addDays(endOfUtcDay(now), -7 * weeksBack);
