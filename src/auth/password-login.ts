import bcrypt from 'bcryptjs';
import { authenticator } from 'otplib';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import type { GatewayTokenStore } from './gateway-tokens';
import { hashToken } from './hash-token';
import type { LoginRequest } from './login-request';
import type { LoginUser, LoginUsers } from './login-users';

/** Why a login was refused; src/rest/login-bodies.ts turns each into Rocket.Chat's body of the version. */
export type LoginRefusal =
  | 'unauthorized'
  | 'not-activated'
  | 'app-user'
  | 'no-password'
  | 'totp-required'
  | 'totp-invalid'
  | 'backup-code'
  | 'email-2fa'
  | 'resume-invalid'
  | 'unrecognized';

export type LoginOutcome = { ok: true; user: LoginUser; authToken: string } | { ok: false; refusal: LoginRefusal; user: LoginUser | null; problem?: string };

/** Refusals a guesser can cause: they count in the failed-login limit (a missing code does not, as in Rocket.Chat). */
export const guessRefusals = new Set<LoginRefusal>([
  'unauthorized',
  'not-activated',
  'app-user',
  'no-password',
  'totp-invalid',
  'backup-code',
  'resume-invalid',
]);

/** A bcrypt hash of nothing anyone knows: unknown users cost one comparison too, so timing does not tell who exists. */
const noSuchUserHash = '$2b$10$r43oUIPioQvU1qg.gBmrwOLAbq/88P3kEQVG.vLPWBr7cSJvK04qG';

/** Rocket.Chat's 2FA settings (apps/meteor/app/2fa/server/startup/settings.ts) and their defaults. */
interface TwoFactorSettings {
  enabled: boolean;
  byEmail: boolean;
  /** Time steps accepted before and after now (speakeasy's `window`). */
  maxDelta: number;
}

/**
 * Password and resume logins checked as Rocket.Chat checks them (Meteor accounts-password, then
 * Rocket.Chat's validateLoginAttempt and its 2FA callback in apps/meteor/app/2fa/server/loginHandler.ts),
 * reading `users` and never writing it: a successful password login gets a token of the gateway's own.
 */
export class PasswordLogin {
  constructor(
    private readonly database: DatabaseHandle,
    private readonly users: LoginUsers,
    private readonly tokens: GatewayTokenStore,
  ) {}

  async login(request: LoginRequest): Promise<LoginOutcome> {
    if (request.kind === 'unrecognized') return { ok: false, refusal: 'unrecognized', user: null, problem: request.problem };
    if (request.kind === 'resume') return this.resume(request.token);
    const user = await this.users.find(request.user);
    const stored = user?.services?.password?.bcrypt;
    if (!user || typeof stored !== 'string') {
      await bcrypt.compare(request.passwordDigest, noSuchUserHash);
      // Meteor: "User has no password set" (LDAP, SAML, CAS, OAuth users); else "User not found".
      return { ok: false, refusal: user ? 'no-password' : 'unauthorized', user };
    }
    if (!(await bcrypt.compare(request.passwordDigest, stored))) return { ok: false, refusal: 'unauthorized', user };
    const refusal = accountRefusal(user) ?? (await this.secondFactorRefusal(user, request.code));
    if (refusal) return { ok: false, refusal, user };
    const { token } = await this.tokens.issue(user._id);
    return { ok: true, user, authToken: token };
  }

  /** Meteor's resume handler: a token of the gateway's, or one of Rocket.Chat's login tokens; no 2FA (loginHandler.ts skips resume). */
  private async resume(token: string): Promise<LoginOutcome> {
    const hashed = hashToken(token);
    const issued = await this.tokens.find(hashed);
    const user = issued ? await this.users.findById(issued.userId) : await this.users.findByLoginToken(hashed);
    if (!user) return { ok: false, refusal: 'resume-invalid', user: null };
    const refusal = accountRefusal(user);
    return refusal ? { ok: false, refusal, user } : { ok: true, user, authToken: token };
  }

  private async secondFactorRefusal(user: LoginUser, code: string | undefined): Promise<LoginRefusal | undefined> {
    const totp = user.services?.totp;
    const totpOn = totp?.enabled === true && typeof totp.secret === 'string';
    const emailOn = user.services?.email2fa?.enabled === true && (user.emails ?? []).some((email) => email.verified === true);
    if (!totpOn && !emailOn) return undefined;
    const settings = await this.readTwoFactorSettings();
    if (!settings.enabled) return undefined;
    // TOTP first, as Rocket.Chat's checkMethods are ordered (apps/meteor/app/2fa/server/code/index.ts).
    if (!totpOn) return settings.byEmail ? 'email-2fa' : undefined;
    if (code === undefined) return 'totp-required';
    // A backup code would have to be crossed off in users, which the gateway never writes.
    if (code.length === 8) return 'backup-code';
    return totpMatches(totp.secret as string, code, settings.maxDelta) ? undefined : 'totp-invalid';
  }

  private async readTwoFactorSettings(): Promise<TwoFactorSettings> {
    const ids = ['Accounts_TwoFactorAuthentication_Enabled', 'Accounts_TwoFactorAuthentication_By_Email_Enabled', 'Accounts_TwoFactorAuthentication_MaxDelta'];
    const stored = await asDatabaseCall(this.database, () =>
      this.database.db
        .collection<{ _id: string; value?: unknown }>('rocketchat_settings')
        .find({ _id: { $in: ids } }, { projection: { value: 1 } })
        .toArray(),
    );
    const value = (id: string) => stored.find((setting) => setting._id === id)?.value;
    const maxDelta = value('Accounts_TwoFactorAuthentication_MaxDelta');
    return {
      enabled: value('Accounts_TwoFactorAuthentication_Enabled') !== false,
      byEmail: value('Accounts_TwoFactorAuthentication_By_Email_Enabled') !== false,
      maxDelta: typeof maxDelta === 'number' && Number.isInteger(maxDelta) && maxDelta >= 0 && maxDelta <= 10 ? maxDelta : 1,
    };
  }
}

/** Rocket.Chat's validateLoginAttempt (apps/meteor/app/authentication/server/startup/index.js): apps never log in, inactive users neither. */
function accountRefusal(user: LoginUser): LoginRefusal | undefined {
  if (user.type === 'app') return 'app-user';
  if (user.active !== true) return 'not-activated';
  return undefined;
}

/** Speakeasy's TOTP as Rocket.Chat uses it (apps/meteor/app/2fa/server/lib/totp.ts): base32 secret, SHA-1, 6 digits, 30 s steps, `maxDelta` steps either side. */
function totpMatches(secret: string, code: string, maxDelta: number): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    return authenticator.clone({ window: maxDelta }).check(code, secret);
  } catch {
    // A secret otplib cannot decode matches no code.
    return false;
  }
}
