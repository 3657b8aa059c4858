import type { Db, Document } from 'mongodb';
import type { QuerySpec } from './database-query';

/** Rocket.Chat's snapshots read for one history: from..to, both included, with the keys the asked figures need. */
export interface SnapshotWindow {
  collection: string;
  from: Date;
  to: Date;
  fields: string[];
}

/** One read of Rocket.Chat's snapshots answers at most this many (a few MB of projected fields): more means a narrower range. */
export const maxSnapshotsPerRead = 20_000;

export interface HistoryQuerySpec<A, T> extends Omit<QuerySpec<T>, 'run'> {
  run(db: Db, argument: A): Promise<T>;
}

/**
 * The find of Rocket.Chat's snapshots, sorted by createdAt, projected to the asked figures' keys. It
 * asks for one more than the bound, in one batch of that size, so the whole answer comes back in the
 * first reply (no getMore) and an overflow is seen.
 */
function findSnapshotsIn(db: Db, window: SnapshotWindow): Promise<Document[]> {
  const projection = Object.fromEntries(['createdAt', 'version', ...window.fields].map((field) => [field, 1]));
  return db
    .collection(window.collection)
    .find({ createdAt: { $gte: window.from, $lte: window.to } }, { projection })
    .sort({ createdAt: 1 })
    .limit(maxSnapshotsPerRead + 1)
    .batchSize(maxSnapshotsPerRead + 1)
    .toArray();
}

async function findFirstSnapshotAt(db: Db, collection: string): Promise<Date | null> {
  const [first] = await db
    .collection(collection)
    .find({}, { projection: { createdAt: 1 } })
    .sort({ createdAt: 1 })
    .limit(1)
    .toArray();
  return first?.createdAt instanceof Date ? first.createdAt : null;
}

/** What the gateway holds of its own snapshots (src/history/gateway-series.ts): the collection, its projection, its bound. */
export interface HeldSnapshotsRead {
  collection: string;
  fields: string[];
  /** SNAPSHOT_MAX_COUNT: the newest this many. */
  maxCount: number;
}

function projectionOf(fields: string[]) {
  return Object.fromEntries(fields.map((field) => [field, 1]));
}

/** The newest `maxCount` snapshots, oldest first (read newest first so that the bound keeps the newest). */
async function findHeldSnapshots(db: Db, read: HeldSnapshotsRead): Promise<Document[]> {
  const newestFirst = await db
    .collection(read.collection)
    .find({}, { projection: projectionOf(read.fields) })
    .sort({ createdAt: -1, _id: -1 })
    .limit(read.maxCount)
    .toArray();
  return newestFirst.reverse();
}

/** Snapshots inserted since `since` (by their `_updatedAt`, the insert time), oldest insert first, at most `maxCount`. */
function findSnapshotsStoredSince(db: Db, read: HeldSnapshotsRead & { since: Date }): Promise<Document[]> {
  return db
    .collection(read.collection)
    .find({ _updatedAt: { $gte: read.since } }, { projection: projectionOf(read.fields) })
    .sort({ _updatedAt: 1 })
    .limit(read.maxCount)
    .toArray();
}

const rocketChatIndex = "{ createdAt: -1 }, Rocket.Chat's own (packages/models/src/models/Statistics.ts)";
const gatewayIndex = 'none: the collection is bounded by SNAPSHOT_RETENTION_MS and SNAPSHOT_MAX_COUNT';

/**
 * The reads of `history` and `historyBegins`. A request reads Rocket.Chat's rocketchat_statistics
 * only; the gateway's own SNAPSHOT_COLLECTION is read once per process, and followed in the
 * background for other gateways' snapshots (src/history/gateway-series.ts).
 */
export const historyQueries = {
  findRocketChatSnapshots: {
    command: 'rocketchat_statistics.find({ createdAt: { $gte: from, $lte: to } }, { projection: { createdAt, version, …asked keys } }).sort({ createdAt: 1 })',
    index: rocketChatIndex,
    cost: 'indexed',
    run: findSnapshotsIn,
  },
  findFirstRocketChatSnapshotAt: {
    command: 'rocketchat_statistics.find({}, { projection: { createdAt: 1 } }).sort({ createdAt: 1 }).limit(1)',
    index: rocketChatIndex,
    cost: 'indexed',
    run: findFirstSnapshotAt,
  },
  findHeldSnapshots: {
    command:
      '<SNAPSHOT_COLLECTION>.find({}, { projection: { createdAt, _updatedAt, …every count } }).sort({ createdAt: -1, _id: -1 }).limit(SNAPSHOT_MAX_COUNT), once per process',
    index: gatewayIndex,
    cost: 'scan',
    run: findHeldSnapshots,
  },
  findSnapshotsStoredSince: {
    command:
      '<SNAPSHOT_COLLECTION>.find({ _updatedAt: { $gte: since } }, { projection: { createdAt, _updatedAt, …every count } }).sort({ _updatedAt: 1 }).limit(SNAPSHOT_MAX_COUNT), in the background',
    index: gatewayIndex,
    cost: 'scan',
    run: findSnapshotsStoredSince,
  },
} satisfies Record<
  string,
  | HistoryQuerySpec<SnapshotWindow, Document[]>
  | HistoryQuerySpec<string, Date | null>
  | HistoryQuerySpec<HeldSnapshotsRead, Document[]>
  | HistoryQuerySpec<HeldSnapshotsRead & { since: Date }, Document[]>
>;
