import type { FastifyBaseLogger } from 'fastify';
import type { GatewayConfig } from './config';
import type { DatabaseHandle } from './db/connect';
import { Authenticator } from './auth/authenticator';
import { readGatewayFacts, type GatewayFacts } from './figures/gateway';
import { createGatewayMetrics, type GatewayMetrics } from './metrics/gateway-metrics';
import { SnapshotStore } from './snapshots/snapshot-store';
import { ComputationQueue } from './statistics/computation-queue';
import { FigureCache } from './statistics/figure-cache';

/** What lives as long as the gateway process: built once at start and handed to every request's context. */
export interface Services {
  config: GatewayConfig;
  database: DatabaseHandle;
  figureCache: FigureCache;
  queue: ComputationQueue;
  authenticator: Authenticator;
  snapshots: SnapshotStore;
  gateway: GatewayFacts;
  /** Queries actually sent, by query name (cache misses), for tests and /metrics. */
  computations: Map<string, number>;
  /** This gateway's Prometheus registry (never the process-wide default: tests run several gateways). */
  metrics: GatewayMetrics;
}

/** `clock` (ms since the epoch) times the figure windows; tests pass their own. */
export function createServices(config: GatewayConfig, database: DatabaseHandle, log: FastifyBaseLogger, clock?: () => number): Services {
  const queue = new ComputationQueue(config.maxConcurrentComputations, config.maxQueuedComputations);
  const computations = new Map<string, number>();
  return {
    config,
    database,
    queue,
    computations,
    figureCache: new FigureCache({
      db: database.db,
      ttlMs: config.statisticsTtlMs,
      maxStaleMs: config.statisticsMaxStaleMs,
      queue,
      onComputation: (query) => computations.set(query.name, (computations.get(query.name) ?? 0) + 1),
      clock,
    }),
    authenticator: new Authenticator({ db: database.db, cacheTtlMs: config.authCacheTtlMs, failureLimit: config.authFailureLimit, log }),
    snapshots: new SnapshotStore(database.db, config.snapshotCollection),
    gateway: readGatewayFacts(),
    metrics: createGatewayMetrics({ commands: database.commands, computations }),
  };
}
