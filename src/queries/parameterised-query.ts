import type { Db } from 'mongodb';
import type { DatabaseQuery, QuerySpec } from './database-query';

/** A query declared once and sent for a parameter (a day, a time range, a list of ids). */
export interface ParameterisedQuerySpec<P, T> extends Omit<QuerySpec<T>, 'run'> {
  /** What tells two parameters apart in the query's name (the figure cache and the loaders key by it). */
  key(parameter: P): string;
  run(db: Db, parameter: P): Promise<T>;
}

export type ParameterisedQuery<P, T> = (parameter: P) => DatabaseQuery<T>;

/**
 * Like defineQueries, for queries that take a parameter: `engagement.countNewUsers(range)` is a
 * DatabaseQuery named `countNewUsers@<key>`, so it goes through the figure cache, the bounded queue
 * and the request's loaders like any other query.
 */
export function defineParameterisedQueries<const Specs extends Record<string, ParameterisedQuerySpec<never, unknown>>>(
  specs: Specs,
): { [K in keyof Specs]: ParameterisedQuery<Parameters<Specs[K]['run']>[1], Awaited<ReturnType<Specs[K]['run']>>> } {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => {
      const { key, run, ...described } = spec as unknown as ParameterisedQuerySpec<unknown, unknown>;
      const query = (parameter: unknown): DatabaseQuery => ({
        ...described,
        kind: 'database',
        name: `${name}@${key(parameter)}`,
        run: (db) => run(db, parameter),
      });
      return [name, query];
    }),
  ) as never;
}
