import { GraphQLError } from 'graphql';

/** The closed set of error codes the gateway answers with, each with its HTTP status. */
export const errorCodes = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  TOO_MANY_REQUESTS: 429,
  DB_UNAVAILABLE: 503,
  OVERLOADED: 503,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface GatewayErrorOptions {
  /** Seconds a client should wait (TOO_MANY_REQUESTS, OVERLOADED). */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** An expected failure: its message is written for the caller and says what to change. */
export class GatewayError extends GraphQLError {
  readonly code: ErrorCode;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, options: GatewayErrorOptions = {}) {
    super(message, {
      extensions: {
        code,
        http: { status: errorCodes[code] },
        ...(options.retryAfterSeconds ? { retryAfterSeconds: options.retryAfterSeconds } : {}),
      },
      originalError: options.cause instanceof Error ? options.cause : undefined,
    });
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const messages = {
  unauthenticated:
    'You must be logged in to do this. Send the headers X-User-Id and X-Auth-Token of an active Rocket.Chat user (a login token or a personal access token).',
  forbidden: 'Not allowed: the user needs the view-statistics permission (a role listed in rocketchat_permissions "view-statistics", by default admin).',
  dbUnavailable: 'The Rocket.Chat database is unavailable right now; try again in a few seconds.',
  dbQueryTimeout: (ms: number) =>
    `A database command ran longer than DB_QUERY_TIMEOUT_MS (${ms} ms) and was abandoned. If the database is healthy but slow (a large workspace), raise DB_QUERY_TIMEOUT_MS in the gateway's configuration, or set it to 0 for no limit.`,
} as const;

/** The error code carried by a GraphQL error, or INTERNAL_SERVER_ERROR when there is none. */
export function codeOf(error: { extensions?: Record<string, unknown> }): ErrorCode {
  const code = error.extensions?.code;
  return typeof code === 'string' && code in errorCodes ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
}
