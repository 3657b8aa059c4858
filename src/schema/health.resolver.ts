import 'reflect-metadata';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { requirePermission, type GatewayPermission } from '../auth/authenticator';
import type { GatewayContext } from '../context';
import { defaultPageSize, maxDays, maxPageSize } from '../health/health-input';
import type { Page } from '../health/page-cursor';
import type { HealthRoomRow } from '../queries/health-rooms';
import type { HealthUserRow } from '../queries/health-users';
import {
  HealthRoomPage,
  HealthRoomSet,
  HealthUserCount,
  HealthUserPage,
  HealthUserSet,
  RoomHealth,
  UserHealth,
  WorkspaceHealth,
  healthRoomOf,
  healthUserOf,
  type RoomSet,
  type UserSet,
} from './health.types';
import { neverUsedRoomSet, roomSetWithoutOwner, silentRoomSet, topRooms, usersNeverLoggedInSet, usersNotLoggedInSet } from './health-sets';

const daysArg = { description: `Days without a message (rooms) or a login (users): a whole number from 1 to ${maxDays}, e.g. 30, 90, 180 or 365.` };
const firstArg = { defaultValue: defaultPageSize, description: `Rows in the page, from 1 to ${maxPageSize}.` };
const afterArg = { nullable: true, description: 'The endCursor of the previous page; none for the first page.' } as const;

const now = (ctx: GatewayContext) => ctx.services.figureCache.now();

async function allowed(ctx: GatewayContext, permission: GatewayPermission): Promise<void> {
  requirePermission(await ctx.user(), permission);
}

const roomPage = (page: Page<HealthRoomRow>) => ({ nodes: page.rows.map(healthRoomOf), pageInfo: page });
const userPage = (page: Page<HealthUserRow>) => ({ nodes: page.rows.map(healthUserOf), pageInfo: page });

@Resolver(() => WorkspaceHealth)
export class HealthResolver {
  @Query(() => WorkspaceHealth, {
    description:
      'Dead, hot and owner-less rooms; users who have not logged in for long. Read live (never from the reuse window), each figure only when selected. Counts need view-statistics, lists view-room-administration or view-user-administration.',
  })
  async health(@Ctx() ctx: GatewayContext): Promise<WorkspaceHealth> {
    ctx.answerReuse.declare(false);
    await ctx.user();
    ctx.answerAge.note(now(ctx));
    return { rooms: {}, users: {} };
  }
}

@Resolver(() => RoomHealth)
export class RoomHealthResolver {
  @FieldResolver(() => HealthRoomSet, {
    nullable: true,
    description: 'Rooms whose last message (`lm`) is older than `days` days; rooms never used are not among them.',
  })
  silentSince(@Arg('days', () => Int, daysArg) days: number, @Ctx() ctx: GatewayContext): RoomSet {
    return silentRoomSet(ctx.health, days, now(ctx));
  }

  @FieldResolver(() => HealthRoomSet, { description: 'Rooms that never had a message (no `lm`).' })
  neverUsed(@Ctx() ctx: GatewayContext): RoomSet {
    return neverUsedRoomSet(ctx.health);
  }

  @FieldResolver(() => HealthRoomSet, {
    description:
      "Rooms where no subscription holds the owner role (an owner's deactivated account still counts as an owner). Expensive: reads every subscription's roles (docs/figures.md).",
  })
  withoutOwner(@Ctx() ctx: GatewayContext): RoomSet {
    return roomSetWithoutOwner(ctx.health);
  }

  @FieldResolver(() => HealthRoomPage, {
    nullable: true,
    description: 'Rooms by their message counter `msgs`, most first (rooms with none left out). Needs view-room-administration.',
  })
  async topByMessages(
    @Arg('first', () => Int, firstArg) first: number,
    @Arg('after', () => String, afterArg) after: string | null,
    @Ctx() ctx: GatewayContext,
  ) {
    await allowed(ctx, 'view-room-administration');
    return roomPage(await topRooms(ctx.health, 'messages', first, after));
  }

  @FieldResolver(() => HealthRoomPage, {
    nullable: true,
    description: 'Rooms by their member count `usersCount`, most first (empty rooms left out). Needs view-room-administration.',
  })
  async topByMembers(@Arg('first', () => Int, firstArg) first: number, @Arg('after', () => String, afterArg) after: string | null, @Ctx() ctx: GatewayContext) {
    await allowed(ctx, 'view-room-administration');
    return roomPage(await topRooms(ctx.health, 'members', first, after));
  }
}

@Resolver(() => HealthRoomSet)
export class HealthRoomSetResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'How many rooms. Needs view-statistics.' })
  async count(@Root() set: RoomSet, @Ctx() ctx: GatewayContext) {
    await ctx.requireStatisticsAccess();
    return set.count();
  }

  @FieldResolver(() => HealthRoomPage, { nullable: true, description: 'One page of these rooms, in a fixed order. Needs view-room-administration.' })
  async list(
    @Root() set: RoomSet,
    @Arg('first', () => Int, firstArg) first: number,
    @Arg('after', () => String, afterArg) after: string | null,
    @Ctx() ctx: GatewayContext,
  ) {
    await allowed(ctx, 'view-room-administration');
    return roomPage(await set.list(first, after));
  }
}

@Resolver(() => UserHealth)
export class UserHealthResolver {
  @FieldResolver(() => HealthUserSet, {
    nullable: true,
    description: 'Active users whose last login (`lastLogin`) is older than `days` days; users who never logged in are not among them.',
  })
  notLoggedInSince(@Arg('days', () => Int, daysArg) days: number, @Ctx() ctx: GatewayContext): UserSet {
    return usersNotLoggedInSet(ctx.health, days, now(ctx));
  }

  @FieldResolver(() => HealthUserSet, { description: 'Active users who never logged in (no `lastLogin`).' })
  neverLoggedIn(@Ctx() ctx: GatewayContext): UserSet {
    return usersNeverLoggedInSet(ctx.health);
  }
}

@Resolver(() => HealthUserSet)
export class HealthUserSetResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'How many users. Needs view-statistics.' })
  async count(@Root() set: UserSet, @Ctx() ctx: GatewayContext) {
    await ctx.requireStatisticsAccess();
    return set.count();
  }

  @FieldResolver(() => [HealthUserCount], {
    nullable: true,
    description: 'How many per global role, most first; a user of several roles counts under each. Needs view-statistics.',
  })
  async byRole(@Root() set: UserSet, @Ctx() ctx: GatewayContext) {
    await ctx.requireStatisticsAccess();
    return set.byRole();
  }

  @FieldResolver(() => [HealthUserCount], { nullable: true, description: 'How many per type (user, bot, app), most first. Needs view-statistics.' })
  async byType(@Root() set: UserSet, @Ctx() ctx: GatewayContext) {
    await ctx.requireStatisticsAccess();
    return set.byType();
  }

  @FieldResolver(() => HealthUserPage, { nullable: true, description: 'One page of these users, in a fixed order. Needs view-user-administration.' })
  async list(
    @Root() set: UserSet,
    @Arg('first', () => Int, firstArg) first: number,
    @Arg('after', () => String, afterArg) after: string | null,
    @Ctx() ctx: GatewayContext,
  ) {
    await allowed(ctx, 'view-user-administration');
    return userPage(await set.list(first, after));
  }
}

/** Registered in build-schema.ts. */
export const healthResolvers = [HealthResolver, RoomHealthResolver, HealthRoomSetResolver, UserHealthResolver, HealthUserSetResolver] as const;
