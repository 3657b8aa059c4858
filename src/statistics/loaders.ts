import DataLoader from 'dataloader';
import type { DatabaseQuery } from '../queries/database-query';
import type { AnswerAge } from './answer-age';
import type { FigureCache } from './figure-cache';

/** The request's loaders: `loaders.load(users.countUsersByStatus)` sends that query at most once per request. */
export interface Loaders {
  load<T>(query: DatabaseQuery<T>): Promise<T>;
}

/**
 * Created in the request context, never shared between requests. One DataLoader per query, made on
 * first use (most requests read a few queries); its single key stands for the query's whole result.
 * Every result read is noted in `age`, so the answer can say how old its figures are.
 */
export function createLoaders(cache: FigureCache, refresh: boolean, age: AnswerAge): Loaders {
  const loaders = new Map<string, DataLoader<DatabaseQuery, unknown>>();
  return {
    load<T>(query: DatabaseQuery<T>): Promise<T> {
      let loader = loaders.get(query.name);
      if (!loader) {
        const read = async (q: DatabaseQuery) => {
          const result = await cache.get(q, refresh);
          age.noteRead(q, result.computedAt);
          return result.value;
        };
        loader = new DataLoader<DatabaseQuery, unknown, string>((queries) => Promise.all(queries.map(read)), { cacheKeyFn: (q) => q.name });
        loaders.set(query.name, loader);
      }
      return loader.load(query) as Promise<T>;
    },
  };
}
