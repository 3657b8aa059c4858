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
  run(db: Db): Promise<T>;
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
