import type { Collection, Document, Filter } from 'mongodb';
import { afterFilter, pageOf, sortOf, type ListOrder, type Page, type PageRequest } from '../health/page-cursor';

/**
 * One page of a health list: `first + 1` rows after the cursor in the list's order, one `find`.
 * The selection and the cursor's condition are joined by `$and`, so neither changes the other.
 */
export async function readPage<T extends Document>(
  collection: Collection,
  selection: Filter<Document>,
  order: ListOrder,
  page: PageRequest,
  projection: Record<string, 1>,
): Promise<Page<T>> {
  const filter = page.after ? { $and: [selection, afterFilter(order, page.after)] } : selection;
  const rows = await collection
    .find<T>(filter, { projection })
    .sort(sortOf(order))
    .limit(page.first + 1)
    .toArray();
  return pageOf(order, page.first, rows);
}

/** Counts per value of one field, from a grouping of one `$sum` (FerretDB fills only the first accumulator). */
export async function countPerValue(collection: Collection, selection: Filter<Document>, field: string): Promise<Array<{ value: unknown; count: number }>> {
  const groups = await collection.aggregate<{ _id: unknown; n: number }>([{ $match: selection }, { $group: { _id: `$${field}`, n: { $sum: 1 } } }]).toArray();
  return groups.map((group) => ({ value: group._id, count: group.n }));
}
