import type { FastifyRequest } from 'fastify';
import { readCredentials } from '../auth/credentials';
import { hashToken } from '../auth/hash-token';
import { readLoginRequest } from '../auth/login-request';
import { userInfo } from '../auth/login-users';
import { guessRefusals } from '../auth/password-login';
import type { DoorDependencies } from '../doors/door-dependencies';
import { failureOfThrown } from '../doors/run-fixed-document';
import { GatewayError } from '../errors';
import { errorAnswer, type RestAnswer } from './error-body';
import { loginAnswer, loginRefusedAnswer, logoutAnswer, refusalForLog } from './login-bodies';

type HeaderValue = string | string[] | undefined;

/**
 * POST /api/v1/login (spec rest.md): a password (plain or SHA-256 digest, with the TOTP code when the
 * user has 2FA) or a `resume` token, checked against `users` without writing it. Past the
 * failed-login limit no password is tried; every refused guess counts in that limit.
 */
export async function answerLogin(deps: DoorDependencies, request: FastifyRequest): Promise<RestAnswer> {
  const { authenticator, passwordLogin, restDialect } = deps.services;
  const dialect = restDialect.current;
  const login = readLoginRequest(request.body, request.headers as Record<string, HeaderValue>);
  const address = request.ip;
  const named = login.kind === 'password' ? Object.values(login.user)[0] : undefined;
  try {
    if (login.kind === 'password') {
      const refused = authenticator.passwordLoginRefusal(address, named && `login:${named.toLowerCase()}`);
      if (refused) return errorAnswer(failureOfThrown(refused), dialect, 'login');
    }
    const outcome = await passwordLogin.login(login);
    if (outcome.ok) {
      request.log.info({ userId: outcome.user._id, login: login.kind }, 'logged in');
      return loginAnswer(dialect, outcome.user._id, outcome.authToken, userInfo(outcome.user));
    }
    const reason = refusalForLog(outcome.refusal);
    if (guessRefusals.has(outcome.refusal)) {
      // Counted under the name that was sent: a guesser's names need not be users.
      const limited = authenticator.failedLogin({ address, userId: named && `login:${named.toLowerCase()}`, userExists: outcome.user !== null });
      if (limited.code === 'TOO_MANY_REQUESTS') return errorAnswer(failureOfThrown(limited), dialect, 'login');
    }
    if (outcome.refusal !== 'unauthorized') request.log.info({ userId: outcome.user?._id, reason }, 'login refused');
    return loginRefusedAnswer(dialect, outcome.refusal, outcome.problem);
  } catch (error) {
    return errorAnswer(failureOfThrown(error), dialect, 'login');
  }
}

/** POST (and, as Rocket.Chat still allows, GET) /api/v1/logout: removes a token the gateway issued. */
export async function answerLogout(deps: DoorDependencies, request: FastifyRequest): Promise<RestAnswer> {
  const { authenticator, gatewayTokens, restDialect } = deps.services;
  const dialect = restDialect.current;
  const credentials = readCredentials(request.headers as Record<string, HeaderValue>);
  try {
    await authenticator.authenticate(credentials, request.ip);
    if (!(await gatewayTokens.revoke(hashToken(credentials!.token)))) {
      throw new GatewayError(
        'BAD_USER_INPUT',
        'This token was issued by Rocket.Chat, not by the gateway, which never writes users: log out through Rocket.Chat (or revoke the personal access token there).',
      );
    }
    authenticator.forget(credentials!);
    return logoutAnswer();
  } catch (error) {
    return errorAnswer(failureOfThrown(error), dialect, 'logout');
  }
}
