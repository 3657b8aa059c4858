import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { GatewayConfig } from '../config';
import { createContext, type GatewayContext } from '../context';
import type { DatabaseHandle } from '../db/connect';
import { buildGatewaySchema } from '../schema/build-schema';
import { createServices, type Services } from '../services';
import { logDatabaseReachability } from './database-log';
import { createFormatError } from './format-error';
import { registerApiNotFound } from './not-found';
import { registerSecurityHeaders } from './security-headers';
import { registerHealthRoutes } from './health';
import { registerConditionalGet } from './http-caching';
import { partialAnswers } from './partial-answers';
import { registerRequestHooks } from './request-hooks';
import { loggerOptions } from './logger';
import { registerHttpErrors } from '../limits/http-errors';
import { introspectionRules } from '../limits/introspection';
import { persistedQueries } from '../limits/persisted-queries';
import { queryProtection } from '../limits/query-protection';
import { metricsPlugin } from '../metrics/plugin';
import { answerAgePlugin } from '../statistics/answer-age-plugin';
import { statisticsResponseCache } from '../statistics/response-cache';
import { registerMetricsRoutes } from '../metrics/routes';
import { registerRestRoutes } from '../rest/routes';
import { graphiqlLandingPage } from '../web/landing-page';
import { registerWebRoutes } from '../web/routes';

export interface Gateway {
  app: FastifyInstance;
  apollo: ApolloServer<GatewayContext>;
  services: Services;
  close(): Promise<void>;
}

export interface GatewayOptions {
  /** false: no logs at all (most tests). */
  logger?: boolean;
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: NodeJS.WritableStream;
  /** The clock of the figure windows, ms since the epoch (tests step their own). */
  clock?: () => number;
}

/** Wires the HTTP doors to one Apollo server over one set of services. Does not listen. */
export async function createGateway(config: GatewayConfig, database: DatabaseHandle, options: GatewayOptions = {}): Promise<Gateway> {
  const logging = loggerOptions(config, options.logStream);
  const app = Fastify({
    ...logging,
    logger: options.logger === false ? false : logging.logger,
    bodyLimit: config.limits.bodyLimitBytes,
    // X-Forwarded-For only from the proxies TRUST_PROXY names (none by default): trusting a peer that
    // is not a proxy lets any caller pick its own address and escape the per-address failed-login limit.
    trustProxy: config.trustProxy,
  });
  // Before anything reads the database (the REST format is read at start), so no transition goes unlogged.
  logDatabaseReachability(app, database.reachability);
  const services = createServices(config, database, app.log, options.clock);
  // The gateway's own snapshots are read once, now, in the background: the first history request normally finds them held.
  services.gatewaySeries.start();
  app.addHook('onClose', async () => services.gatewaySeries.close());
  // Security headers first, so that answers refused before routing (a bad Host) carry them too.
  await registerSecurityHeaders(app);
  // Hooks and the error handler of every route, whichever door it belongs to.
  registerRequestHooks(app, services.metrics);
  registerHttpErrors(app, { bodyLimitBytes: config.limits.bodyLimitBytes });
  registerConditionalGet(app, (path) => path === '/graphql' || path === '/api/v1/statistics' || path === '/api/v1/statistics.list');
  const protection = queryProtection(config.limits);
  const apollo = new ApolloServer<GatewayContext>({
    schema: await buildGatewaySchema(),
    // INTROSPECTION=false is enforced by introspectionRules, with a message naming the setting.
    introspection: true,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries, held to the query limits: see persistedQueries.
    persistedQueries: persistedQueries(),
    // A GET must carry a header no HTML form can send: Apollo's own, or the login headers every
    // statistics request needs anyway (a cross-site page cannot set them without a CORS preflight,
    // which the gateway does not answer).
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'x-user-id', 'x-auth-token'] },
    includeStacktraceInErrorResponses: false,
    // main.ts stops the gateway and the embedded database on SIGINT/SIGTERM; Apollo's own handler
    // (active whenever NODE_ENV is not test) would race it and leave the process hanging.
    stopOnTerminationSignals: false,
    formatError: createFormatError((error) => app.log.error({ err: error }, 'unexpected error')),
    validationRules: [...protection.validationRules, ...introspectionRules(config.introspection)],
    parseOptions: protection.parseOptions,
    plugins: [
      fastifyApolloDrainPlugin(app),
      graphiqlLandingPage(),
      metricsPlugin(services),
      partialAnswers(),
      statisticsResponseCache(config.statisticsTtlMs, services.figureCache),
      answerAgePlugin(services),
      ...protection.plugins,
    ],
  });
  await apollo.start();
  // REST_FORMAT=auto reads the Rocket.Chat version now, so the startup lines can say which format is in use.
  await services.restDialect.settle();

  const doors = { apollo, services };
  registerHealthRoutes(app, database.reachability);
  registerRestRoutes(app, doors);
  await registerApiNotFound(app, () => services.restDialect.current.format);
  registerMetricsRoutes(app, doors);
  registerWebRoutes(app, doors);
  await app.register(fastifyApollo(apollo), {
    context: async (request) => createContext(services, { headers: request.headers, address: request.ip }),
  });

  return {
    app,
    apollo,
    services,
    close: async () => {
      await app.close();
      await apollo.stop().catch(() => undefined);
    },
  };
}
