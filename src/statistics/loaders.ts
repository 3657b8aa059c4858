import DataLoader from 'dataloader';
import type { DatabaseQuery } from '../queries/database-query';
import type { FigureCache } from './figure-cache';

/** The request's loaders: `loaders.load(users.countUsersByStatus)` sends that query at most once per request. */
export interface Loaders {
  load<T>(query: DatabaseQuery<T>): Promise<T>;
}

/**
 * Created in the request context, never shared between requests. One DataLoader per query, made on
 * first use (most requests read a few queries); its single key stands for the query's whole result.
 */
export function createLoaders(cache: FigureCache, refresh: boolean): Loaders {
  const loaders = new Map<string, DataLoader<DatabaseQuery, unknown>>();
  return {
    load<T>(query: DatabaseQuery<T>): Promise<T> {
      let loader = loaders.get(query.name);
      if (!loader) {
        loader = new DataLoader<DatabaseQuery, unknown, string>((queries) => Promise.all(queries.map((q) => cache.get(q, refresh))), {
          cacheKeyFn: (q) => q.name,
        });
        loaders.set(query.name, loader);
      }
      return loader.load(query) as Promise<T>;
    },
  };
}
