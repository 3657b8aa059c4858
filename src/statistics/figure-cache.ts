import { LRUCache } from 'lru-cache';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import type { DatabaseQuery } from '../queries/database-query';
import type { ComputationQueue } from './computation-queue';

export interface FigureCacheOptions {
  database: DatabaseHandle;
  ttlMs: number;
  queue: ComputationQueue;
  /** Called once per query actually sent (the "computations" metric). */
  onComputation?: (query: DatabaseQuery) => void;
  /** Called with the seconds a query took once it ran (queue wait excluded), whether it succeeded or not. */
  onComputed?: (query: DatabaseQuery, seconds: number) => void;
}

/**
 * Query results shared by all requests for `ttlMs`, by query name. lru-cache's fetch() merges
 * concurrent misses, so 200 pollers asking at once cause one query per family, not 200.
 */
export class FigureCache {
  private readonly cache: LRUCache<string, { value: unknown }, DatabaseQuery>;

  constructor(options: FigureCacheOptions) {
    this.cache = new LRUCache<string, { value: unknown }, DatabaseQuery>({
      max: 1000,
      // lru-cache reads ttl 0 as "forever"; 1 ms still merges concurrent callers.
      ttl: Math.max(1, options.ttlMs),
      fetchMethod: async (_name, _stale, { context: query }) => {
        options.onComputation?.(query);
        const value = await options.queue.run(async () => {
          const started = performance.now();
          try {
            return await asDatabaseCall(options.database, () => query.run(options.database.db));
          } finally {
            options.onComputed?.(query, (performance.now() - started) / 1000);
          }
        });
        return { value };
      },
    });
  }

  /** The query's result, from the cache unless `refresh` asks for a new run. */
  async get<T>(query: DatabaseQuery<T>, refresh: boolean): Promise<T> {
    const entry = await this.cache.fetch(query.name, { forceRefresh: refresh, context: query });
    return entry!.value as T;
  }

  clear(): void {
    this.cache.clear();
  }
}
