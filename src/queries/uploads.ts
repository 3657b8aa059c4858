import type { Db } from 'mongodb';
import { defineQueries } from './database-query';

const uploads = (db: Db) => db.collection('rocketchat_uploads');

/** The queries of rocketchat_uploads. */
export const uploadQueries = defineQueries({
  countUploads: {
    command: 'rocketchat_uploads.estimatedDocumentCount()',
    index: 'none: collection metadata',
    cost: 'metadata',
    run: (db) => uploads(db).estimatedDocumentCount(),
  },
  sumUploadSizes: {
    command: "rocketchat_uploads.aggregate([{ $group: { _id: null, bytes: { $sum: '$size' } } }])",
    index: 'none: reads the size of every upload',
    cost: 'scan',
    run: sumUploadSizes,
  },
});

/** Σ size over every upload; 0 when there is none. */
async function sumUploadSizes(db: Db): Promise<number> {
  const [total] = await uploads(db)
    .aggregate<{ bytes: number }>([{ $group: { _id: null, bytes: { $sum: '$size' } } }])
    .toArray();
  return total?.bytes ?? 0;
}
