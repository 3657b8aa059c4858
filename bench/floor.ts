import type { Db } from 'mongodb';
import { familyNames, queryFamilies, type FamilyResult, type QueryFamily } from '../src/queries/families';

export type FamilyResults = { [F in QueryFamily]: FamilyResult<F> };

/** The floor: the 22 family queries sent straight with the driver, all at once, no GraphQL. */
export async function runFloor(db: Db): Promise<FamilyResults> {
  const values = await Promise.all(familyNames.map((family) => (queryFamilies[family] as (db: Db) => Promise<unknown>)(db)));
  return Object.fromEntries(familyNames.map((family, i) => [family, values[i]])) as FamilyResults;
}
