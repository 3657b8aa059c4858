import { randomBytes } from 'node:crypto';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import { hashToken } from './hash-token';

/** A token POST /api/v1/login issued, as stored: hashed, never the token itself. */
export interface GatewayToken {
  /** base64(sha256(token)), as Rocket.Chat hashes its login tokens: a look-up by _id alone. */
  _id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

/**
 * Every token the gateway issues starts with this: a character outside Rocket.Chat's token alphabet
 * (base64url), so a token without it is never looked for in the gateway's collection.
 */
export const gatewayTokenPrefix = 'rcstats.';

export function isGatewayToken(token: string): boolean {
  return token.startsWith(gatewayTokenPrefix);
}

/**
 * The login tokens the gateway issues, in its own collection: the gateway never writes `users`, so a
 * password login cannot add to `services.resume.loginTokens` as Rocket.Chat's does. FerretDB 1.24 has
 * no TTL indexes: expired tokens are refused when read and deleted when the next login is stored.
 */
export class GatewayTokenStore {
  constructor(
    private readonly database: DatabaseHandle,
    private readonly collectionName: string,
    private readonly ttlMs: number,
  ) {}

  private get collection() {
    // The primary: a token removed by logout must be gone for the next request.
    return this.database.db.collection<GatewayToken>(this.collectionName, { readPreference: 'primary' });
  }

  /** A new token for the user; the caller gets it once, the collection keeps its hash. */
  async issue(userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    // As long as Rocket.Chat's Random.secret() tokens (43 characters of base64url).
    const token = `${gatewayTokenPrefix}${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    await asDatabaseCall(this.database, () => this.collection.insertOne({ _id: hashToken(token), userId, createdAt: now, expiresAt }));
    await asDatabaseCall(this.database, () => this.collection.deleteMany({ expiresAt: { $lt: now } }));
    return { token, expiresAt };
  }

  /** The stored token with this hash, when it has not expired. */
  async find(hashedToken: string, now = new Date()): Promise<GatewayToken | null> {
    const stored = await asDatabaseCall(this.database, () => this.collection.findOne({ _id: hashedToken }));
    if (!stored || !(stored.expiresAt instanceof Date) || stored.expiresAt.getTime() <= now.getTime()) return null;
    return stored;
  }

  /**
   * The user's unexpired tokens (hashes and expiries): one read per user, however many tokens are
   * tried for it, so a burst of guesses costs as few reads here as in `users`.
   */
  async ofUser(userId: string, now = new Date()): Promise<GatewayToken[]> {
    const stored = await asDatabaseCall(this.database, () =>
      this.collection
        .find({ userId }, { projection: { userId: 1, expiresAt: 1, createdAt: 1 } })
        .limit(10_000)
        .toArray(),
    );
    return stored.filter((token) => token.expiresAt instanceof Date && token.expiresAt.getTime() > now.getTime());
  }

  /** Logout: true when the token was one of the gateway's. */
  async revoke(hashedToken: string): Promise<boolean> {
    const result = await asDatabaseCall(this.database, () => this.collection.deleteOne({ _id: hashedToken }));
    return result.deletedCount === 1;
  }
}
