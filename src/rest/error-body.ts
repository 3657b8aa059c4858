import type { RestFormat } from '../config';
import type { DoorFailure } from '../doors/run-fixed-document';
import type { RestDialect } from './rest-dialect';

export type RestEndpoint = 'statistics' | 'statistics.list' | 'login' | 'logout';

export interface RestAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Rocket.Chat's words for a missing login, in both formats. */
const loginRequired = 'You must be logged in to do this.';

/**
 * The one place an error code becomes a REST status and body (docs/openapi.json lists every body). Rocket.Chat's
 * bodies differ by version and, for a missing permission, by endpoint; the gateway's own failures
 * (database, load, rate limit) keep one shape with an `errorType` clients can test.
 */
export function errorAnswer(failure: DoorFailure, dialect: RestFormat | RestDialect, endpoint: RestEndpoint): RestAnswer {
  const { format, before80 } = typeof dialect === 'string' ? { format: dialect, before80: false } : dialect;
  switch (failure.code) {
    case 'UNAUTHENTICATED':
      if (format === '0.61') return { status: 401, body: { status: 'error', message: loginRequired } };
      // Before 8.0 ApiClass.ts kept the old body's `status` and `message` beside `error` ("compatibility with the old API").
      if (before80) return { status: 401, body: { success: false, error: loginRequired, status: 'error', message: loginRequired } };
      return { status: 401, body: { success: false, error: loginRequired } };
    case 'FORBIDDEN':
      if (format === 'current') return { status: 400, body: { success: false, error: 'error-not-allowed' } };
      if (endpoint === 'statistics.list') return { status: 403, body: { success: false, error: 'unauthorized' } };
      return { status: 400, body: { success: false, error: 'Not allowed [error-not-allowed]', errorType: 'error-not-allowed' } };
    case 'BAD_USER_INPUT':
      return typed(400, failure, 'error-invalid-params');
    case 'TOO_MANY_REQUESTS':
      return typed(429, failure, 'error-too-many-requests');
    case 'DB_UNAVAILABLE':
      return typed(503, failure, 'error-database-unavailable');
    case 'OVERLOADED':
      return typed(503, failure, 'error-server-busy');
    default:
      return { status: 500, body: { success: false, error: 'Internal server error' } };
  }
}

/** A failure worth retrying (429, 503) tells the client when, if the error says so. */
function typed(status: number, failure: DoorFailure, errorType: string): RestAnswer {
  const retryable = status === 429 || status === 503;
  const headers = retryable && failure.retryAfterSeconds ? { 'retry-after': String(failure.retryAfterSeconds) } : undefined;
  return { status, body: { success: false, error: failure.message, errorType }, headers };
}
