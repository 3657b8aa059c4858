import type { FastifyBaseLogger } from 'fastify';
import type { GatewayConfig } from './config';
import type { DatabaseHandle } from './db/connect';
import { Authenticator } from './auth/authenticator';
import { GatewayTokenStore } from './auth/gateway-tokens';
import { LoginUsers } from './auth/login-users';
import { PasswordLogin } from './auth/password-login';
import { KeptDays } from './engagement/kept-days';
import { GatewaySeries } from './history/gateway-series';
import { readGatewayFacts, type GatewayFacts } from './figures/gateway';
import { createGatewayMetrics, type GatewayMetrics } from './metrics/gateway-metrics';
import { describeDialect } from './rest/rest-dialect';
import { RestDialectSource } from './rest/rest-dialect-source';
import { SnapshotStore } from './snapshots/snapshot-store';
import { SnapshotTaker } from './snapshots/snapshot-taker';
import { ComputationQueue } from './statistics/computation-queue';
import { FigureCache } from './statistics/figure-cache';

/** What lives as long as the gateway process: built once at start and handed to every request's context. */
export interface Services {
  config: GatewayConfig;
  database: DatabaseHandle;
  figureCache: FigureCache;
  queue: ComputationQueue;
  authenticator: Authenticator;
  /** Tokens POST /api/v1/login issued, in the gateway's own collection. */
  gatewayTokens: GatewayTokenStore;
  passwordLogin: PasswordLogin;
  /** The REST wire format in force (REST_FORMAT, or with auto the Rocket.Chat version's). */
  restDialect: RestDialectSource;
  snapshots: SnapshotStore;
  /** The gateway's own snapshots as history reads them, held in memory (the store tells it of every write). */
  gatewaySeries: GatewaySeries;
  /** The engagement figures of past days, in the gateway's own collection. */
  keptDays: KeptDays;
  /** Takes snapshots one at a time, at most one per minimum interval. */
  snapshotTaker: SnapshotTaker;
  gateway: GatewayFacts;
  /** Queries actually sent, by query name (cache misses), for tests and /metrics. */
  computations: Map<string, number>;
  /** This gateway's Prometheus registry (never the process-wide default: tests run several gateways). */
  metrics: GatewayMetrics;
  /** Logs a query the database refused (the answer only names it). */
  reportQueryFailure: (queryName: string, error: unknown) => void;
}

/** `clock` (ms since the epoch) times the figure windows; tests pass their own. */
export function createServices(config: GatewayConfig, database: DatabaseHandle, log: FastifyBaseLogger, clock?: () => number): Services {
  const queue = new ComputationQueue(config.maxConcurrentComputations, config.maxQueuedComputations);
  const computations = new Map<string, number>();
  const gatewaySeries = new GatewaySeries({
    database,
    collection: config.snapshotCollection,
    queue,
    limits: config.snapshotLimits,
    followIntervalMs: config.snapshotFollowIntervalMs,
    onFailure: (what, error) =>
      log.warn({ err: error }, `the gateway's snapshots could not be read for history (${what}); the next history request reads them again`),
  });
  const snapshots = new SnapshotStore(database, config.snapshotCollection, queue, gatewaySeries);
  const metrics = createGatewayMetrics({ commands: database.commands, computations });
  const reportQueryFailure = (queryName: string, error: unknown) => log.error({ err: error, query: queryName }, `the query ${queryName} failed`);
  const figureCache = new FigureCache({
    database,
    ttlMs: config.statisticsTtlMs,
    maxStaleMs: config.statisticsMaxStaleMs,
    queue,
    clock,
    onComputation: (query) => computations.set(query.name, (computations.get(query.name) ?? 0) + 1),
    onComputed: (query, seconds) => metrics.figureComputationDuration.observe({ family: query.name }, seconds),
    onFailure: (query, error) => reportQueryFailure(query.name, error),
  });
  const restDialect = new RestDialectSource(config.restFormat, database, (dialect) =>
    log.info({ restFormat: dialect.format, chosenBy: dialect.chosenBy }, `REST format: ${describeDialect(dialect)}`),
  );
  const gatewayTokens = new GatewayTokenStore(database, config.loginTokenCollection, config.loginTokenTtlMs);
  return {
    config,
    database,
    queue,
    computations,
    figureCache,
    authenticator: new Authenticator({ database, queue, cacheTtlMs: config.authCacheTtlMs, failureLimit: config.authFailureLimit, log, gatewayTokens }),
    gatewayTokens,
    reportQueryFailure,
    passwordLogin: new PasswordLogin(database, new LoginUsers(database), gatewayTokens),
    restDialect,
    snapshots,
    gatewaySeries,
    keptDays: new KeptDays(database, config.engagementCollection, queue, (error) =>
      log.warn({ err: error }, `engagement days could not be kept in ${config.engagementCollection}; they are computed again when asked`),
    ),
    snapshotTaker: new SnapshotTaker(snapshots, config.snapshotLimits),
    gateway: withRestFormat(readGatewayFacts(), restDialect),
    metrics,
  };
}

/** The gateway's facts, with the REST format read when asked (it may be settled after start). */
function withRestFormat(facts: Pick<GatewayFacts, 'version' | 'commit'>, restDialect: RestDialectSource): GatewayFacts {
  return {
    ...facts,
    get restFormat() {
      return restDialect.current.format;
    },
    get restFormatChosenBy() {
      return describeDialect(restDialect.current);
    },
  };
}
