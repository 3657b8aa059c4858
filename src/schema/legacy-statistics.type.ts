import { Field, ObjectType } from 'type-graphql';
import { SafeInt } from './scalars';

@ObjectType({ description: 'Figures as Rocket.Chat 0.61 defined them, where they differ from today (the REST 0.61 format uses these).' })
export class LegacyStatistics {
  @Field(() => SafeInt, { description: 'users with active: true, of every type and role.' }) activeUsers!: number;
  @Field(() => SafeInt, { description: 'totalUsers − legacy activeUsers.' }) nonActiveUsers!: number;
  @Field(() => SafeInt, { description: 'users with statusConnection online.' }) onlineUsers!: number;
  @Field(() => SafeInt, { description: 'users with statusConnection away.' }) awayUsers!: number;
  @Field(() => SafeInt, { description: 'totalUsers − legacy online − legacy away (statusConnection; no busy in 0.61).' }) offlineUsers!: number;
  @Field(() => SafeInt, { description: 'Σ msgs of every c room, discussions included.' }) totalChannelMessages!: number;
  @Field(() => SafeInt, { description: 'Σ msgs of every p room, discussions included.' }) totalPrivateGroupMessages!: number;
  @Field(() => SafeInt, { description: 'Count of all documents in rocketchat_message (system messages and thread replies included).' }) totalMessages!: number;
}
