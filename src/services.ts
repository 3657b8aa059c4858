import type { GatewayConfig } from './config';
import type { DatabaseHandle } from './db/connect';
import { Authenticator } from './auth/authenticator';
import { readGatewayFacts, type GatewayFacts } from './figures/gateway';
import { createGatewayMetrics, type GatewayMetrics } from './metrics/gateway-metrics';
import type { QueryFamily } from './queries/families';
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
  /** Queries actually sent per family (cache misses), for tests and /metrics. */
  computations: Map<QueryFamily, number>;
  /** This gateway's Prometheus registry (never the process-wide default: tests run several gateways). */
  metrics: GatewayMetrics;
}

export function createServices(config: GatewayConfig, database: DatabaseHandle): Services {
  const queue = new ComputationQueue(config.maxConcurrentComputations, config.maxQueuedComputations);
  const computations = new Map<QueryFamily, number>();
  return {
    config,
    database,
    queue,
    computations,
    figureCache: new FigureCache({
      database,
      ttlMs: config.statisticsTtlMs,
      queue,
      onComputation: (family) => computations.set(family, (computations.get(family) ?? 0) + 1),
    }),
    authenticator: new Authenticator({ database, cacheTtlMs: config.authCacheTtlMs, failureLimit: config.authFailureLimit }),
    snapshots: new SnapshotStore(database, config.snapshotCollection),
    gateway: readGatewayFacts(),
    metrics: createGatewayMetrics({ commands: database.commands, computations }),
  };
}
