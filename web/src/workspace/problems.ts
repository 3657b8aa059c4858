/** What went wrong, in the words a workspace administrator would use. */
export type ProblemKind =
  | 'wrong-credentials'
  | 'wrong-password'
  | 'code-required'
  | 'wrong-code'
  | 'login-refused'
  | 'no-permission'
  | 'database-down'
  | 'too-many-attempts'
  | 'busy'
  | 'unreachable'
  | 'unexpected';

export class GatewayProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
  ) {
    super(message);
  }
}

/** The gateway's error codes, each with the page's own kind (HTTP status decides when there is none). */
const kindByCode: Record<string, ProblemKind> = {
  UNAUTHENTICATED: 'wrong-credentials',
  FORBIDDEN: 'no-permission',
  DB_UNAVAILABLE: 'database-down',
  TOO_MANY_REQUESTS: 'too-many-attempts',
  OVERLOADED: 'busy',
};

/** The REST shim's `errorType`s (Rocket.Chat's, and the gateway's own for load and database). */
const kindByRestErrorType: Record<string, ProblemKind> = {
  'error-not-allowed': 'no-permission',
  'error-too-many-requests': 'too-many-attempts',
  'error-database-unavailable': 'database-down',
  'error-server-busy': 'busy',
};

const kindByStatus: Record<number, ProblemKind> = {
  401: 'wrong-credentials',
  403: 'no-permission',
  429: 'too-many-attempts',
  503: 'database-down',
};

function waitWords(seconds: number | undefined): string {
  if (!seconds || seconds <= 1) return 'a moment';
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

export function describeProblem(kind: ProblemKind, details: { status?: number; retryAfterSeconds?: number } = {}): GatewayProblem {
  const messages: Record<ProblemKind, string> = {
    'wrong-credentials': 'Sign-in failed: the user ID or the token is wrong, or the token has expired. Check both and try again.',
    'wrong-password': 'Sign-in failed: the user name or the password is wrong. Check both and try again.',
    'code-required': 'This user has two-factor authentication: enter the code of the authenticator app, then sign in again.',
    'wrong-code': 'The two-factor code is wrong or has expired. Enter the code the authenticator app shows now.',
    'login-refused': 'Sign-in was refused.',
    'no-permission': 'This user may not see the workspace statistics. Ask an administrator to give one of your roles the “view-statistics” permission.',
    'database-down': 'The Rocket.Chat database is not answering right now, so no figures can be read. Try again in a minute.',
    'too-many-attempts': `Too many attempts. Wait ${waitWords(details.retryAfterSeconds)} before trying again.`,
    busy: 'The server is busy computing figures for other requests. Try again in a few seconds.',
    unreachable: 'The statistics server cannot be reached. Check your network connection and try again.',
    unexpected: `Something went wrong on the server${details.status ? ` (HTTP ${details.status})` : ''}. Try again; if it keeps happening, tell your administrator.`,
  };
  return new GatewayProblem(kind, messages[kind]);
}

/** What a failed answer said about itself: a GraphQL error's extensions, or a REST error body. */
export interface FailureDetails {
  code?: unknown;
  errorType?: unknown;
  retryAfterSeconds?: unknown;
}

/** Turns a failed answer (GraphQL or REST) into a problem: the error code first, else the HTTP status. */
export function problemFromAnswer(response: Response, details: FailureDetails = {}): GatewayProblem {
  const kind =
    (typeof details.code === 'string' && kindByCode[details.code]) ||
    (typeof details.errorType === 'string' && kindByRestErrorType[details.errorType]) ||
    kindByStatus[response.status] ||
    'unexpected';
  const retryAfter = Number(details.retryAfterSeconds ?? response.headers.get('retry-after') ?? Number.NaN);
  return describeProblem(kind, { status: response.status, retryAfterSeconds: retryAfter > 0 ? retryAfter : undefined });
}

/** A refused POST /api/v1/login in any of Rocket.Chat's bodies (src/rest/login-bodies.ts). */
interface LoginRefusalBody extends FailureDetails {
  error?: unknown;
  message?: unknown;
}

/**
 * What a refused login means. Before 8.0 (and in 0.61) the body names the Meteor error, so a
 * missing or wrong TOTP code is told apart from a wrong password; 8.x answers every refusal with a
 * bare `unauthorized`, which may also be a missing code.
 */
export function problemFromLogin(response: Response, body: LoginRefusalBody = {}): GatewayProblem {
  if (response.status !== 401) return problemFromAnswer(response, body);
  switch (body.error) {
    case 'Unauthorized':
      return describeProblem('wrong-password');
    case 'unauthorized':
      return new GatewayProblem(
        'wrong-password',
        'Sign-in failed: the user name or the password is wrong, or this user has two-factor authentication and the code is missing or wrong.',
      );
    case 'totp-required':
      return describeProblem('code-required');
    case 'totp-invalid':
      // The gateway's own words when a backup code was sent (it cannot use one up); else Rocket.Chat's "TOTP Invalid".
      return typeof body.message === 'string' && body.message.includes(':')
        ? new GatewayProblem(
            'wrong-code',
            body.message
              .slice(body.message.indexOf(':') + 1)
              .trim()
              .replace(/^./, (first) => first.toUpperCase()),
          )
        : describeProblem('wrong-code');
    default:
      // Not activated, an LDAP/OAuth user, an e-mail code: the gateway's message says what to do.
      return typeof body.message === 'string' && body.message
        ? new GatewayProblem('login-refused', `Sign-in was refused: ${body.message}`)
        : describeProblem('login-refused');
  }
}
