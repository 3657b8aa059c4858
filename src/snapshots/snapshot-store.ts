import type { Document, Sort } from 'mongodb';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import type { ComputationQueue } from '../statistics/computation-queue';
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

/** Told of every write this store makes, once the database has taken it (src/history/gateway-series.ts holds what history reads). */
export interface SnapshotWrites {
  inserted(snapshot: StoredSnapshot): void;
  /** A prune deleted every snapshot with createdAt before `cutoff`. */
  removedBefore(cutoff: Date): void;
}

const noWrites: SnapshotWrites = { inserted: () => undefined, removedBefore: () => undefined };

/** Insertion order, oldest first (as Rocket.Chat's statistics.list). */
const insertionOrder: Sort = { createdAt: 1, _id: 1 };

/** Snapshots live in the gateway's own collection; Rocket.Chat's rocketchat_statistics is never written. */
export class SnapshotStore {
  constructor(
    private readonly database: DatabaseHandle,
    private readonly collectionName: string,
    /** Every command goes through the bounded queue, as figure queries do. */
    private readonly queue: ComputationQueue,
    private readonly writes: SnapshotWrites = noWrites,
  ) {}

  private command<T>(call: () => Promise<T>): Promise<T> {
    return this.queue.run(() => asDatabaseCall(this.database, call));
  }

  private get collection() {
    return this.database.db.collection<StoredSnapshot>(this.collectionName);
  }

  /** One insertOne of the fully computed figures: the snapshot is stored whole or not at all. */
  async insert(figures: Document, takenAt: Date): Promise<StoredSnapshot> {
    const { id: _id, updatedAt: _u, createdAt: _c, ...values } = figures;
    const snapshot: StoredSnapshot = { _id: newSnapshotId(), ...values, createdAt: takenAt, _updatedAt: new Date() };
    await this.command(() => this.collection.insertOne(snapshot));
    this.writes.inserted(snapshot);
    return snapshot;
  }

  async latest(): Promise<StoredSnapshot | null> {
    const [latest] = await this.command(() => this.collection.find({}).sort({ createdAt: -1, _id: -1 }).limit(1).toArray());
    return latest ?? null;
  }

  /** When the newest snapshot was taken, without reading the snapshot (/metrics' rcstats_last_snapshot_timestamp_seconds). */
  async latestTakenAt(): Promise<Date | null> {
    const [latest] = await this.command(() =>
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
    // The page and its total share one place in the queue: they are one answer.
    const [snapshots, total] = await this.command(() => Promise.all([cursor.toArray(), this.collection.countDocuments(filter)]));
    return { snapshots, total };
  }

  /**
   * Keeps the collection within its retention: removes snapshots older than `retentionMs` and all but
   * the newest `maxCount` (FerretDB 1.24 has no TTL indexes). Returns how many were removed.
   */
  async prune(retention: { retentionMs: number; maxCount: number }, now: Date): Promise<number> {
    let cutoff = new Date(now.getTime() - retention.retentionMs);
    const [oldestKept] = await this.command(() =>
      this.collection
        .find({}, { projection: { createdAt: 1 } })
        .sort({ createdAt: -1, _id: -1 })
        .skip(retention.maxCount - 1)
        .limit(1)
        .toArray(),
    );
    if (oldestKept && oldestKept.createdAt > cutoff) cutoff = oldestKept.createdAt;
    const { deletedCount } = await this.command(() => this.collection.deleteMany({ createdAt: { $lt: cutoff } }));
    this.writes.removedBefore(cutoff);
    return deletedCount;
  }
}

/** A stored snapshot as the GraphQL Statistics type reads it (id and updatedAt renamed). */
export function storedStatistics(snapshot: StoredSnapshot): Document {
  const { _id, _updatedAt, ...values } = snapshot;
  return { ...values, id: _id, updatedAt: _updatedAt };
}
