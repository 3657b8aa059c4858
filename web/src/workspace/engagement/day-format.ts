// Days are UTC calendar days (the endpoints count them so), written in the browser's language.
const shortDay = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', month: 'short', day: 'numeric' });
const weekday = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'short' });
const fullDay = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'medium' });

const dayOf = (key: string): Date => new Date(`${key.slice(0, 10)}T00:00:00.000Z`);

/** "Mar 5" for "2026-03-05". */
export const formatShortDay = (key: string): string => shortDay.format(dayOf(key));
/** "Thu" for "2026-03-05". */
export const formatWeekday = (key: string): string => weekday.format(dayOf(key));
/** "Mar 5, 2026" for "2026-03-05" or any ISO moment of that UTC day. */
export const formatDay = (key: string): string => fullDay.format(dayOf(key));

/** "14:00" for hour 14. */
export const formatHour = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/**
 * The day labels an axis has room for, about one per `tickWidth` pixels, as Rocket.Chat's
 * NewUsersSection thins them; the last day always keeps its label.
 */
export function thinTicks<T>(values: readonly T[], width: number, tickWidth = 48): T[] {
  const room = Math.max(Math.floor(width / tickWidth), 2);
  if (values.length <= room) return [...values];
  const step = Math.ceil(values.length / room);
  return values.filter((_, index) => (values.length - 1 - index) % step === 0);
}
