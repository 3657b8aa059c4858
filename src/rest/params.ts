import { GatewayError } from '../errors';
import { assertFieldMap, assertSafeFilter, type FieldMapLimit } from '../snapshots/filter';
import { isPlainObject } from './stored-field-names';

/** The query string as fastify parses it: a repeated parameter becomes an array. */
export type QueryString = Record<string, unknown>;

export interface StatisticsParams {
  /** `refresh=true`: compute and store a new snapshot instead of answering the latest stored one. */
  takeSnapshot: boolean;
}

export interface ListParams {
  offset: number;
  /** 0 means every matching snapshot. */
  count: number;
  sort: Record<string, unknown> | undefined;
  fields: Record<string, 0 | 1> | undefined;
  query: Record<string, unknown> | undefined;
}

/** GraphQL's Int is the widest offset the snapshots query accepts. */
const maxOffset = 2_147_483_647;

/** More than a snapshot has keys; each one is compared with every key of every entry of the page. */
const fieldsLimit: FieldMapLimit = { maxKeys: 256, why: 'it takes at most 256, more than a snapshot has keys' };

/** Anything but the exact string `true` means "no refresh", as in Rocket.Chat: never an error. */
export function readStatisticsParams(query: QueryString): StatisticsParams {
  return { takeSnapshot: query.refresh === 'true' };
}

/** statistics.list's parameters (docs/openapi.json); a wrong one is a BAD_USER_INPUT that names it. */
export function readListParams(query: QueryString): ListParams {
  const offset = wholeNumber(query, 'offset', 0, maxOffset, `a whole number from 0 to ${maxOffset}`);
  const count = wholeNumber(query, 'count', 50, 100, 'a whole number from 0 to 100 (0 means all)');
  const sort = jsonObject(query, 'sort');
  if (sort) assertFieldMap(sort, 'sort', [1, -1]);
  const fields = projection(query);
  // The snapshots query checks the filter too (and reads its EJSON dates); checking here names the REST parameter in the message.
  const filter = jsonObject(query, 'query');
  if (filter) assertSafeFilter(filter, 'query');
  return { offset, count, sort, fields, query: filter };
}

function single(query: QueryString, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new GatewayError('BAD_USER_INPUT', `The ${name} parameter must be given once.`);
  return value;
}

function wholeNumber(query: QueryString, name: string, fallback: number, max: number, expected: string): number {
  const raw = single(query, name);
  if (raw === undefined) return fallback;
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value <= max)) throw new GatewayError('BAD_USER_INPUT', `The ${name} parameter must be ${expected}; got ${quote(raw)}.`);
  return value;
}

function jsonObject(query: QueryString, name: string): Record<string, unknown> | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new GatewayError('BAD_USER_INPUT', `The ${name} parameter is not valid JSON (${(error as Error).message}).`);
  }
  if (!isPlainObject(value)) throw new GatewayError('BAD_USER_INPUT', `The ${name} parameter must be a JSON object.`);
  return value;
}

/** As in MongoDB, a projection either selects or leaves out fields; only _id may go the other way. */
function projection(query: QueryString): Record<string, 0 | 1> | undefined {
  const value = jsonObject(query, 'fields');
  if (!value) return undefined;
  const fields = assertFieldMap(value, 'fields', [0, 1], fieldsLimit) as Record<string, 0 | 1>;
  const kinds = new Set(
    Object.entries(fields)
      .filter(([field]) => field !== '_id')
      .map(([, kind]) => kind),
  );
  if (kinds.size > 1) {
    throw new GatewayError('BAD_USER_INPUT', 'The fields parameter either selects fields (1) or leaves them out (0), not both; only _id may differ.');
  }
  return fields;
}

/** The caller's value in a message, kept short. */
function quote(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}
