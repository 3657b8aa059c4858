import type { FastifyInstance } from 'fastify';
import type { DoorDependencies } from '../rest/routes';

/** GET /metrics in the Prometheus text format. */
export function registerMetricsRoutes(_app: FastifyInstance, _deps: DoorDependencies): void {}
