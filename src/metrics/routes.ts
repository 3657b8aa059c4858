import type { FastifyInstance, FastifyReply } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import { Registry } from 'prom-client';
import { createContext } from '../context';
import { codeOf, errorCodes } from '../errors';
import { MetricsFiguresDocument, type MetricsFiguresQuery } from '../generated/operations';
import type { DoorDependencies } from '../rest/routes';
import { echoRequestId } from '../server/logger';
import { doorOf, outcomeOf } from './doors';
import { observeRequest } from './gateway-metrics';
import { isWrongScraperToken, scraperFromBearer } from './scraper-token';
import { workspaceRegistry } from './workspace-gauges';

/**
 * GET /metrics in the Prometheus text format: the gateway's own metrics plus the workspace figures,
 * which come from a fixed GraphQL document run through the same server, resolvers and cache as
 * POST /graphql. Also counts every request by door, and echoes the request id on every answer.
 */
export function registerMetricsRoutes(app: FastifyInstance, deps: DoorDependencies): void {
  const { metrics, config } = deps.services;
  echoRequestId(app);
  app.addHook('onResponse', async (request, reply) => {
    observeRequest(metrics, doorOf(request.url), outcomeOf(reply.statusCode), reply.elapsedTime / 1000);
  });

  app.get('/metrics', async (request, reply) => {
    const caller = scraperFromBearer(request.headers.authorization, config.metricsToken);
    const wrongSecret = isWrongScraperToken(request.headers.authorization, config.metricsToken);
    const contextValue = createContext(deps.services, { headers: request.headers, address: request.ip, caller, wrongSecret });
    const response = await deps.apollo.executeOperation<MetricsFiguresQuery>({ query: MetricsFiguresDocument }, { contextValue });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    if (!result?.data || result.errors?.length) {
      return sendScrapeError(reply, result?.errors?.[0], config.metricsToken !== undefined);
    }
    const registry = Registry.merge([metrics.registry, workspaceRegistry(result.data.statistics)]);
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

/** The door's wire format for errors: the code's HTTP status and its message as plain text. */
function sendScrapeError(reply: FastifyReply, error: GraphQLFormattedError | undefined, bearerAccepted: boolean): FastifyReply {
  const code = error ? codeOf(error) : 'INTERNAL_SERVER_ERROR';
  const status = errorCodes[code];
  const retryAfter = error?.extensions?.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  if (status === 401 && bearerAccepted) reply.header('www-authenticate', 'Bearer realm="metrics"');
  const message = code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : error!.message;
  return reply.code(status).type('text/plain; charset=utf-8').send(`${message}\n`);
}
