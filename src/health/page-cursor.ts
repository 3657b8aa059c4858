import type { Document, Filter } from 'mongodb';
import { GatewayError } from '../errors';

/** One key of a list's order: the field, its direction, and what its values are. */
export interface OrderKey {
  field: string;
  direction: 1 | -1;
  kind: 'string' | 'number' | 'date';
}

/**
 * The fixed order of one health list. The last key is `_id`, so the order is total and a page's
 * last row says exactly where the next page starts (keyset pagination: no skip, whatever the page).
 */
export interface ListOrder {
  /** Named in the cursor, so a cursor of one list is refused by another. */
  list: string;
  keys: readonly OrderKey[];
}

type KeyValue = string | number | Date;

const badCursor = (list: string) =>
  new GatewayError('BAD_USER_INPUT', `after is not a cursor of the ${list} list: pass the pageInfo.endCursor of a page of this same list, or leave after out.`);

/** The opaque cursor that points just past `row`: base64url of the list's name and the row's key values. */
export function encodeCursor(order: ListOrder, row: Document): string {
  const values = order.keys.map((key) => {
    const value = row[key.field] as unknown;
    return value instanceof Date ? value.toISOString() : value;
  });
  return Buffer.from(JSON.stringify({ l: order.list, v: values })).toString('base64url');
}

/** The key values a cursor points past; BAD_USER_INPUT for anything this list did not issue. */
export function decodeCursor(order: ListOrder, cursor: string): KeyValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor(order.list);
  }
  const { l, v } = (parsed ?? {}) as { l?: unknown; v?: unknown };
  if (l !== order.list || !Array.isArray(v) || v.length !== order.keys.length) throw badCursor(order.list);
  return order.keys.map((key, i) => {
    const value: unknown = v[i];
    if (key.kind === 'date') {
      const date = typeof value === 'string' ? new Date(value) : undefined;
      if (!date || Number.isNaN(date.getTime())) throw badCursor(order.list);
      return date;
    }
    if (typeof value !== key.kind || (typeof value === 'number' && !Number.isFinite(value))) throw badCursor(order.list);
    return value as KeyValue;
  });
}

/** The rows after the cursor's, in the list's order: (k0 past v0) or (k0 = v0 and k1 past v1) or … */
export function afterFilter(order: ListOrder, values: readonly KeyValue[]): Filter<Document> {
  const branches = order.keys.map((key, i) => {
    const branch: Document = {};
    for (let j = 0; j < i; j++) branch[order.keys[j].field] = values[j];
    branch[key.field] = { [key.direction === 1 ? '$gt' : '$lt']: values[i] };
    return branch;
  });
  return { $or: branches };
}

/** The list's order as a MongoDB sort. */
export function sortOf(order: ListOrder): Record<string, 1 | -1> {
  return Object.fromEntries(order.keys.map((key) => [key.field, key.direction]));
}

/** A page request after validation: how many rows, and where the page starts. */
export interface PageRequest {
  first: number;
  after?: readonly KeyValue[];
}

export interface Page<T> {
  rows: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The page from the `first + 1` rows read: the extra row only says that a next page exists. */
export function pageOf<T extends Document>(order: ListOrder, first: number, read: T[]): Page<T> {
  const rows = read.slice(0, first);
  const last = rows.at(-1);
  return { rows, endCursor: last ? encodeCursor(order, last) : null, hasNextPage: read.length > first };
}
