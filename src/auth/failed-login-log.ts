/** The part of a logger the failed-login log writes to (pino's and fastify's loggers have it). */
export interface WarningLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface FailedLogin {
  address: string;
  /** Absent when the credential names no user (a wrong METRICS_TOKEN). */
  userId?: string;
  /** Whether `userId` names a user. One that does not is never logged: it may be a token sent in the wrong header. */
  userExists?: boolean;
}

/**
 * Failed logins for the log, at a bounded rate: a warning when neither the user id nor the address of
 * a failure has been named by a warning in the last window, so each is named at most once a window
 * however many guesses arrive; the warning counts each one's failures since it was last named.
 * Never the token.
 */
export class FailedLoginLog {
  private readonly keys = new Map<string, { namedAt: number; lastFailureAt: number; unnamedFailures: number }>();

  constructor(
    private readonly log: WarningLogger,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  record(failure: FailedLogin): void {
    const now = this.now();
    if (this.keys.size > 100_000) this.prune(now);
    const user = failure.userId === undefined ? undefined : this.count(`user:${failure.userId}`, now);
    const address = this.count(`address:${failure.address}`, now);
    const named = [user, address].filter((key) => key !== undefined);
    if (named.some((key) => now - key.namedAt < this.windowMs)) return;
    const who = failure.userId === undefined ? {} : failure.userExists ? { userId: failure.userId } : { unknownUserId: true };
    const userCount = user ? { failuresOfUser: user.unnamedFailures } : {};
    this.log.warn({ ...who, address: failure.address, ...userCount, failuresFromAddress: address.unnamedFailures }, 'failed logins');
    for (const key of named) {
      key.namedAt = now;
      key.unnamedFailures = 0;
    }
  }

  private count(key: string, now: number) {
    let entry = this.keys.get(key);
    if (!entry) this.keys.set(key, (entry = { namedAt: -Infinity, lastFailureAt: now, unnamedFailures: 0 }));
    entry.lastFailureAt = now;
    entry.unnamedFailures += 1;
    return entry;
  }

  /** Keys quiet for a window: the next failure of each would be named at once (only an unnamed count is lost). */
  private prune(now: number): void {
    for (const [key, entry] of this.keys) if (now - entry.lastFailureAt >= this.windowMs) this.keys.delete(key);
  }
}
