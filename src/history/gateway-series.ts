import type { Document } from 'mongodb';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import { historyQueries, type HeldSnapshotsRead } from '../queries/history';
import type { SnapshotWrites } from '../snapshots/snapshot-store';
import type { ComputationQueue } from '../statistics/computation-queue';
import { heldFields, HeldSeries, heldSnapshotOf, type HeldSnapshot, type RetentionLimits } from './held-series';

export interface GatewaySeriesOptions {
  database: DatabaseHandle;
  /** SNAPSHOT_COLLECTION. */
  collection: string;
  /** Reads go through the bounded queue, as every figure query. */
  queue: ComputationQueue;
  /** SNAPSHOT_RETENTION_MS and SNAPSHOT_MAX_COUNT: what the collection keeps, so what is held. */
  limits: RetentionLimits;
  /** SNAPSHOT_FOLLOW_INTERVAL_MS: how often other gateways' new snapshots are read; 0: never (they appear after a restart). */
  followIntervalMs: number;
  /** A background read that failed (the next history request or follow tries again). */
  onFailure: (what: string, error: unknown) => void;
  now?: () => Date;
}

/**
 * A follow read asks again for the snapshots stored this long before the newest one held: it covers
 * the clocks of several gateways that differ by as much, and an insert that became visible after a
 * later one. Snapshots read twice are held once (by id).
 */
export const followLookbackMs = 5 * 60_000;

/**
 * The gateway's own snapshots as `history` reads them, held by the gateway that writes them, so a
 * history request reads only Rocket.Chat's rocketchat_statistics (issue 15: one command).
 *
 * - Loaded once per process, with one find, started with the gateway; a request that comes before it
 *   ends waits for that same load. A failed load is tried again by the next request that needs it
 *   (which fails with DB_UNAVAILABLE meanwhile).
 * - Every snapshot this process inserts is added, and every prune it runs removes the same
 *   (SnapshotWrites, called by SnapshotStore): for one gateway the held series is the collection.
 * - Other gateways on the same database: every `followIntervalMs`, one background find of the
 *   snapshots stored since the newest held (less followLookbackMs), and the prune those gateways ran
 *   after inserting them, applied with this gateway's limits (gateways on one database share their
 *   SNAPSHOT_* settings). A history request never waits for it.
 */
export class GatewaySeries implements SnapshotWrites {
  private held: HeldSeries | undefined;
  private loading: Promise<HeldSeries> | undefined;
  /** Inserts and prunes of this process while the load is under way, applied once it ends. */
  private duringLoad: ((series: HeldSeries) => void)[] = [];
  private following: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly now: () => Date;

  constructor(private readonly options: GatewaySeriesOptions) {
    this.now = options.now ?? (() => new Date());
  }

  private get read(): HeldSnapshotsRead {
    return { collection: this.options.collection, fields: heldFields, maxCount: this.options.limits.maxCount };
  }

  private command<T>(call: () => Promise<T>): Promise<T> {
    return this.options.queue.run(() => asDatabaseCall(this.options.database, call));
  }

  /** Starts the load and the follow timer (unref'd: it never keeps the process alive). */
  start(): void {
    this.loaded().catch((error: unknown) => this.options.onFailure('load', error));
    if (this.options.followIntervalMs > 0) {
      this.timer = setInterval(() => void this.tick(), this.options.followIntervalMs);
      this.timer.unref();
    }
  }

  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The held series: at once when loaded, else after the load under way (or a new one, when the last failed). */
  loaded(): Promise<HeldSeries> {
    if (this.held) return Promise.resolve(this.held);
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  /** The held snapshots taken from..to, both included, oldest first. */
  async between(from: Date, to: Date): Promise<HeldSnapshot[]> {
    return (await this.loaded()).between(from, to);
  }

  async first(): Promise<HeldSnapshot | undefined> {
    return (await this.loaded()).first();
  }

  private async load(): Promise<HeldSeries> {
    this.duringLoad = [];
    let documents: Document[];
    try {
      documents = await this.command(() => historyQueries.findHeldSnapshots.run(this.options.database.db, this.read));
    } catch (error) {
      // The next load reads the collection after these changes: it needs none of them.
      this.duringLoad = [];
      throw error;
    }
    const series = new HeldSeries();
    series.add(held(documents));
    for (const change of this.duringLoad) change(series);
    this.duringLoad = [];
    this.held = series;
    return series;
  }

  /** Called by SnapshotStore after each insertOne of this process. */
  inserted(snapshot: Document): void {
    const snapshotHeld = heldSnapshotOf(snapshot);
    if (snapshotHeld) this.change((series) => series.add([snapshotHeld]));
  }

  /** Called by SnapshotStore after each prune of this process (`deleteMany({ createdAt: { $lt: cutoff } })`). */
  removedBefore(cutoff: Date): void {
    this.change((series) => series.removeBefore(cutoff));
  }

  /** Before any load, a change needs no record: the load will read the collection as it is then. */
  private change(apply: (series: HeldSeries) => void): void {
    if (this.held) apply(this.held);
    else if (this.loading) this.duringLoad.push(apply);
  }

  private async tick(): Promise<void> {
    if (this.closed || this.following) return;
    this.following = (this.held ? this.follow(this.held) : this.loaded().then(() => undefined))
      .catch((error: unknown) => {
        if (!this.closed) this.options.onFailure(this.held ? 'follow' : 'load', error);
      })
      .finally(() => (this.following = undefined));
    await this.following;
  }

  /** One read of the snapshots other gateways stored since the newest held; then their prunes. */
  async follow(series: HeldSeries): Promise<void> {
    const newest = series.newestStoredAt();
    const since = new Date(newest ? newest.getTime() - followLookbackMs : 0);
    const documents = await this.command(() => historyQueries.findSnapshotsStoredSince.run(this.options.database.db, { ...this.read, since }));
    const before = series.size;
    const read = held(documents);
    series.add(read);
    if (series.size === before) return;
    // Each gateway prunes right after its insert: at the newest insert read, by the same limits.
    const newestRead = read.reduce((newest, snapshot) => Math.max(newest, snapshot.storedAt?.getTime() ?? 0), 0);
    series.removeBefore(series.pruneCutoff(this.options.limits, new Date(newestRead || this.now().getTime())));
  }
}

function held(documents: Document[]): HeldSnapshot[] {
  return documents.map(heldSnapshotOf).filter((snapshot): snapshot is HeldSnapshot => snapshot !== undefined);
}
