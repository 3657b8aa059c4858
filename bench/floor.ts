import type { Db } from 'mongodb';
import { databaseQueries } from '../src/figures/catalog';

/** Each query's result, by query name. */
export type FamilyResults = Record<string, unknown>;

/** The floor: every figure query sent straight with the driver, all at once, no GraphQL. */
export async function runFloor(db: Db): Promise<FamilyResults> {
  const values = await Promise.all(databaseQueries.map((query) => query.run(db)));
  return Object.fromEntries(databaseQueries.map((query, i) => [query.name, values[i]]));
}
