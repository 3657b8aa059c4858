import type { Document } from 'mongodb';
import type { GatewayContext } from '../context';
import { storedStatistics } from '../snapshots/snapshot-store';
import { computeStatistics } from './live-statistics';
import { materialize } from './materialize';

/**
 * Computes every figure anew and stores them in one insert (or answers the newest snapshot inside the
 * minimum interval, see SnapshotTaker). If any figure fails, the error propagates before the insert:
 * a snapshot is stored whole or not at all.
 */
export async function takeSnapshot(ctx: GatewayContext): Promise<Document> {
  const stored = await ctx.services.snapshotTaker.take(async () => (await materialize(computeStatistics(ctx, true))) as Document);
  return storedStatistics(stored);
}
