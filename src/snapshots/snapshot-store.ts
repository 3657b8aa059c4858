import type { Db, Document, Sort } from 'mongodb';
import { asDatabaseCall } from '../db/database-errors';
import { newSnapshotId } from './snapshot-id';

export interface StoredSnapshot extends Document {
  _id: string;
  createdAt: Date;
  _updatedAt: Date;
}

export interface SnapshotQuery {
  offset: number;
  /** 0 means every matching snapshot. */
  count: number;
  sort?: Record<string, 1 | -1>;
  filter?: Record<string, unknown>;
}

/** Insertion order, oldest first (spec rest.md statistics.list). */
const insertionOrder: Sort = { createdAt: 1, _id: 1 };

/** Snapshots live in the gateway's own collection; Rocket.Chat's rocketchat_statistics is never written. */
export class SnapshotStore {
  constructor(
    private readonly db: Db,
    private readonly collectionName: string,
  ) {}

  private get collection() {
    return this.db.collection<StoredSnapshot>(this.collectionName);
  }

  /** One insertOne of the fully computed figures: the snapshot is stored whole or not at all. */
  async insert(figures: Document, takenAt: Date): Promise<StoredSnapshot> {
    const { id: _id, updatedAt: _u, createdAt: _c, ...values } = figures;
    const snapshot: StoredSnapshot = { _id: newSnapshotId(), ...values, createdAt: takenAt, _updatedAt: new Date() };
    await asDatabaseCall(() => this.collection.insertOne(snapshot));
    return snapshot;
  }

  async latest(): Promise<StoredSnapshot | null> {
    const [latest] = await asDatabaseCall(() => this.collection.find({}).sort({ createdAt: -1, _id: -1 }).limit(1).toArray());
    return latest ?? null;
  }

  /** When the newest snapshot was taken, without reading the snapshot (/metrics' rcstats_last_snapshot_timestamp_seconds). */
  async latestTakenAt(): Promise<Date | null> {
    const [latest] = await asDatabaseCall(() =>
      this.collection
        .find({}, { projection: { createdAt: 1 } })
        .sort({ createdAt: -1, _id: -1 })
        .limit(1)
        .toArray(),
    );
    return latest?.createdAt instanceof Date ? latest.createdAt : null;
  }

  async list(query: SnapshotQuery): Promise<{ snapshots: StoredSnapshot[]; total: number }> {
    const filter = query.filter ?? {};
    const cursor = this.collection
      .find(filter)
      .sort(query.sort && Object.keys(query.sort).length > 0 ? { ...query.sort } : insertionOrder)
      .skip(query.offset);
    if (query.count > 0) cursor.limit(query.count);
    const [snapshots, total] = await asDatabaseCall(() => Promise.all([cursor.toArray(), this.collection.countDocuments(filter)]));
    return { snapshots, total };
  }
}

/** A stored snapshot as the GraphQL Statistics type reads it (id and updatedAt renamed). */
export function storedStatistics(snapshot: StoredSnapshot): Document {
  const { _id, _updatedAt, ...values } = snapshot;
  return { ...values, id: _id, updatedAt: _updatedAt };
}
