import { timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import type { ComputationQueue } from '../statistics/computation-queue';
import { GatewayError, messages } from '../errors';
import { CoalescedReads } from './coalesced-reads';
import type { Credentials } from './credentials';
import { FailedLoginLog, type FailedLogin, type WarningLogger } from './failed-login-log';
import { FailureLimiter } from './failure-limiter';
import { isGatewayToken, type GatewayToken, type GatewayTokenStore } from './gateway-tokens';
import { hashToken } from './hash-token';

/**
 * The Rocket.Chat permissions the gateway's doors ask for, read in one command per verdict. Rocket.Chat's
 * defaults (apps/meteor/app/authorization/server/constant/permissions.ts): each of them `['admin']`.
 */
export const gatewayPermissions = ['view-statistics', 'view-engagement-dashboard', 'view-room-administration', 'view-user-administration'] as const;
export type GatewayPermission = (typeof gatewayPermissions)[number];

export interface AuthenticatedUser {
  userId: string;
  roles: string[];
  canViewStatistics: boolean;
  /** Which of the gateway's permissions one of the user's roles holds. */
  permissions: ReadonlySet<GatewayPermission>;
}

interface UserDocument {
  _id: string;
  active?: unknown;
  roles?: unknown;
  services?: { resume?: { loginTokens?: Array<{ hashedToken?: unknown }> } };
}

interface LookUpContext {
  credentials: Credentials;
  hashedToken: string;
}

export interface AuthenticatorOptions {
  database: DatabaseHandle;
  /** The bounded queue every database command of a request goes through. */
  queue: ComputationQueue;
  cacheTtlMs: number;
  failureLimit: { maxFailures: number; windowMs: number };
  /** Where failed logins are reported, at most once per user id and address per failure window. */
  log: WarningLogger;
  /** The tokens POST /api/v1/login issued, accepted beside Rocket.Chat's own. */
  gatewayTokens?: GatewayTokenStore;
}

interface Verdict {
  user: AuthenticatedUser | null;
  userExists: boolean;
  /** A gateway token's expiry (ms): the cached verdict must not outlive it. */
  expiresAt?: number;
}

/**
 * Rocket.Chat token authentication (README "Authentication"), one implementation for every door. Reads go to
 * the primary so a revoked token is seen at once; verdicts are cached for `cacheTtlMs`.
 */
export class Authenticator {
  private readonly verdicts: LRUCache<string, Verdict, LookUpContext>;
  private readonly userReads: CoalescedReads<UserDocument | null>;
  private readonly gatewayTokenReads: CoalescedReads<GatewayToken[]>;
  private readonly failures: FailureLimiter;
  private readonly failureLog: FailedLoginLog;

  constructor(private readonly options: AuthenticatorOptions) {
    this.failures = new FailureLimiter(options.failureLimit.maxFailures, options.failureLimit.windowMs);
    this.failureLog = new FailedLoginLog(options.log, options.failureLimit.windowMs);
    // A burst of guesses for one user id (the admin's is visible to every chat user) costs two reads.
    this.userReads = new CoalescedReads((userId) => this.readUser(userId));
    this.gatewayTokenReads = new CoalescedReads(async (userId) => (await options.gatewayTokens?.ofUser(userId)) ?? []);
    this.verdicts = new LRUCache({
      max: 10_000,
      ttl: Math.max(1, options.cacheTtlMs),
      fetchMethod: async (_key, _stale, { context }) => this.lookUp(context),
    });
  }

  /**
   * The user the credentials belong to; throws UNAUTHENTICATED or TOO_MANY_REQUESTS. Credentials are
   * checked before the failed-login limit, so valid ones are never refused: the limit slows guessing,
   * not the owner of a token whose user id or address others have guessed at.
   */
  async authenticate(credentials: Credentials | null, address: string, options: { wrongSecret?: boolean } = {}): Promise<AuthenticatedUser> {
    if (!credentials) {
      // Nothing sent, nothing guessed: not a failed login, or probes would lock out everyone behind one NAT.
      if (!options.wrongSecret) throw new GatewayError('UNAUTHENTICATED', messages.unauthenticated);
      throw this.failedLogin({ address });
    }
    const hashedToken = hashToken(credentials.token);
    const entry = await this.verdicts.fetch(verdictKey(credentials.userId, hashedToken), { context: { credentials, hashedToken } });
    if (entry?.user && (entry.expiresAt === undefined || entry.expiresAt > Date.now())) return entry.user;
    throw this.failedLogin({ address, userId: credentials.userId, userExists: entry?.userExists });
  }

  /** After logout: the token's cached verdict goes at once, not after the cache's few seconds. */
  forget(credentials: Credentials): void {
    this.verdicts.delete(verdictKey(credentials.userId, hashToken(credentials.token)));
  }

  /**
   * POST /api/v1/login checks this before it checks a password: past the limit a password is not
   * tried at all (Rocket.Chat's error-login-blocked-for-user / -ip), or the limit would not slow a
   * guesser, who would still learn which guess was right. Tokens need no such check: they cannot be guessed.
   */
  passwordLoginRefusal(address: string, userId?: string): GatewayError | undefined {
    const keys = userId === undefined ? [`address:${address}`] : [`user:${userId}`, `address:${address}`];
    const wait = this.failures.retryAfterSeconds(keys);
    return wait > 0 ? new GatewayError('TOO_MANY_REQUESTS', `Too many failed logins; try again in ${wait} s.`, { retryAfterSeconds: wait }) : undefined;
  }

  /** Counts a failure; the error to answer with: 429 when a key was already over its limit, else 401. */
  failedLogin(failure: FailedLogin): GatewayError {
    this.failureLog.record(failure);
    const keys = failure.userId === undefined ? [`address:${failure.address}`] : [`user:${failure.userId}`, `address:${failure.address}`];
    const wait = this.failures.retryAfterSeconds(keys);
    this.failures.recordFailure(keys);
    if (wait > 0) return new GatewayError('TOO_MANY_REQUESTS', `Too many failed logins; try again in ${wait} s.`, { retryAfterSeconds: wait });
    return new GatewayError('UNAUTHENTICATED', messages.unauthenticated);
  }

  private async lookUp({ credentials, hashedToken }: LookUpContext): Promise<Verdict> {
    const user = await this.userReads.read(credentials.userId);
    if (user?.active !== true) return { user: null, userExists: user !== null };
    let expiresAt: number | undefined;
    if (!hasToken(user, hashedToken)) {
      // Not one of Rocket.Chat's tokens: perhaps one POST /api/v1/login issued to this very user.
      const issued = isGatewayToken(credentials.token) ? matching(await this.gatewayTokenReads.read(user._id), hashedToken) : undefined;
      if (!issued) return { user: null, userExists: true };
      expiresAt = issued.expiresAt.getTime();
    }
    const roles = Array.isArray(user.roles) ? user.roles.filter((r): r is string => typeof r === 'string') : [];
    const permissions = await this.permissionsOfRoles(roles);
    return { user: { userId: user._id, roles, canViewStatistics: permissions.has('view-statistics'), permissions }, userExists: true, expiresAt };
  }

  private async readUser(userId: string): Promise<UserDocument | null> {
    const users = this.options.database.db.collection<UserDocument>('users', { readPreference: 'primary' });
    // By _id alone: FerretDB pushes down only that filter, so `active` in it would scan users for every
    // unknown id a guesser sends. `active` and the token are checked by the caller.
    return this.options.queue.run(() =>
      asDatabaseCall(this.options.database, () =>
        users.findOne({ _id: userId }, { projection: { active: 1, roles: 1, 'services.resume.loginTokens.hashedToken': 1 } }),
      ),
    );
  }

  private async permissionsOfRoles(roles: string[]): Promise<ReadonlySet<GatewayPermission>> {
    const collection = this.options.database.db.collection<{ _id: string; roles?: unknown }>('rocketchat_permissions', { readPreference: 'primary' });
    const found = await this.options.queue.run(() =>
      asDatabaseCall(this.options.database, () => collection.find({ _id: { $in: [...gatewayPermissions] } }, { projection: { roles: 1 } }).toArray()),
    );
    const held = new Set<GatewayPermission>();
    for (const permission of found) {
      const allowed = Array.isArray(permission.roles) ? permission.roles : [];
      if (roles.some((role) => allowed.includes(role))) held.add(permission._id as GatewayPermission);
    }
    return held;
  }
}

function verdictKey(userId: string, hashedToken: string): string {
  return `${userId}\u0000${hashedToken}`;
}

/** The gateway token with this hash, compared in constant time like Rocket.Chat's. */
function matching(tokens: GatewayToken[], hashed: string): GatewayToken | undefined {
  const wanted = Buffer.from(hashed);
  let found: GatewayToken | undefined;
  for (const token of tokens) {
    const stored = Buffer.from(token._id);
    if (stored.length === wanted.length && timingSafeEqual(stored, wanted)) found = token;
  }
  return found;
}

/** Login tokens and personal access tokens both live in loginTokens; compare every entry in constant time. */
function hasToken(user: UserDocument, hashed: string): boolean {
  const wanted = Buffer.from(hashed);
  let found = false;
  for (const entry of user.services?.resume?.loginTokens ?? []) {
    if (typeof entry?.hashedToken !== 'string') continue;
    const stored = Buffer.from(entry.hashedToken);
    if (stored.length === wanted.length && timingSafeEqual(stored, wanted)) found = true;
  }
  return found;
}

export function requireViewStatistics(user: AuthenticatedUser): void {
  if (!user.canViewStatistics) throw new GatewayError('FORBIDDEN', messages.forbidden);
}

/** FORBIDDEN unless one of the user's roles holds the permission; the message names it. */
export function requirePermission(user: AuthenticatedUser, permission: GatewayPermission): void {
  if (!user.permissions.has(permission)) {
    throw new GatewayError(
      'FORBIDDEN',
      `Not allowed: the user needs the ${permission} permission (a role listed in rocketchat_permissions "${permission}", by default admin).`,
    );
  }
}
