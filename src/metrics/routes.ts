import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import type { DoorDependencies } from '../doors/door-dependencies';
import { doorContext } from '../doors/request-context';
import { failureOfThrown, runFixedDocument } from '../doors/run-fixed-document';
import { MetricsFiguresDocument } from '../generated/operations';
import { gatewayStateRegistry } from './gateway-state';
import { rocketChatRegistry } from './rocketchat-gauges';
import { sendScrapeError } from './scrape-error';
import { isWrongScraperToken, scraperFromBearer } from './scraper-token';
import { workspaceRegistry } from './workspace-gauges';

/**
 * GET /metrics in the Prometheus text format: the gateway's own metrics plus the workspace figures,
 * which come from a fixed GraphQL document run through the same server, resolvers and cache as
 * POST /graphql. When the database does not answer, the scrape still succeeds with the gateway's own
 * metrics and rcstats_database_up 0, and no workspace gauge at all (never stale values).
 */
export function registerMetricsRoutes(app: FastifyInstance, deps: DoorDependencies): void {
  const { metrics, config, restDialect } = deps.services;
  app.get('/metrics', async (request, reply) => {
    const caller = scraperFromBearer(request.headers.authorization, config.metricsToken);
    const wrongSecret = isWrongScraperToken(request.headers.authorization, config.metricsToken);
    const context = doorContext(deps, request, { caller, wrongSecret });
    try {
      // Apart from the figures: a caller who cannot be checked (a user token with the database down) gets no metrics at all.
      await context.requireStatisticsAccess();
    } catch (error) {
      return sendScrapeError(reply, failureOfThrown(error), config.metricsToken !== undefined);
    }
    const outcome = await runFixedDocument(deps, context, MetricsFiguresDocument);
    if (!outcome.ok && outcome.failure.code !== 'DB_UNAVAILABLE') return sendScrapeError(reply, outcome.failure, config.metricsToken !== undefined);
    const latest = outcome.ok ? outcome.data.lastSnapshotAt : null;
    const registries = [
      metrics.registry,
      gatewayStateRegistry({
        databaseUp: outcome.ok,
        restSetting: config.restFormat,
        restDialect: restDialect.current,
        lastSnapshotAt: latest ? new Date(latest) : null,
      }),
    ];
    if (outcome.ok) {
      registries.push(workspaceRegistry(outcome.data.statistics));
      if (config.rocketChatMetricNames) registries.push(rocketChatRegistry(outcome.data.statistics));
    }
    const registry = Registry.merge(registries);
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
