import DataLoader from 'dataloader';
import { familyNames, type FamilyResult, type QueryFamily } from '../queries/families';
import type { FigureCache } from './figure-cache';

/** One loader per query family: `loaders.usersByStatus()` runs that query at most once per request. */
export type Loaders = { [F in QueryFamily]: () => Promise<FamilyResult<F>> };

/** Created in the request context, never shared between requests. */
export function createLoaders(cache: FigureCache, refresh: boolean): Loaders {
  const loaders = {} as Record<QueryFamily, () => Promise<unknown>>;
  for (const family of familyNames) {
    // Keyless families: the single key stands for "the whole family's result". Created on first
    // use, since most requests touch a few families.
    let loader: DataLoader<QueryFamily, unknown> | undefined;
    loaders[family] = () => (loader ??= new DataLoader((keys) => Promise.all(keys.map((key) => cache.get(key, refresh))))).load(family);
  }
  return loaders as Loaders;
}
