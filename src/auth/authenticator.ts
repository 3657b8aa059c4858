import { timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import { GatewayError, messages } from '../errors';
import type { Credentials } from './credentials';
import { FailureLimiter } from './failure-limiter';
import { hashToken } from './hash-token';

export interface AuthenticatedUser {
  userId: string;
  roles: string[];
  canViewStatistics: boolean;
}

interface UserDocument {
  _id: string;
  roles?: unknown;
  services?: { resume?: { loginTokens?: Array<{ hashedToken?: unknown }> } };
}

interface LookUpContext {
  credentials: Credentials;
  limiterKeys: string[];
}

export interface AuthenticatorOptions {
  database: DatabaseHandle;
  cacheTtlMs: number;
  failureLimit: { maxFailures: number; windowMs: number };
}

/**
 * Rocket.Chat token authentication (spec rest.md), one implementation for every door. Reads go to
 * the primary so a revoked token is seen at once; results are cached for `cacheTtlMs`.
 */
export class Authenticator {
  private readonly cache: LRUCache<string, { user: AuthenticatedUser | null }>;
  private readonly failures: FailureLimiter;

  constructor(private readonly options: AuthenticatorOptions) {
    this.failures = new FailureLimiter(options.failureLimit.maxFailures, options.failureLimit.windowMs);
    this.cache = new LRUCache({
      max: 10_000,
      ttl: Math.max(1, options.cacheTtlMs),
      fetchMethod: async (key, _stale, { context }) => {
        const { credentials, limiterKeys } = context as LookUpContext;
        // Counted synchronously, before the first await: concurrent guesses see each other.
        const settle = this.failures.begin(limiterKeys);
        try {
          return { user: await this.lookUp(credentials, key) };
        } finally {
          settle();
        }
      },
    });
  }

  /** The user the credentials belong to; throws UNAUTHENTICATED or TOO_MANY_REQUESTS. */
  async authenticate(credentials: Credentials | null, address: string): Promise<AuthenticatedUser> {
    const keys = credentials ? [`user:${credentials.userId}`, `address:${address}`] : [`address:${address}`];
    const wait = this.failures.retryAfterSeconds(keys);
    if (wait > 0) {
      throw new GatewayError('TOO_MANY_REQUESTS', `Too many failed logins; try again in ${wait} s.`, { retryAfterSeconds: wait });
    }
    const user = credentials ? await this.cachedLookUp(credentials, keys) : null;
    if (!user) {
      this.failures.recordFailure(keys);
      throw new GatewayError('UNAUTHENTICATED', messages.unauthenticated);
    }
    return user;
  }

  private async cachedLookUp(credentials: Credentials, limiterKeys: string[]): Promise<AuthenticatedUser | null> {
    const hashed = hashToken(credentials.token);
    const context: LookUpContext = { credentials, limiterKeys };
    const entry = await this.cache.fetch(`${credentials.userId}\u0000${hashed}`, { context });
    return entry?.user ?? null;
  }

  private async lookUp(credentials: Credentials, cacheKey: string): Promise<AuthenticatedUser | null> {
    const hashed = cacheKey.slice(cacheKey.indexOf('\u0000') + 1);
    const users = this.options.database.db.collection<UserDocument>('users', { readPreference: 'primary' });
    const user = await asDatabaseCall(this.options.database, () =>
      users.findOne({ _id: credentials.userId, active: true }, { projection: { roles: 1, 'services.resume.loginTokens.hashedToken': 1 } }),
    );
    if (!user || !hasToken(user, hashed)) return null;
    const roles = Array.isArray(user.roles) ? user.roles.filter((r): r is string => typeof r === 'string') : [];
    return { userId: user._id, roles, canViewStatistics: await this.rolesMayViewStatistics(roles) };
  }

  private async rolesMayViewStatistics(roles: string[]): Promise<boolean> {
    const permissions = this.options.database.db.collection<{ _id: string; roles?: unknown }>('rocketchat_permissions', { readPreference: 'primary' });
    const permission = await asDatabaseCall(this.options.database, () => permissions.findOne({ _id: 'view-statistics' }, { projection: { roles: 1 } }));
    const allowed = Array.isArray(permission?.roles) ? permission.roles : [];
    return roles.some((role) => allowed.includes(role));
  }
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
