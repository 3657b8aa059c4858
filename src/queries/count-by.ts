import type { Collection, Document } from 'mongodb';

/**
 * Counts documents per value of one field with a single `$group` accumulator.
 * FerretDB 1.24 fills only the first accumulator of a `$group` (later ones come back 0), so every
 * grouping here carries exactly one `$sum: 1` and folds anything else into the group key.
 */
export async function countBy<K>(collection: Collection, key: Document | string): Promise<Array<{ key: K; count: number }>> {
  const groups = await collection.aggregate<{ _id: K; n: number }>([{ $group: { _id: key, n: { $sum: 1 } } }]).toArray();
  return groups.map((group) => ({ key: group._id, count: group.n }));
}

/** The greatest value of a date field, by an index-friendly sort (no `$max` on FerretDB). */
export async function greatestDate(collection: Collection, field: string): Promise<Date | null> {
  const [latest] = await collection
    .find({ [field]: { $exists: true } }, { projection: { _id: 0, [field]: 1 } })
    .sort({ [field]: -1 })
    .limit(1)
    .toArray();
  const value = latest?.[field];
  return value instanceof Date ? value : null;
}
