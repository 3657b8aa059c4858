import type { Db, Document } from 'mongodb';
import type { QuerySpec } from './database-query';

/** Snapshots read for one history: from..to, both included, with the fields the asked figures need. */
export interface SnapshotWindow {
  collection: string;
  from: Date;
  to: Date;
  fields: string[];
}

/** One read of a source answers at most this many snapshots (a few MB of projected fields): more means a narrower range. */
export const maxSnapshotsPerRead = 20_000;

export interface HistoryQuerySpec<A, T> extends Omit<QuerySpec<T>, 'run'> {
  run(db: Db, argument: A): Promise<T>;
}

/**
 * One find per source, sorted by createdAt, projected to the asked figures' fields. It asks for one
 * more than the bound, in one batch of that size, so the whole answer comes back in the first reply
 * (no getMore) and an overflow is seen.
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

const rocketChatIndex = "{ createdAt: -1 }, Rocket.Chat's own (packages/models/src/models/Statistics.ts)";
const gatewayIndex = "none: the gateway's collection is bounded by SNAPSHOT_RETENTION_MS and SNAPSHOT_MAX_COUNT";

/** The reads of `history` and `historyBegins`, in Rocket.Chat's rocketchat_statistics and the gateway's SNAPSHOT_COLLECTION. */
export const historyQueries = {
  findRocketChatSnapshots: {
    command: 'rocketchat_statistics.find({ createdAt: { $gte: from, $lte: to } }, { projection: { createdAt, version, …asked keys } }).sort({ createdAt: 1 })',
    index: rocketChatIndex,
    cost: 'indexed',
    run: findSnapshotsIn,
  },
  findGatewaySnapshots: {
    command: '<SNAPSHOT_COLLECTION>.find({ createdAt: { $gte: from, $lte: to } }, { projection: { createdAt, …asked fields } }).sort({ createdAt: 1 })',
    index: gatewayIndex,
    cost: 'scan',
    run: findSnapshotsIn,
  },
  findFirstRocketChatSnapshotAt: {
    command: 'rocketchat_statistics.find({}, { projection: { createdAt: 1 } }).sort({ createdAt: 1 }).limit(1)',
    index: rocketChatIndex,
    cost: 'indexed',
    run: findFirstSnapshotAt,
  },
  findFirstGatewaySnapshotAt: {
    command: '<SNAPSHOT_COLLECTION>.find({}, { projection: { createdAt: 1 } }).sort({ createdAt: 1 }).limit(1)',
    index: gatewayIndex,
    cost: 'scan',
    run: findFirstSnapshotAt,
  },
} satisfies Record<string, HistoryQuerySpec<SnapshotWindow, Document[]> | HistoryQuerySpec<string, Date | null>>;
