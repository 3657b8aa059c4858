import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from './scalars';

@ObjectType({ description: 'A count of one day (midnight UTC).' })
export class DailyCount {
  @Field(() => DateTime, { description: 'The day, at 00:00:00.000Z.' }) day!: Date;
  @Field(() => Int, { description: 'Users created or messages sent that day.' }) count!: number;
}

@ObjectType({ description: 'A count and its change against what it is compared with.' })
export class CountChange {
  @Field(() => Int, { description: 'The total.' }) count!: number;
  @Field(() => Int, { description: 'count minus the compared count (may be negative).' }) change!: number;
}

@ObjectType({ description: "A daily series with its period total and changes, as Rocket.Chat's dashboard compares them." })
export class DailyTotals {
  @Field(() => [DailyCount], { description: 'Days of the period with a count, newest first (at most as many as the period has days).' })
  days!: DailyCount[];
  @Field(() => CountChange, { description: "The period's total; change: against the previous period of as many days." }) period!: CountChange;
  @Field(() => CountChange, { description: "The day before end's day; change: end's day minus that day." }) yesterday!: CountChange;
}

@ObjectType({ description: "A day's distinct active users (Rocket.Chat's user_daily session documents, anonymous users left out)." })
export class ActiveUsersOfDay {
  @Field(() => DateTime, { description: 'The day, at 00:00:00.000Z.' }) day!: Date;
  @Field(() => [String], { description: 'Their user ids, sorted.' }) userIds!: string[];
  @Field(() => Int, { description: 'How many (the length of userIds).' }) users!: number;
}

@ObjectType({ description: 'Users online in one hour of one day (UTC): a cell of the weekday × hour grid.' })
export class UsersInHourOfDay {
  @Field(() => DateTime, { description: 'The day of the logins.' }) day!: Date;
  @Field(() => Int, { description: 'Hour of the day, 0–23 UTC.' }) hour!: number;
  @Field(() => Int, { description: 'Distinct users whose session covered that hour.' }) users!: number;
}

@ObjectType({ description: 'Distinct users online in a two-hour bucket of the day.' })
export class UsersInHour {
  @Field(() => Int, { description: 'First hour of the bucket: 0, 2, … 22 (UTC).' }) hour!: number;
  @Field(() => Int, { description: 'Distinct users whose session covered that hour.' }) users!: number;
}

@ObjectType({ description: "A day's daily session documents (one per user and day, as Rocket.Chat's busiest-days chart counts them)." })
export class UsersOfDay {
  @Field(() => DateTime, { description: 'The day, at 00:00:00.000Z.' }) day!: Date;
  @Field(() => Int, { description: 'Daily session documents of that day.' }) users!: number;
}

@ObjectType({ description: 'Messages sent in rooms of one type.' })
export class MessageOrigin {
  @Field(() => String, { description: 'c (public channel), p (private group) or d (direct messages).' }) roomType!: string;
  @Field(() => Int, { description: 'Messages of the period.' }) messages!: number;
}

@ObjectType({ description: 'A room among the most popular of the period.' })
export class PopularRoom {
  @Field(() => String, { description: 'c, p or d.' }) roomType!: string;
  @Field(() => String, { nullable: true, description: 'fname, else name; null for direct messages without one.' }) name!: string | null;
  @Field(() => [String], { description: "The room's usernames (direct messages); empty for channels." }) usernames!: string[];
  @Field(() => Int, { description: 'Messages of the period.' }) messages!: number;
}

@ObjectType({ description: 'A room of the channel list.' })
export class EngagementRoom {
  @Field(() => String, { description: 'The room _id.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'name, else fname.' }) name!: string | null;
  @Field(() => String, { description: 'c, p or d.' }) type!: string;
  @Field(() => DateTime, { nullable: true, description: 'When the room was created (ts).' }) createdAt!: Date | null;
  @Field(() => DateTime, { nullable: true, description: '_updatedAt.' }) updatedAt!: Date | null;
  @Field(() => [String], { nullable: true, description: 'usernames (direct messages).' }) usernames!: string[] | null;
}

@ObjectType({ description: "A room's messages in the period and in the previous one." })
export class RoomActivity {
  @Field(() => EngagementRoom, { description: 'The room, as rocketchat_room holds it now.' }) room!: EngagementRoom;
  @Field(() => Int, { description: 'Messages in the period.' }) messages!: number;
  @Field(() => Int, { description: 'Messages in the previous period.' }) previousMessages!: number;
  @Field(() => Int, { description: 'messages minus previousMessages.' }) change!: number;
}

@ObjectType({ description: 'A page of the rooms with messages in the period or the previous one, most messages first.' })
export class RoomActivityPage {
  @Field(() => [RoomActivity], { description: 'The rooms of this page.' }) rooms!: RoomActivity[];
  @Field(() => Int, { description: 'Rooms in this page.' }) count!: number;
  @Field(() => Int, { description: 'Rooms skipped before this page.' }) offset!: number;
  @Field(() => Int, { description: 'Rooms with messages in either period.' }) total!: number;
}

@ObjectType({
  description:
    "Rocket.Chat's engagement dashboard figures of a period (days are UTC calendar days; the previous period is the one before start). Only the selected fields are computed.",
})
export class Engagement {
  @Field(() => DateTime, { description: 'Start of the period, as asked.' }) start!: Date;
  @Field(() => DateTime, { description: 'End of the period, as asked (included).' }) end!: Date;
  @Field(() => DailyTotals, { description: 'Users created per day (anonymous left out).' }) newUsers!: DailyTotals;
  @Field(() => [ActiveUsersOfDay], { description: 'Distinct active users per day, newest first; the client derives DAU, WAU and MAU.' })
  activeUsers!: ActiveUsersOfDay[];
  @Field(() => [UsersInHourOfDay], { description: 'Users online per day and hour of the period (logins from start to end), newest first.' })
  usersByHour!: UsersInHourOfDay[];
  @Field(() => [UsersInHour], { description: 'Users online in the 24 hours before end, in two-hour buckets of the day, latest first.' })
  busiestHours!: UsersInHour[];
  @Field(() => [UsersOfDay], { description: "The 8 days ending on end's day: daily session documents per day, newest first." })
  busiestDays!: UsersOfDay[];
  @Field(() => DailyTotals, { description: 'User messages per day in channels, groups and direct messages.' }) messagesSent!: DailyTotals;
  @Field(() => [MessageOrigin], { description: 'Messages of the period per room type: c, p and d, 0 where none.' })
  messageOrigins!: MessageOrigin[];
  @Field(() => [PopularRoom], { description: 'The five rooms with most messages in the period.' }) topChannels!: PopularRoom[];
}
