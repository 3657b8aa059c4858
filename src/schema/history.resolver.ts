import 'reflect-metadata';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context';
import { checkHistoryRequest, maxHistoryFigures } from '../history/history-range';
import { maxHistorySteps } from '../history/history-steps';
import { readFirstSnapshotAt, readHistory } from '../history/read-history';
import { History, HistoryStep, type SnapshotSource } from './history.types';
import { DateTime } from './scalars';

const historyDescription = [
  "Counts of Statistics over time, from Rocket.Chat's own daily snapshots (rocketchat_statistics) and the gateway's (its SNAPSHOT_COLLECTION) together; each point names its source.",
  "Thinned by picking, never averaging: each step gets the newest snapshot taken in it (from either source; at the same instant Rocket.Chat's), a step without any snapshot gets no point.",
  "Each value is read with the definition its snapshot was stored under: Rocket.Chat 0.x stored the 0.61 definitions (so its activeUsers, totalMessages… are legacy.activeUsers, legacy.totalMessages… here, and activeUsers is null on those points), later versions and the gateway today's.",
  `At most ${maxHistorySteps} steps and ${maxHistoryFigures} figures. One command: a find of rocketchat_statistics, projected to the asked figures, sorted by createdAt; the gateway holds its own snapshots in memory (read once at start; those of other gateways on the same database within SNAPSHOT_FOLLOW_INTERVAL_MS). Requires view-statistics.`,
].join(' ');

@Resolver(() => History)
export class HistoryResolver {
  @Query(() => History, { description: historyDescription })
  async history(
    @Arg('from', () => DateTime, { description: 'The older end of the range (included).' }) from: Date,
    @Arg('to', () => DateTime, { nullable: true, description: 'The newer end of the range (included); now when not given.' }) to: Date | null,
    @Arg('figures', () => [String], { description: 'Counts of Statistics by path, e.g. ["totalUsers", "legacy.activeUsers"].' }) figures: string[],
    @Arg('step', () => HistoryStep, { defaultValue: HistoryStep.DAY, description: 'One point per DAY, WEEK or MONTH.' }) step: HistoryStep,
    @Ctx() ctx: GatewayContext,
  ): Promise<History> {
    ctx.answerReuse.declare(false);
    await ctx.requireStatisticsAccess();
    const request = checkHistoryRequest(from, to ?? new Date(), step, figures);
    const points = await readHistory(ctx.services, request);
    return {
      from: request.from,
      to: request.to,
      step,
      figures,
      points: points.map((point) => ({
        ...point,
        snapshotId: point.id,
        source: point.source as SnapshotSource,
        values: point.values.map((value, index) => ({ figure: figures[index]!, value })),
      })),
    };
  }

  @Query(() => DateTime, {
    nullable: true,
    description:
      "When the oldest snapshot of either source (rocketchat_statistics, the gateway's) was taken: where a history of everything begins. Null when neither holds one.",
  })
  async historyBegins(@Ctx() ctx: GatewayContext): Promise<Date | null> {
    ctx.answerReuse.declare(false);
    await ctx.requireStatisticsAccess();
    return readFirstSnapshotAt(ctx.services);
  }
}
