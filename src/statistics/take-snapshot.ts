import type { Document } from 'mongodb';
import type { GatewayContext } from '../context';
import { storedStatistics } from '../snapshots/snapshot-store';
import { liveStatistics, type Live } from './live-statistics';
import { materialize } from './materialize';
import type { Statistics } from '../schema/statistics.type';

/** A live Statistics object for this request (fresh queries when `refresh`). */
export function computeStatistics(ctx: GatewayContext, refresh: boolean): Live<Statistics> {
  const { config, gateway } = ctx.services;
  return liveStatistics({
    loaders: refresh ? ctx.freshLoaders : ctx.loaders,
    deploy: { method: config.deployMethod, platform: config.deployPlatform },
    gateway,
    now: new Date(),
  });
}

/**
 * Computes every figure anew and stores them in one insert. If any figure fails, the error
 * propagates before the insert: a snapshot is stored whole or not at all.
 */
export async function takeSnapshot(ctx: GatewayContext): Promise<Document> {
  const live = computeStatistics(ctx, true);
  const figures = (await materialize(live)) as Document;
  const stored = await ctx.services.snapshots.insert(figures, figures.createdAt as Date);
  return storedStatistics(stored);
}
