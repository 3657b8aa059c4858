import type { Db } from 'mongodb';

const uploads = (db: Db) => db.collection('rocketchat_uploads');

export const countUploads = (db: Db) => uploads(db).estimatedDocumentCount();

/** Σ size over every upload; 0 when there is none. */
export async function sumUploadSizes(db: Db): Promise<number> {
  const [total] = await uploads(db)
    .aggregate<{ bytes: number }>([{ $group: { _id: null, bytes: { $sum: '$size' } } }])
    .toArray();
  return total?.bytes ?? 0;
}
