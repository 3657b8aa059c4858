import type { Db } from 'mongodb';
import { databaseQueries } from '../src/figures/catalog';
import type { DatabaseQuery } from '../src/queries/database-query';

/** Each query's result, by query name. */
export type FamilyResults = Record<string, unknown>;

/** The floor: every figure query sent straight with the driver, all at once, no GraphQL. */
export async function runFloor(db: Db, queries: readonly DatabaseQuery[] = databaseQueries): Promise<FamilyResults> {
  const values = await Promise.all(queries.map((query) => query.run(db)));
  return Object.fromEntries(queries.map((query, i) => [query.name, values[i]]));
}
