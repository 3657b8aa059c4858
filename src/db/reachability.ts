/** A call refused or abandoned because the database stopped answering pings. */
export class DatabaseUnreachableError extends Error {
  constructor(cause: unknown) {
    super(`The database does not answer: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DatabaseUnreachableError';
  }
}

export interface ReachabilityChange {
  reachable: boolean;
  /** Why the last ping failed (when unreachable). */
  cause?: Error;
  /** When the current state began. */
  since: Date;
}

export interface ReachabilityOptions {
  ping: () => Promise<unknown>;
  /** A ping unanswered for this long means the database is unreachable. */
  timeoutMs: number;
  /** The pause between two pings while calls are in flight or the database is away. */
  pingIntervalMs?: number;
}

/**
 * Short enough that a hung database is noticed within the timeout plus a quarter second; long
 * enough that a busy gateway adds four pings a second, not one per query.
 */
const defaultPingIntervalMs = 250;

/**
 * Whether the database answers, judged by pings. The driver cannot tell a hung server (a stopped
 * process, a network path that drops packets and keeps the TCP connection) from a slow command: its
 * commands then wait for its heartbeat to give up, 10 s and more. So while any call is in flight the
 * database is pinged; a ping unanswered within `timeoutMs` fails every call in flight at once, and
 * every new call at once, until a ping is answered again. An idle gateway sends no ping.
 */
export class DatabaseReachability {
  private reachable = true;
  private cause: Error | undefined;
  private since = new Date();
  private readonly inFlight = new Set<(error: Error) => void>();
  private readonly listeners = new Set<(change: ReachabilityChange) => void>();
  private probe: Promise<boolean> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: ReachabilityOptions) {}

  /** Runs a database call, or rejects it with DatabaseUnreachableError as soon as the database is known to be away. */
  async guard<T>(call: () => Promise<T>): Promise<T> {
    if (!this.reachable) throw new DatabaseUnreachableError(this.cause);
    let abandon!: (error: Error) => void;
    const abandoned = new Promise<never>((_resolve, reject) => (abandon = reject));
    this.inFlight.add(abandon);
    this.schedulePing();
    try {
      // The abandoned call keeps running in the driver until the driver gives up on its connection.
      return await Promise.race([call(), abandoned]);
    } finally {
      this.inFlight.delete(abandon);
    }
  }

  /** Pings now, or joins the ping already under way: true when it is answered within the timeout. */
  check(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.probe) return this.probe;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.probe = this.pingWithinTimeout().then(
      () => this.settle(true),
      (error: unknown) => this.settle(false, error instanceof Error ? error : new Error(String(error))),
    );
    return this.probe;
  }

  /** Called on every change between reachable and unreachable, never twice for the same state. */
  onChange(listener: (change: ReachabilityChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private settle(reachable: boolean, cause?: Error): boolean {
    this.probe = undefined;
    if (!reachable) {
      for (const abandon of this.inFlight) abandon(new DatabaseUnreachableError(cause));
      this.inFlight.clear();
    }
    if (reachable !== this.reachable) {
      this.reachable = reachable;
      this.cause = cause;
      this.since = new Date();
      for (const listener of this.listeners) listener({ reachable, cause, since: this.since });
    }
    this.schedulePing();
    return reachable;
  }

  private schedulePing(): void {
    if (this.closed || this.probe || this.timer) return;
    if (this.reachable && this.inFlight.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, this.options.pingIntervalMs ?? defaultPingIntervalMs);
    this.timer.unref();
  }

  private pingWithinTimeout(): Promise<void> {
    const { ping, timeoutMs } = this.options;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to a ping within ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
      ping().then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }
}
