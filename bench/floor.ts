import type { Db } from 'mongodb';
import { databaseQueries } from '../src/figures/catalog';
import { runWithPrior, type DatabaseQuery } from '../src/queries/database-query';

/** Each query's result, by query name. */
export type FamilyResults = Record<string, unknown>;

/** The floor: every figure query sent straight with the driver, all at once, no GraphQL. */
export async function runFloor(db: Db, queries: readonly DatabaseQuery[] = databaseQueries): Promise<FamilyResults> {
  // A query built from another's result waits for that one's answer, as the gateway's does.
  const running = new Map<string, Promise<unknown>>();
  for (const query of queries) running.set(query.name, runWithPrior(query, db, running));
  const values = await Promise.all(running.values());
  return Object.fromEntries(queries.map((query, i) => [query.name, values[i]]));
}
