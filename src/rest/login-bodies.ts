import type { LoginRefusal } from '../auth/password-login';
import type { RestAnswer } from './error-body';
import type { RestDialect } from './rest-dialect';

const personalAccessToken = 'send the headers X-User-Id and X-Auth-Token of a personal access token instead (Rocket.Chat: My Account > Personal Access Tokens)';

/** Rocket.Chat's Meteor error of each refusal: `error`, `reason` and `details` as its login method throws them. */
const meteorErrors: Record<LoginRefusal, { error: string | number; message: string; details?: Record<string, unknown> }> = {
  // ApiClass.ts answers "User not found" as Unauthorized; Rocket.Chat's own tests expect the same for a wrong password.
  unauthorized: { error: 'Unauthorized', message: 'Unauthorized' },
  'not-activated': { error: 'error-user-is-not-activated', message: 'User is not activated', details: { function: 'Accounts.validateLoginAttempt' } },
  'app-user': {
    error: 'error-app-user-is-not-allowed-to-login',
    message: 'App user is not allowed to login',
    details: { function: 'Accounts.validateLoginAttempt' },
  },
  'no-password': {
    error: 403,
    message: `User has no password set: this user signs in through LDAP, SAML, CAS or OAuth, which the gateway cannot check; ${personalAccessToken}.`,
  },
  'totp-required': { error: 'totp-required', message: 'TOTP Required', details: { method: 'totp', availableMethods: ['totp'] } },
  'totp-invalid': { error: 'totp-invalid', message: 'TOTP Invalid', details: { method: 'totp', availableMethods: ['totp'] } },
  'backup-code': {
    error: 'totp-invalid',
    message: `TOTP Invalid: backup codes are used up by Rocket.Chat, which the read-only gateway cannot do; send a code of the authenticator app, or ${personalAccessToken}.`,
    details: { method: 'totp', availableMethods: ['totp'] },
  },
  'email-2fa': {
    error: 'error-email-two-factor-unsupported',
    message: `This user's second factor is a code sent by e-mail, which the read-only gateway cannot send; ${personalAccessToken}.`,
  },
  'resume-invalid': { error: 403, message: "You've been logged out by the server. Please log in again." },
  unrecognized: { error: 400, message: 'Unrecognized options for login request' },
};

/**
 * A refused login, as the Rocket.Chat of the dialect answers it (the `login` route of
 * apps/meteor/app/api/server/ApiClass.ts): 8.x says only `unauthorized`; before 8.0 the Meteor error
 * is copied into the 401 body; 0.61 sent `status`, `error` and `message`.
 */
export function loginRefusedAnswer(dialect: RestDialect, refusal: LoginRefusal, problem?: string): RestAnswer {
  if (dialect.format === 'current' && !dialect.before80) return { status: 401, body: { success: false, error: 'unauthorized' } };
  const { error, message, details } = meteorErrors[refusal];
  const said = problem ? `${message}: ${problem}` : message;
  if (dialect.format === '0.61') return { status: 401, body: { status: 'error', error, message: said } };
  return { status: 401, body: { success: false, error, status: 'error', ...(details ? { details } : {}), message: said } };
}

/** The success body: `{status, data: {userId, authToken, me}}`; since the API rework also `success: true`. */
export function loginAnswer(dialect: RestDialect, userId: string, authToken: string, me: Record<string, unknown>): RestAnswer {
  const body = { status: 'success', data: { userId, authToken, me } };
  return { status: 200, body: dialect.format === '0.61' ? body : { ...body, success: true } };
}

export function logoutAnswer(): RestAnswer {
  return { status: 200, body: { status: 'success', data: { message: "You've been logged out!" } } };
}

/** What the log says about a refusal, whatever the body says (8.x says only `unauthorized`). */
export function refusalForLog(refusal: LoginRefusal): string {
  return meteorErrors[refusal].message.split(':')[0];
}
