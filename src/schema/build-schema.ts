import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { EngagementResolver } from './engagement.resolver';
import { healthResolvers } from './health.resolver';
import { HistoryResolver } from './history.resolver';
import { StatisticsResolver } from './statistics.resolver';

let built: Promise<GraphQLSchema> | undefined;

/** The gateway's schema, built from the type-graphql classes (once; it is immutable). */
export function buildGatewaySchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [StatisticsResolver, EngagementResolver, HistoryResolver, ...healthResolvers], validate: false });
  return built;
}
