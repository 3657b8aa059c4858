/**
 * Counts failed logins per key (a user id, an address) in a fixed window. Past the limit,
 * `retryAfterSeconds` tells the caller how long to wait; success does not reset the count. The
 * caller checks credentials before it asks: valid ones are never refused, only further failures.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { failures: number; resetsAt: number }>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait when any of the keys is over its limit, else 0. */
  retryAfterSeconds(keys: string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const window = this.windows.get(key);
      if (window && window.resetsAt > now && window.failures >= this.maxFailures) wait = Math.max(wait, Math.ceil((window.resetsAt - now) / 1000));
    }
    return wait;
  }

  recordFailure(keys: string[]): void {
    const now = this.now();
    if (this.windows.size > 100_000) this.prune(now);
    for (const key of keys) {
      const window = this.windows.get(key);
      if (!window || window.resetsAt <= now) this.windows.set(key, { failures: 1, resetsAt: now + this.windowMs });
      else window.failures += 1;
    }
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }
}
