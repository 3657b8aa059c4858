import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GatewayError } from '../errors';

/** Apollo's own codes for a caller's mistake: their messages are safe and useful as they are. */
const callerMistakes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export type ErrorLogger = (error: unknown) => void;

/**
 * Explains the expected, masks the unexpected: GatewayErrors and GraphQL's own validation errors go
 * out as they are; anything else (a driver error, a bug) becomes a generic message and is logged.
 */
export function createFormatError(logUnexpected: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    if (original instanceof GatewayError || callerMistakes.has(String(extensions.code))) {
      return { ...formatted, extensions };
    }
    // Apollo's refusals of a request's shape that carry a 4xx and no code (a persisted-query hash
    // that is not its document's, an unknown persisted-query version): the caller's mistake.
    const own = original instanceof GraphQLError ? original.extensions : undefined;
    const status = (own?.http as { status?: unknown } | undefined)?.status;
    if (own && own.code === undefined && typeof status === 'number' && status >= 400 && status < 500) {
      return { ...formatted, extensions: { ...extensions, code: 'BAD_REQUEST' } };
    }
    logUnexpected(original);
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
