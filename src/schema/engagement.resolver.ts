import 'reflect-metadata';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { requirePermission } from '../auth/authenticator';
import type { GatewayContext } from '../context';
import { liveEngagement, type LiveEngagement } from '../engagement/live-engagement';
import { GatewayError } from '../errors';
import { Engagement, RoomActivityPage } from './engagement.types';
import { DateTime } from './scalars';

@Resolver(() => Engagement)
export class EngagementResolver {
  @Query(() => Engagement, {
    description:
      'The engagement dashboard of a period (src/engagement). Past days are kept once computed; today is computed live. Requires X-User-Id/X-Auth-Token of a user with view-engagement-dashboard.',
  })
  async engagement(
    @Arg('start', () => DateTime, { description: 'Start of the period (e.g. 7 days ago at 00:00:00.000Z).' }) start: Date,
    @Arg('end', () => DateTime, { description: 'End of the period, included (e.g. today at 23:59:59.999Z).' }) end: Date,
    @Ctx() ctx: GatewayContext,
  ) {
    // Whole answers are reused only for view-statistics callers (src/statistics/response-cache.ts); the figures still are.
    ctx.answerReuse.declare(false);
    requirePermission(await ctx.user(), 'view-engagement-dashboard');
    return liveEngagement(ctx.engagement, start, end);
  }

  @FieldResolver(() => RoomActivityPage, { description: 'Rooms with messages in the period or the previous one (Rocket.Chat 7+), most messages first.' })
  channels(
    @Root() engagement: LiveEngagement,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rooms to skip.' }) offset: number,
    @Arg('count', () => Int, { defaultValue: 50, description: 'At most 100; 0 means all.' }) count: number,
  ) {
    if (offset < 0) throw new GatewayError('BAD_USER_INPUT', 'offset must be 0 or more.');
    if (count < 0 || count > 100) throw new GatewayError('BAD_USER_INPUT', 'count must be from 0 to 100 (0 means all).');
    return engagement.channels({ offset, count });
  }
}
