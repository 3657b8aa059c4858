import type { Db } from 'mongodb';

/**
 * What one query costs a MongoDB with Rocket.Chat's indexes (docs/figures.md explains each class):
 * `metadata` reads a collection's count from its metadata, `indexed` is answered by an index,
 * `grouping` reads one field of every document (an index scan at best), `scan` reads documents.
 */
export type QueryCost = 'metadata' | 'indexed' | 'grouping' | 'scan' | 'server';

export interface QuerySpec<T> {
  /** The command as docs/figures.md shows it, e.g. `users.countDocuments({ active: false })`. */
  command: string;
  /** The Rocket.Chat index it relies on, or why it needs none. */
  index: string;
  cost: QueryCost;
  /**
   * A query whose result this one's command is built from (the login services' users are grouped by
   * the service names the settings hold): it is read first, through the same cache, so a request
   * that reads both still sends it once.
   */
  after?: DatabaseQuery;
  /** `prior` is the result of `after`, when the query has one. */
  run(db: Db, prior?: unknown): Promise<T>;
}

/** A database query of the figures: its loader, cache entry and metrics label all carry its name. */
export interface DatabaseQuery<T = unknown> extends QuerySpec<T> {
  kind: 'database';
  name: string;
}

/**
 * Names each query after its key, so `users.countInactiveUsers` is both what a figure reads and
 * what the figure cache, the request's loader and /metrics call it.
 */
export function defineQueries<const Specs extends Record<string, QuerySpec<unknown>>>(
  specs: Specs,
): { [K in keyof Specs]: DatabaseQuery<Awaited<ReturnType<Specs[K]['run']>>> } {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { ...spec, kind: 'database', name }])) as never;
}

/** The `after` and `run` of a query built from another query's result, typed by that query. */
export function builtFrom<P, T>(prior: DatabaseQuery<P>, run: (db: Db, prior: P) => Promise<T>): Pick<QuerySpec<T>, 'after' | 'run'> {
  return { after: prior, run: (db, value) => run(db, value as P) };
}

/** Runs a query with the driver alone, reading the query it is built from first (bench, tools). */
export async function runWithPrior<T>(query: DatabaseQuery<T>, db: Db, priors: ReadonlyMap<string, Promise<unknown>> = new Map()): Promise<T> {
  if (!query.after) return query.run(db);
  const prior = await (priors.get(query.after.name) ?? runWithPrior(query.after, db, priors));
  return query.run(db, prior);
}
