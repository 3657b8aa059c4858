import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Page } from '../health/page-cursor';
import type { UserCount } from '../health/role-counts';
import type { HealthRoomRow } from '../queries/health-rooms';
import type { HealthUserRow } from '../queries/health-users';
import { DateTime } from './scalars';

@ObjectType('HealthPageInfo', { description: 'Where the next page starts. Pages follow a fixed order, so no row is skipped or repeated between pages.' })
export class HealthPageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null when the page is empty. Opaque, and only for this list.' })
  endCursor!: string | null;
  @Field(() => Boolean, { description: 'Whether rows follow this page.' }) hasNextPage!: boolean;
}

@ObjectType({ description: 'A channel or private group (rocketchat_room), as the room health lists show it.' })
export class HealthRoom {
  @Field(() => String, { description: 'Room _id.' }) id!: string;
  @Field(() => String, { description: 'Its display name (fname), else its name.' }) name!: string;
  @Field(() => String, { description: 'c (channel) or p (private group).' }) type!: string;
  @Field(() => Int, { description: "Rocket.Chat's message counter `msgs` (0 when missing)." }) messages!: number;
  @Field(() => Int, { description: 'Members: `usersCount` (0 when missing).' }) members!: number;
  @Field(() => DateTime, { nullable: true, description: 'When its last message was sent (`lm`); null when it never had one.' })
  lastMessageAt!: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'When it was created (`ts`).' }) createdAt!: Date | null;
}

@ObjectType({ description: 'A user (users), as the user health lists show it.' })
export class HealthUser {
  @Field(() => String, { description: 'User _id.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'User name (`username`).' }) username!: string | null;
  @Field(() => String, { nullable: true, description: 'Full name (`name`).' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'user, bot or app.' }) type!: string | null;
  @Field(() => [String], { description: 'Global roles.' }) roles!: string[];
  @Field(() => DateTime, { nullable: true, description: 'Last login (`lastLogin`); null when the user never logged in.' }) lastLogin!: Date | null;
  @Field(() => DateTime, { nullable: true, description: 'When the account was created.' }) createdAt!: Date | null;
}

@ObjectType({ description: 'One page of rooms.' })
export class HealthRoomPage {
  @Field(() => [HealthRoom], { description: "The rooms of this page, in the list's order." }) nodes!: HealthRoom[];
  @Field(() => HealthPageInfo, { description: 'Where the next page starts.' }) pageInfo!: HealthPageInfo;
}

@ObjectType({ description: 'One page of users.' })
export class HealthUserPage {
  @Field(() => [HealthUser], { description: "The users of this page, in the list's order." }) nodes!: HealthUser[];
  @Field(() => HealthPageInfo, { description: 'Where the next page starts.' }) pageInfo!: HealthPageInfo;
}

@ObjectType({ description: 'Users counted under one role or one type.' })
export class HealthUserCount {
  @Field(() => String, { description: 'The role or the type; `none` for users without any.' }) key!: string;
  @Field(() => Int, { description: 'How many users.' }) users!: number;
}

/** What a set of rooms or users reads: its count and its pages, each one declared query. */
export interface HealthSet<Row> {
  count(): Promise<number>;
  list(first: number, after: string | null | undefined): Promise<Page<Row>>;
}

export interface UserSet extends HealthSet<HealthUserRow> {
  byRole(): Promise<UserCount[]>;
  byType(): Promise<UserCount[]>;
}

export type RoomSet = HealthSet<HealthRoomRow>;

@ObjectType({ description: 'A set of channels and private groups: how many, and which (pages).' })
export class HealthRoomSet {}

@ObjectType({ description: 'A set of active users: how many, per role and type, and which (pages).' })
export class HealthUserSet {}

@ObjectType({
  description:
    'Health of channels and private groups (t c or p, discussions and team main rooms included). Counts need view-statistics, lists of rooms view-room-administration.',
})
export class RoomHealth {}

@ObjectType({ description: 'Health of active user accounts. Counts need view-statistics, lists of users view-user-administration.' })
export class UserHealth {}

@ObjectType({ description: 'Which rooms are dead, hot or without an owner; which users have not logged in for long. docs/figures.md lists what each costs.' })
export class WorkspaceHealth {
  @Field(() => RoomHealth, { description: 'Channels and private groups.' }) rooms!: RoomHealth;
  @Field(() => UserHealth, { description: 'Active user accounts.' }) users!: UserHealth;
}

export function healthRoomOf(row: HealthRoomRow): HealthRoom {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return {
    id: row._id,
    name: text(row.fname) ?? text(row.name) ?? row._id,
    type: String(row.t),
    messages: wholeOrZero(row.msgs),
    members: wholeOrZero(row.usersCount),
    lastMessageAt: row.lm instanceof Date ? row.lm : null,
    createdAt: row.ts instanceof Date ? row.ts : null,
  };
}

export function healthUserOf(row: HealthUserRow): HealthUser {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: row._id,
    username: text(row.username),
    name: text(row.name),
    type: text(row.type),
    roles: Array.isArray(row.roles) ? row.roles.filter((role): role is string => typeof role === 'string') : [],
    lastLogin: row.lastLogin instanceof Date ? row.lastLogin : null,
    createdAt: row.createdAt instanceof Date ? row.createdAt : null,
  };
}

const wholeOrZero = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0);
