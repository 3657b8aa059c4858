import 'reflect-metadata';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context';
import { GatewayError } from '../errors';
import { assertFieldMap, assertSafeFilter } from '../snapshots/filter';
import { storedStatistics } from '../snapshots/snapshot-store';
import { computeStatistics } from '../statistics/live-statistics';
import { takeSnapshot } from '../statistics/take-snapshot';
import { DateTime } from './scalars';
import { SnapshotList } from './snapshot-list.type';
import { Statistics } from './statistics.type';

@Resolver(() => Statistics)
export class StatisticsResolver {
  @Query(() => Statistics, {
    description:
      'Live statistics. Only the selected fields are computed; identical requests within a few seconds share one computation. Requires X-User-Id/X-Auth-Token of a user with view-statistics.',
  })
  async statistics(
    @Arg('refresh', () => Boolean, { defaultValue: false, description: 'Query the database anew instead of reusing figures of the last few seconds.' })
    refresh: boolean,
    @Ctx() ctx: GatewayContext,
  ) {
    // GraphQL's refresh only skips the reuse window; storing a snapshot is takeSnapshot's (and REST refresh=true's) job.
    const skipReuseWindow = refresh;
    ctx.answerReuse.declare(!skipReuseWindow);
    await ctx.requireStatisticsAccess();
    // Figures computed now (host, process) are as old as this request; cached ones note their own time.
    ctx.answerAge.note(ctx.services.figureCache.now());
    return computeStatistics(ctx, skipReuseWindow);
  }

  @Mutation(() => Statistics, { description: "Computes every figure anew and stores the snapshot in the gateway's collection (whole or not at all)." })
  async takeSnapshot(@Ctx() ctx: GatewayContext) {
    ctx.answerReuse.declare(false);
    await ctx.requireStatisticsAccess();
    return takeSnapshot(ctx);
  }

  @Query(() => Statistics, { nullable: true, description: 'The newest stored snapshot, as stored (no recomputation); null when none exists.' })
  async latestSnapshot(@Ctx() ctx: GatewayContext) {
    ctx.answerReuse.declare(false);
    await ctx.requireStatisticsAccess();
    const latest = await ctx.services.snapshots.latest();
    if (latest?.createdAt instanceof Date) ctx.answerAge.note(latest.createdAt.getTime());
    return latest ? storedStatistics(latest) : null;
  }

  @Query(() => DateTime, { nullable: true, description: 'When the newest stored snapshot was taken; null when none exists. Reads no figure.' })
  async lastSnapshotAt(@Ctx() ctx: GatewayContext) {
    ctx.answerReuse.declare(false);
    await ctx.requireStatisticsAccess();
    return ctx.services.snapshots.latestTakenAt();
  }

  @Query(() => SnapshotList, { description: 'Stored snapshots, as stored (no recomputation).' })
  async snapshots(
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Snapshots to skip.' }) offset: number,
    @Arg('count', () => Int, { defaultValue: 50, description: 'At most 100; 0 means all.' }) count: number,
    @Arg('sort', () => GraphQLJSONObject, { nullable: true, description: 'Fields to 1 or -1, e.g. {"createdAt": -1}; default oldest first.' })
    sort: Record<string, unknown> | null,
    @Arg('filter', () => GraphQLJSONObject, {
      nullable: true,
      description: 'A filter on stored fields: plain comparisons and $and $or $in $nin $eq $ne $gt $gte $lt $lte $exists only.',
    })
    filter: Record<string, unknown> | null,
    @Ctx() ctx: GatewayContext,
  ) {
    ctx.answerReuse.declare(false);
    await ctx.requireStatisticsAccess();
    if (offset < 0) throw new GatewayError('BAD_USER_INPUT', 'offset must be 0 or more.');
    if (count < 0 || count > 100) throw new GatewayError('BAD_USER_INPUT', 'count must be from 0 to 100 (0 means all).');
    const result = await ctx.services.snapshots.list({
      offset,
      count,
      sort: sort ? (assertFieldMap(sort, 'sort', [1, -1]) as Record<string, 1 | -1>) : undefined,
      filter: filter ? assertSafeFilter(filter, 'filter') : undefined,
    });
    return { snapshots: result.snapshots.map(storedStatistics), count: result.snapshots.length, offset, total: result.total };
  }
}
