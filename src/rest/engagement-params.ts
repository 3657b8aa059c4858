import { isIsoDate } from '../engagement/calendar';
import { GatewayError } from '../errors';
import type { QueryString } from './params';

/** A parameter Rocket.Chat's `check(…, Match.ObjectIncluding(…))` refuses: its words, status 400 and no errorType. */
export class MatchError extends Error {}

/**
 * `start` (and `end`) as Rocket.Chat checks them (apps/meteor/ee/server/api/engagementDashboard/users.ts):
 * present, and exactly what Date.toISOString() writes.
 */
export function readDates<const Names extends readonly string[]>(query: QueryString, names: Names): Record<Names[number], string> {
  const dates: Record<string, string> = {};
  for (const name of names) {
    const value = query[name];
    if (value === undefined) throw new MatchError(`Match error: Missing key '${name}'`);
    if (typeof value !== 'string' || !isIsoDate(value)) throw new MatchError(`Match error: Failed Match.Where validation in field ${name}`);
    dates[name] = value;
  }
  return dates as Record<Names[number], string>;
}

/**
 * channels/list's `offset` and `count` as Rocket.Chat's getPaginationItems reads them with its default
 * settings: count 50 when absent, at most 100 (API_Upper_Count_Limit), 0 for all (API_Allow_Infinite_Count).
 * What parseInt would turn into NaN or a negative number is refused with a message instead.
 */
export function readPage(query: QueryString): { offset: number; count: number } {
  const whole = (name: string, fallback: number): number => {
    const raw = query[name];
    if (raw === undefined || raw === '') return fallback;
    if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) {
      throw new GatewayError('BAD_USER_INPUT', `The ${name} parameter must be a whole number of 0 or more, given once; got ${JSON.stringify(raw)}.`);
    }
    return Number(raw);
  };
  return { offset: whole('offset', 0), count: Math.min(100, whole('count', 50)) };
}
