import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { GatewayContext } from '../context';
import type { Services } from '../services';

export interface DoorDependencies {
  apollo: ApolloServer<GatewayContext>;
  services: Services;
}

/** GET /api/v1/statistics and /api/v1/statistics.list, as Rocket.Chat answers them. */
export function registerRestRoutes(_app: FastifyInstance, _deps: DoorDependencies): void {}
