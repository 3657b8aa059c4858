import { GatewayError } from '../errors';

/**
 * `{"$date": …}`, the one Extended JSON type a snapshot filter reads, so clients can compare
 * createdAt as Rocket.Chat's parseJsonQuery lets them: an ISO 8601 string (relaxed EJSON), milliseconds
 * since 1970 (Meteor's EJSON) or `{"$numberLong": "<ms>"}` (canonical EJSON). Other EJSON types
 * (regular expressions, code, decimals) stay out: none of them is needed to filter snapshots.
 */
export function isEjsonDate(value: unknown): value is { $date: unknown } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$date';
}

/** A time zone is required with a time: a date without one would depend on the gateway's zone. */
const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const numberLong = /^-?\d{1,16}$/;

export function readEjsonDate(value: { $date: unknown }, where: string): Date {
  const date = new Date(millisecondsOf(value.$date));
  if (Number.isNaN(date.getTime())) {
    throw new GatewayError('BAD_USER_INPUT', `${where}.$date must be an ISO 8601 date such as "2026-01-01T00:00:00Z" or milliseconds since 1970.`);
  }
  return date;
}

function millisecondsOf(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string') return isoDate.test(raw) ? Date.parse(raw) : Number.NaN;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const { $numberLong, ...rest } = raw as Record<string, unknown>;
    if (Object.keys(rest).length === 0 && typeof $numberLong === 'string' && numberLong.test($numberLong)) return Number($numberLong);
  }
  return Number.NaN;
}
