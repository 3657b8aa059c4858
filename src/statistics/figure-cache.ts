import { LRUCache } from 'lru-cache';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import type { DatabaseQuery } from '../queries/database-query';
import { GatewayError } from '../errors';
import type { ComputationQueue } from './computation-queue';

export interface FigureCacheOptions {
  database: DatabaseHandle;
  ttlMs: number;
  /** How old a result may be when it is answered at once while it is recomputed (≤ ttlMs: never). */
  maxStaleMs: number;
  queue: ComputationQueue;
  /** Called once per query actually sent (the "computations" metric). */
  onComputation?: (query: DatabaseQuery) => void;
  /** Called with the seconds a query took once it ran (queue wait excluded), whether it succeeded or not. */
  onComputed?: (query: DatabaseQuery, seconds: number) => void;
  /** Milliseconds since the epoch; tests pass their own clock. */
  clock?: () => number;
  /** Called with a query's unexpected failure (a query the database refused), which the answer only names. */
  onFailure?: (query: DatabaseQuery, error: unknown) => void;
}

/**
 * A failed query, as the answer states it: the query named, so the fields that read it are known.
 * Expected failures (unreachable, too slow) keep their code and words; overload keeps its own; a query
 * the database refused is reported in full (`report`) and answered as DB_UNAVAILABLE, its fields null.
 */
export function failureOfQuery(queryName: string, error: unknown, report?: (error: unknown) => void): GatewayError {
  if (error instanceof GatewayError) {
    if (error.code !== 'DB_UNAVAILABLE') return error;
    return new GatewayError(error.code, `${error.message} (query ${queryName})`, { cause: error, retryAfterSeconds: error.retryAfterSeconds });
  }
  report?.(error);
  return new GatewayError(
    'DB_UNAVAILABLE',
    `The database could not answer the query ${queryName}; the fields that read it are null (docs/figures.md lists them).`,
    {
      cause: error,
    },
  );
}

/** What a fetch of the cache knows: the query, and whether the request asked for fresh figures. */
interface FetchContext {
  query: DatabaseQuery;
  refresh: boolean;
}

/** A query's result and when the database answered it (ms since the epoch). */
export interface ComputedResult<T = unknown> {
  value: T;
  computedAt: number;
}

/**
 * Query results shared by all requests for `ttlMs`, by query name. lru-cache's fetch() merges
 * concurrent misses, so 200 pollers asking at once cause one query per family, not 200.
 *
 * Stale while revalidate, with a bound: a result older than `ttlMs` but not older than `maxStaleMs`
 * is answered at once while one background fetch recomputes it (lru-cache keeps one fetch per key
 * in flight); an older one, and every `refresh`, waits for the database. A failed recomputation
 * keeps the stale result (`noDeleteOnFetchRejection`), still only within the bound.
 */
export class FigureCache {
  private readonly cache: LRUCache<string, ComputedResult, FetchContext>;
  private readonly clock: () => number;

  constructor(private readonly options: FigureCacheOptions) {
    const clock = options.clock ?? Date.now;
    this.clock = clock;
    this.cache = new LRUCache<string, ComputedResult, FetchContext>({
      max: 1000,
      // lru-cache reads ttl 0 as "forever"; 1 ms still merges concurrent callers.
      ttl: Math.max(1, options.ttlMs),
      // Staleness is judged against this clock on every read, never against a cached time.
      perf: { now: clock },
      ttlResolution: 0,
      noDeleteOnFetchRejection: true,
      fetchMethod: async (_name, _stale, { context: { query, refresh } }) => {
        options.onComputation?.(query);
        try {
          // Read before taking a place in the queue: a query waiting in its place for another would
          // hold the place that other needs.
          const prior = query.after ? (await this.get(query.after, refresh)).value : undefined;
          const value = await options.queue.run(async () => {
            const started = performance.now();
            try {
              return await asDatabaseCall(options.database, () => query.run(options.database.db, prior));
            } finally {
              options.onComputed?.(query, (performance.now() - started) / 1000);
            }
          });
          return { value, computedAt: clock() };
        } catch (error) {
          throw failureOfQuery(query.name, error, options.onFailure && ((failure) => options.onFailure?.(query, failure)));
        }
      },
    });
  }

  /**
   * The query's result: from the cache, fresh or stale within the bound; anew when `refresh` asks
   * (or joining the computation already running for it).
   */
  async get<T>(query: DatabaseQuery<T>, refresh: boolean): Promise<ComputedResult<T>> {
    // peek() and fetch() run in the same tick: the bound checked is the bound applied.
    const held = this.cache.peek(query.name, { allowStale: true });
    const allowStale = !refresh && held !== undefined && this.clock() - held.computedAt <= this.options.maxStaleMs;
    const entry = await this.cache.fetch(query.name, { forceRefresh: refresh, allowStale, context: { query, refresh } });
    return entry as ComputedResult<T>;
  }

  /** When the result the cache holds for this query was computed; undefined when it holds none. */
  heldComputedAt(query: DatabaseQuery): number | undefined {
    return this.cache.peek(query.name, { allowStale: true })?.computedAt;
  }

  /** Whether a result computed at `computedAt` may still be answered (fresh, or stale within the bound). */
  withinBound(computedAt: number): boolean {
    return this.clock() - computedAt <= Math.max(this.options.ttlMs, this.options.maxStaleMs);
  }

  /** Starts the background recomputation of a stale result, as a read of it would (one per query at a time). */
  revalidate(query: DatabaseQuery): void {
    this.get(query, false).catch(() => undefined);
  }

  /** Whether a result computed at `computedAt` is past the window now (answered stale). */
  isStale(computedAt: number): boolean {
    return this.clock() - computedAt > this.options.ttlMs;
  }

  /** Now, by the cache's clock. */
  now(): number {
    return this.clock();
  }

  clear(): void {
    this.cache.clear();
  }
}
