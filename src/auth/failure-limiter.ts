/**
 * Counts failed authentications per key (a user id, an address) in a fixed window. Past the
 * limit, `retryAfterSeconds` tells the caller how long to wait; success does not reset the count.
 * Lookups still in progress count as failures until they settle, so a burst of concurrent guesses
 * cannot all pass the check before the first of them has failed.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { failures: number; resetsAt: number }>();
  private readonly pending = new Map<string, number>();

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
      const failures = window && window.resetsAt > now ? window.failures : 0;
      if (failures + (this.pending.get(key) ?? 0) >= this.maxFailures) {
        // Blocked by lookups in progress only: they settle within a database round trip.
        wait = Math.max(wait, failures >= this.maxFailures ? Math.ceil((window!.resetsAt - now) / 1000) : 1);
      }
    }
    return wait;
  }

  /** A lookup for these keys has started; call the returned function when it has settled. */
  begin(keys: string[]): () => void {
    for (const key of keys) this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    return () => {
      for (const key of keys) {
        const left = (this.pending.get(key) ?? 1) - 1;
        if (left > 0) this.pending.set(key, left);
        else this.pending.delete(key);
      }
    };
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
