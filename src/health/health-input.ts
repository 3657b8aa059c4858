import { GatewayError } from '../errors';
import { decodeCursor, type ListOrder, type PageRequest } from './page-cursor';

const day = 24 * 3600 * 1000;
/** Ten years: beyond it every workspace's answer is the same, and a date far back is only a typo. */
export const maxDays = 3650;
export const defaultPageSize = 25;
/** As Rocket.Chat's own admin lists, a page holds at most 100 rows. */
export const maxPageSize = 100;

/** The cut-off of "no message (no login) for `days` days", from now; BAD_USER_INPUT for a wrong N. */
export function cutoffOf(days: number, now: number): Date {
  if (!Number.isInteger(days) || days < 1 || days > maxDays) {
    throw new GatewayError('BAD_USER_INPUT', `days must be a whole number from 1 to ${maxDays}, got ${days}.`);
  }
  return new Date(now - days * day);
}

/** A validated page request of one list; BAD_USER_INPUT for a wrong size or a cursor of another list. */
export function pageRequestOf(order: ListOrder, first: number, after: string | null | undefined): PageRequest {
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw new GatewayError('BAD_USER_INPUT', `first must be a whole number from 1 to ${maxPageSize}, got ${first}.`);
  }
  return after === null || after === undefined ? { first } : { first, after: decodeCursor(order, after) };
}
