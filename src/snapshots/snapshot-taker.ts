import type { Document } from 'mongodb';
import type { SnapshotStore, StoredSnapshot } from './snapshot-store';

export interface SnapshotLimits {
  /** A new snapshot is taken at most once per this interval; inside it, a request gets the newest one. */
  minIntervalMs: number;
  retentionMs: number;
  maxCount: number;
}

/**
 * Snapshots are bounded: one computation at a time (concurrent refresh=true requests and takeSnapshot
 * aliases share it), at most one per minimum interval, and the collection pruned to its retention after
 * each insert. Rocket.Chat inserts one per refresh=true (Rocket.Chat issue #36003: a poller that
 * refreshes every two minutes writes 720 a day).
 */
export class SnapshotTaker {
  private inFlight: Promise<StoredSnapshot> | undefined;
  private lastTaken: StoredSnapshot | undefined;

  constructor(
    private readonly store: SnapshotStore,
    private readonly limits: SnapshotLimits,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new snapshot of `compute()`'s figures, or the newest one when it is younger than the minimum interval. */
  take(compute: () => Promise<Document>): Promise<StoredSnapshot> {
    this.inFlight ??= this.takeOnce(compute).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async takeOnce(compute: () => Promise<Document>): Promise<StoredSnapshot> {
    const recent = await this.recentSnapshot();
    if (recent) return recent;
    const figures = await compute();
    const stored = await this.store.insert(figures, figures.createdAt as Date);
    this.lastTaken = stored;
    // Pruning is housekeeping: a failure leaves a few more snapshots until the next insert, not a failed answer.
    await this.store.prune(this.limits, this.now()).catch(() => 0);
    return stored;
  }

  /** The newest snapshot inside the minimum interval: this gateway's own last one, else the collection's (another gateway's). */
  private async recentSnapshot(): Promise<StoredSnapshot | undefined> {
    if (this.limits.minIntervalMs <= 0) return undefined;
    const youngEnough = (snapshot: StoredSnapshot | null | undefined) =>
      snapshot && this.now().getTime() - snapshot.createdAt.getTime() < this.limits.minIntervalMs ? snapshot : undefined;
    return youngEnough(this.lastTaken) ?? youngEnough(await this.store.latest());
  }
}
