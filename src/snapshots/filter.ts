import { GatewayError } from '../errors';
import { isEjsonDate, readEjsonDate } from './ejson-date';
import { assertKeyPath, childOf } from './key-path';

/** The only operators a snapshot filter may use (docs/openapi.json, statistics.list `query`). */
const allowedOperators = new Set(['$and', '$or', '$in', '$nin', '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$exists']);
/** Operators whose operand is a list of whole filters: they stand where fields do, never under one. */
const combiners = new Set(['$and', '$or']);
const listComparisons = new Set(['$in', '$nin']);

const maxDepth = 10;
/** Keys and array items in one filter: enough for any hand-written filter, too few to keep the database busy. */
const maxNodes = 1000;

/** One walk through a caller's filter: where it is, how much of it has been read. */
interface Walk {
  parameter: string;
  nodes: number;
}

/**
 * Checks a client's filter before it goes anywhere near the database, and returns it as the driver
 * takes it (EJSON dates read). Only what the database runs is let through: plain field comparisons
 * and the allowed operators, each with the operand it needs, under valid field names. Anything else
 * ($where, $function, an empty $or, a `$in` of no array, …) is the caller's mistake, named after
 * `parameter` and the place in it, never a database error.
 */
export function assertSafeFilter(filter: unknown, parameter = 'query'): Record<string, unknown> {
  if (!isPlainObject(filter)) throw new GatewayError('BAD_USER_INPUT', `The ${parameter} parameter must be a JSON object.`);
  return readFilter({ parameter, nodes: 0 }, filter, parameter, 0);
}

/** A whole filter: the top level, or one entry of $and / $or. */
function readFilter(walk: Walk, filter: unknown, where: string, depth: number): Record<string, unknown> {
  enter(walk, depth);
  if (!isPlainObject(filter)) throw new GatewayError('BAD_USER_INPUT', `${where} must be a filter (an object), e.g. {"totalUsers": 1}.`);
  return mapEntries(walk, filter, (key, inner) => {
    if (!key.startsWith('$')) {
      assertKeyPath(key, where);
      return readCondition(walk, inner, childOf(where, key), depth + 1);
    }
    if (combiners.has(key)) return readCombination(walk, inner, `${where}.${key}`, depth + 1);
    if (allowedOperators.has(key)) {
      throw new GatewayError(
        'BAD_USER_INPUT',
        `${where}.${key} compares the value of a field, so it goes under one, e.g. {"totalUsers": {"${key}": …}}; it cannot stand alone.`,
      );
    }
    throw notAllowed(key, walk.parameter);
  });
}

function readCombination(walk: Walk, list: unknown, where: string, depth: number): Array<Record<string, unknown>> {
  enter(walk, depth);
  if (!Array.isArray(list) || list.length === 0) {
    throw new GatewayError('BAD_USER_INPUT', `${where} must be a non-empty array of filters, e.g. [{"totalUsers": 1}, {"totalUsers": 2}].`);
  }
  return list.map((filter, index) => {
    count(walk);
    return readFilter(walk, filter, `${where}[${index}]`, depth + 1);
  });
}

/** What stands under a field: operators with their operands, or a value the field must equal. */
function readCondition(walk: Walk, condition: unknown, where: string, depth: number): unknown {
  enter(walk, depth);
  if (!isPlainObject(condition) || isEjsonDate(condition)) return readValue(walk, condition, where, depth);
  const keys = Object.keys(condition);
  const operator = keys.find((key) => key.startsWith('$'));
  if (!operator) return readValue(walk, condition, where, depth);
  const field = keys.find((key) => !key.startsWith('$'));
  if (field !== undefined) {
    throw new GatewayError(
      'BAD_USER_INPUT',
      `${where} mixes operators (${operator}) with field names (${field}); compare with either operators or a whole document.`,
    );
  }
  return mapEntries(walk, condition, (key, operand) => {
    const at = `${where}.${key}`;
    if (key === '$exists') {
      if (operand === true || operand === false || operand === 0 || operand === 1) return operand;
      throw new GatewayError('BAD_USER_INPUT', `${at} must be true or false (or 1 or 0).`);
    }
    if (listComparisons.has(key)) {
      if (!Array.isArray(operand)) throw new GatewayError('BAD_USER_INPUT', `${at} must be an array of values, e.g. [1, 2].`);
      return readValue(walk, operand, at, depth + 1);
    }
    if (combiners.has(key)) {
      throw new GatewayError(
        'BAD_USER_INPUT',
        `${at} combines whole filters, so it goes at the top of ${walk.parameter} or inside another $and or $or, not under a field.`,
      );
    }
    if (key === '$date') throw dateNotAlone(where);
    if (allowedOperators.has(key)) return readValue(walk, operand, at, depth + 1);
    throw notAllowed(key, walk.parameter);
  });
}

/** A value to compare with: a scalar, an EJSON date, or an array or document of values, without operators. */
function readValue(walk: Walk, value: unknown, where: string, depth: number): unknown {
  enter(walk, depth);
  if (value instanceof Date) return readEjsonDate({ $date: value.getTime() }, where);
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      count(walk);
      return readValue(walk, item, `${where}[${index}]`, depth + 1);
    });
  }
  if (typeof value === 'number' && Number.isNaN(value)) throw new GatewayError('BAD_USER_INPUT', `${where} is not a number (NaN); JSON has no NaN.`);
  if (!isPlainObject(value)) return value;
  if (isEjsonDate(value)) return readEjsonDate(value, where);
  return mapEntries(walk, value, (key, inner) => {
    if (key === '$date') throw dateNotAlone(where);
    if (key.startsWith('$') && !allowedOperators.has(key)) throw notAllowed(key, walk.parameter);
    if (key.startsWith('$')) {
      throw new GatewayError(
        'BAD_USER_INPUT',
        `${where} holds the operator ${key} inside a value; operators go directly under a field, e.g. {"totalUsers": {"${key}": 1}}.`,
      );
    }
    assertKeyPath(key, where);
    return readValue(walk, inner, childOf(where, key), depth + 1);
  });
}

/** Each entry read anew, into an object of its own: a `__proto__` key stays a key, never a prototype. */
function mapEntries(walk: Walk, object: Record<string, unknown>, read: (key: string, value: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => {
      count(walk);
      return [key, read(key, value)];
    }),
  );
}

function enter(walk: Walk, depth: number): void {
  if (depth > maxDepth) throw new GatewayError('BAD_USER_INPUT', `The ${walk.parameter} parameter is nested too deeply (at most ${maxDepth} levels).`);
}

function count(walk: Walk): void {
  walk.nodes += 1;
  if (walk.nodes > maxNodes)
    throw new GatewayError('BAD_USER_INPUT', `The ${walk.parameter} parameter is too large: at most ${maxNodes} keys and array items in all.`);
}

function notAllowed(operator: string, parameter: string): GatewayError {
  return new GatewayError(
    'BAD_USER_INPUT',
    `The operator ${operator} is not allowed in ${parameter}; use plain field comparisons and ${[...allowedOperators].join(', ')}.`,
  );
}

function dateNotAlone(where: string): GatewayError {
  return new GatewayError('BAD_USER_INPUT', `${where} holds $date beside other keys; a date stands alone, e.g. {"$date": "2026-01-01T00:00:00Z"}.`);
}

/** How many keys a field map may have, and why, for its message. */
export interface FieldMapLimit {
  maxKeys: number;
  why: string;
}

/** The database's own limit on sort keys: a longer sort is refused by the server. */
export const sortLimit: FieldMapLimit = { maxKeys: 32, why: 'the database sorts by at most 32' };

/** A sort or projection object: field names mapped to 1 or −1 (sort) / 0 or 1 (fields). */
export function assertFieldMap(value: unknown, parameter: string, allowed: number[], limit: FieldMapLimit = sortLimit): Record<string, number> {
  if (!isPlainObject(value)) {
    throw new GatewayError('BAD_USER_INPUT', `The ${parameter} parameter must be a JSON object of field names.`);
  }
  const entries = Object.entries(value);
  if (entries.length > limit.maxKeys) throw new GatewayError('BAD_USER_INPUT', `The ${parameter} parameter has ${entries.length} fields; ${limit.why}.`);
  for (const [key, direction] of entries) {
    if (key.startsWith('$') || !allowed.includes(direction as number)) {
      throw new GatewayError('BAD_USER_INPUT', `The ${parameter} parameter maps field names to ${allowed.join(' or ')}; "${key}" is not valid.`);
    }
    assertKeyPath(key, parameter);
  }
  return value as Record<string, number>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
