import type { FastifyInstance } from 'fastify';
import { doorOf, outcomeOf } from '../metrics/doors';
import { observeRequest, type GatewayMetrics } from '../metrics/gateway-metrics';

/** Hooks on every route of every door: the request id on each answer, and the request counter of /metrics. */
export function registerRequestHooks(app: FastifyInstance, metrics: GatewayMetrics): void {
  // Answers carry the request id, so a client can quote it when it reports a problem.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    observeRequest(metrics, doorOf(request.url), outcomeOf(reply.statusCode), reply.elapsedTime / 1000);
  });
}
