import { GatewayError } from '../errors';

/** The only operators a snapshot filter may use (spec rest.md, statistics.list `query`). */
const allowedOperators = new Set(['$and', '$or', '$in', '$nin', '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$exists']);

/**
 * Checks a client's filter before it goes anywhere near the database: plain field comparisons and
 * the allowed operators only. Anything else ($where, $function, $expr, …) is the caller's mistake.
 */
export function assertSafeFilter(filter: unknown, parameter = 'query'): Record<string, unknown> {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
    throw new GatewayError('BAD_USER_INPUT', `The ${parameter} parameter must be a JSON object.`);
  }
  walk(filter, parameter, 0);
  return filter as Record<string, unknown>;
}

function walk(value: unknown, parameter: string, depth: number): void {
  if (depth > 10) throw new GatewayError('BAD_USER_INPUT', `The ${parameter} parameter is nested too deeply (at most 10 levels).`);
  if (Array.isArray(value)) {
    for (const item of value) walk(item, parameter, depth + 1);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('$') && !allowedOperators.has(key)) {
      throw new GatewayError(
        'BAD_USER_INPUT',
        `The operator ${key} is not allowed in ${parameter}; use plain field comparisons and ${[...allowedOperators].join(', ')}.`,
      );
    }
    walk(inner, parameter, depth + 1);
  }
}

/** A sort or projection object: field names mapped to 1 or −1 (sort) / 0 or 1 (fields). */
export function assertFieldMap(value: unknown, parameter: string, allowed: number[]): Record<string, number> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new GatewayError('BAD_USER_INPUT', `The ${parameter} parameter must be a JSON object of field names.`);
  }
  for (const [key, direction] of Object.entries(value)) {
    if (key.startsWith('$') || !allowed.includes(direction as number)) {
      throw new GatewayError('BAD_USER_INPUT', `The ${parameter} parameter maps field names to ${allowed.join(' or ')}; "${key}" is not valid.`);
    }
  }
  return value as Record<string, number>;
}
