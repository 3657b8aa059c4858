import type { Document } from 'mongodb';
import { countAt, historyFigures, storedKeysOf, type HistoryFigure } from './history-figures';

/**
 * The gateway's own snapshots as `history` reads them, held in memory (src/history/gateway-series.ts
 * keeps them equal to SNAPSHOT_COLLECTION). No I/O here.
 */

/** Every count of Statistics, in a fixed order: a held snapshot keeps each at its slot. */
const heldFigures = [...historyFigures.values()];
const slotOf = new Map(heldFigures.map((figure, slot) => [figure.name, slot]));

/** The fields a read of the gateway's snapshots projects to: when, when stored, and every count. */
export const heldFields = ['createdAt', '_updatedAt', ...storedKeysOf(heldFigures).gateway];

/** One snapshot of the gateway's collection, reduced to what a history point needs (about 0.8 KB). */
export interface HeldSnapshot {
  id: string;
  takenAt: Date;
  /** When it was inserted (`_updatedAt`), by the clock of the gateway that wrote it; null when it has none. */
  storedAt: Date | null;
  /** The counts, at their slots; NaN where the snapshot holds none. */
  counts: Float64Array;
}

/** A stored snapshot (whole, or projected to heldFields) as held; undefined without a createdAt date (no point could place it). */
export function heldSnapshotOf(document: Document): HeldSnapshot | undefined {
  if (!(document.createdAt instanceof Date)) return undefined;
  const counts = new Float64Array(heldFigures.length);
  heldFigures.forEach((figure, slot) => (counts[slot] = countAt(document, figure.gatewayKey) ?? Number.NaN));
  return {
    id: String(document._id),
    takenAt: document.createdAt,
    storedAt: document._updatedAt instanceof Date ? document._updatedAt : null,
    counts,
  };
}

/** The held snapshot's value of a figure; null where it holds none. */
export function heldCount(snapshot: HeldSnapshot, figure: HistoryFigure): number | null {
  const value = snapshot.counts[slotOf.get(figure.name)!]!;
  return Number.isNaN(value) ? null : value;
}

/** Insertion order of the gateway's collection (src/snapshots/snapshot-store.ts): by createdAt, then by id. */
function compare(a: HeldSnapshot, b: HeldSnapshot): number {
  return a.takenAt.getTime() - b.takenAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface RetentionLimits {
  retentionMs: number;
  maxCount: number;
}

/**
 * The gateway's snapshots, oldest first, each once. A removal by a prune's cutoff is remembered: a
 * read that was under way during the prune cannot bring back what it removed.
 */
export class HeldSeries {
  private readonly snapshots: HeldSnapshot[] = [];
  private readonly ids = new Set<string>();
  private removedBefore = -Infinity;

  get size(): number {
    return this.snapshots.length;
  }

  /** Adds snapshots not held yet (by id) at their place; none older than a prune's cutoff. */
  add(snapshots: Iterable<HeldSnapshot>): void {
    let unsorted = false;
    for (const snapshot of snapshots) {
      if (this.ids.has(snapshot.id) || snapshot.takenAt.getTime() < this.removedBefore) continue;
      const last = this.snapshots.at(-1);
      if (last && compare(last, snapshot) > 0) unsorted = true;
      this.snapshots.push(snapshot);
      this.ids.add(snapshot.id);
    }
    if (unsorted) this.snapshots.sort(compare);
  }

  /** What a prune with this cutoff deleted (`createdAt < cutoff`, src/snapshots/snapshot-store.ts). */
  removeBefore(cutoff: Date): void {
    this.removedBefore = Math.max(this.removedBefore, cutoff.getTime());
    let removed = 0;
    while (removed < this.snapshots.length && this.snapshots[removed]!.takenAt.getTime() < this.removedBefore) {
      this.ids.delete(this.snapshots[removed]!.id);
      removed += 1;
    }
    this.snapshots.splice(0, removed);
  }

  /**
   * The cutoff the store's prune computes with these limits at `now`: older than the retention, or
   * older than the newest `maxCount` (SnapshotStore.prune, the same rule on the held snapshots).
   */
  pruneCutoff(limits: RetentionLimits, now: Date): Date {
    const byAge = now.getTime() - limits.retentionMs;
    const oldestKept = this.snapshots.length >= limits.maxCount ? this.snapshots[this.snapshots.length - limits.maxCount] : undefined;
    return new Date(oldestKept ? Math.max(byAge, oldestKept.takenAt.getTime()) : byAge);
  }

  /** from..to, both included, oldest first. */
  between(from: Date, to: Date): HeldSnapshot[] {
    return this.snapshots.filter((snapshot) => snapshot.takenAt >= from && snapshot.takenAt <= to);
  }

  first(): HeldSnapshot | undefined {
    return this.snapshots[0];
  }

  /** The newest insertion time among the held snapshots that carry one. */
  newestStoredAt(): Date | null {
    let newest: Date | null = null;
    for (const snapshot of this.snapshots) if (snapshot.storedAt && (!newest || snapshot.storedAt > newest)) newest = snapshot.storedAt;
    return newest;
  }
}
