import { LRUCache } from 'lru-cache';
import type { Db } from 'mongodb';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import { queryFamilies, type FamilyResult, type QueryFamily } from '../queries/families';
import type { ComputationQueue } from './computation-queue';

export interface FigureCacheOptions {
  database: DatabaseHandle;
  ttlMs: number;
  queue: ComputationQueue;
  /** Called once per query actually sent (the "computations" metric). */
  onComputation?: (family: QueryFamily) => void;
}

/**
 * Query results shared by all requests for `ttlMs`. lru-cache's fetch() merges concurrent misses,
 * so 200 pollers asking at once cause one query per family, not 200.
 */
export class FigureCache {
  private readonly cache: LRUCache<QueryFamily, { value: unknown }>;

  constructor(private readonly options: FigureCacheOptions) {
    this.cache = new LRUCache<QueryFamily, { value: unknown }>({
      max: 100,
      // lru-cache reads ttl 0 as "forever"; 1 ms still merges concurrent callers.
      ttl: Math.max(1, options.ttlMs),
      fetchMethod: async (family) => {
        options.onComputation?.(family);
        const query = queryFamilies[family] as (db: Db) => Promise<unknown>;
        const value = await options.queue.run(() => asDatabaseCall(options.database, () => query(options.database.db)));
        return { value };
      },
    });
  }

  /** The family's result, from the cache unless `refresh` asks for a new query. */
  async get<F extends QueryFamily>(family: F, refresh: boolean): Promise<FamilyResult<F>> {
    const entry = await this.cache.fetch(family, { forceRefresh: refresh });
    return entry!.value as FamilyResult<F>;
  }

  clear(): void {
    this.cache.clear();
  }
}
