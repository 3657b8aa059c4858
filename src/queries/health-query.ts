import type { Db } from 'mongodb';
import type { QueryCost } from './database-query';

/**
 * A query of the workspace health (src/schema/health.resolver.ts): like the figures' queries
 * (database-query.ts), declared with its command, index and cost, but read with parameters (a
 * cut-off date, a page) and never shared between requests, so it is read when selected only.
 */
export interface HealthQuerySpec<P, T> {
  /** The command as docs/figures.md shows it; `<…>` stands for a parameter. */
  command: string;
  /** The Rocket.Chat index it relies on, or why none serves it. */
  index: string;
  cost: QueryCost;
  /** Why the query is expensive on a large workspace; docs/figures.md marks it so. */
  expensive?: string;
  run(db: Db, params: P): Promise<T>;
}

export interface HealthQuery<P = any, T = unknown> extends HealthQuerySpec<P, T> {
  kind: 'health';
  name: string;
}

/** Names each query after its key, as `defineQueries` does for the figures' queries. */
export function defineHealthQueries<const Specs extends Record<string, HealthQuerySpec<any, unknown>>>(
  specs: Specs,
): { [K in keyof Specs]: HealthQuery<Parameters<Specs[K]['run']>[1], Awaited<ReturnType<Specs[K]['run']>>> } {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { ...spec, kind: 'health', name }])) as never;
}
