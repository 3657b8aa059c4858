import { GatewayError } from '../errors';

/**
 * A field name as the database reads it in a filter, a sort or a projection: a dotted path whose
 * parts are neither empty nor operators nor padded with white space (FerretDB refuses a path part
 * that Go's strings.TrimSpace would change), without the NUL character that ends a BSON key. The
 * driver or the server refuses anything else, after the request has already cost a round trip.
 */
export function assertKeyPath(key: string, where: string): void {
  const problem = keyPathProblem(key);
  if (problem) throw new GatewayError('BAD_USER_INPUT', `The field name ${quoteKey(key)} in ${where} ${problem}.`);
}

/** JavaScript's white space and Go's (which adds U+0085, NEXT LINE). */
const paddedWithSpace = /^[\s\u0085]|[\s\u0085]$/;

function keyPathProblem(key: string): string | undefined {
  if (key === '') return 'is empty';
  if (key.includes('\u0000')) return 'contains a NUL character';
  const parts = key.split('.');
  if (parts.includes('')) return 'has an empty part (a dot at the start or end, or two in a row)';
  const padded = parts.find((part) => paddedWithSpace.test(part));
  if (padded !== undefined) return `has a part that starts or ends with white space (${quoteKey(padded)})`;
  const operatorLike = parts.find((part) => part.startsWith('$'));
  if (operatorLike) return `has a part starting with $ (${quoteKey(operatorLike)}); only operators start with $`;
  return undefined;
}

/** A caller's field name in a message: escaped, so a NUL or a newline shows, and kept short. */
export function quoteKey(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

/** Where in a parameter a problem sits, e.g. `query.$or[1].totalUsers`. */
export function childOf(where: string, key: string): string {
  return `${where}.${key.length > 40 ? `${key.slice(0, 40)}…` : key}`;
}
