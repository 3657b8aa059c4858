import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import type { DoorDependencies } from '../doors/door-dependencies';
import { doorContext } from '../doors/request-context';
import { runFixedDocument } from '../doors/run-fixed-document';
import { MetricsFiguresDocument } from '../generated/operations';
import { sendScrapeError } from './scrape-error';
import { isWrongScraperToken, scraperFromBearer } from './scraper-token';
import { workspaceRegistry } from './workspace-gauges';

/**
 * GET /metrics in the Prometheus text format: the gateway's own metrics plus the workspace figures,
 * which come from a fixed GraphQL document run through the same server, resolvers and cache as
 * POST /graphql.
 */
export function registerMetricsRoutes(app: FastifyInstance, deps: DoorDependencies): void {
  const { metrics, config } = deps.services;
  app.get('/metrics', async (request, reply) => {
    const caller = scraperFromBearer(request.headers.authorization, config.metricsToken);
    const wrongSecret = isWrongScraperToken(request.headers.authorization, config.metricsToken);
    const outcome = await runFixedDocument(deps, doorContext(deps, request, { caller, wrongSecret }), MetricsFiguresDocument);
    if (!outcome.ok) return sendScrapeError(reply, outcome.failure, config.metricsToken !== undefined);
    const registry = Registry.merge([metrics.registry, workspaceRegistry(outcome.data.statistics)]);
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
