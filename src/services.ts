import type { FastifyBaseLogger } from 'fastify';
import type { GatewayConfig } from './config';
import type { DatabaseHandle } from './db/connect';
import { Authenticator } from './auth/authenticator';
import { readGatewayFacts, type GatewayFacts } from './figures/gateway';
import { createGatewayMetrics, type GatewayMetrics } from './metrics/gateway-metrics';
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
  snapshots: SnapshotStore;
  /** Takes snapshots one at a time, at most one per minimum interval. */
  snapshotTaker: SnapshotTaker;
  gateway: GatewayFacts;
  /** Queries actually sent, by query name (cache misses), for tests and /metrics. */
  computations: Map<string, number>;
  /** This gateway's Prometheus registry (never the process-wide default: tests run several gateways). */
  metrics: GatewayMetrics;
}

export function createServices(config: GatewayConfig, database: DatabaseHandle, log: FastifyBaseLogger): Services {
  const queue = new ComputationQueue(config.maxConcurrentComputations, config.maxQueuedComputations);
  const computations = new Map<string, number>();
  const snapshots = new SnapshotStore(database, config.snapshotCollection, queue);
  return {
    config,
    database,
    queue,
    computations,
    figureCache: new FigureCache({
      database,
      ttlMs: config.statisticsTtlMs,
      queue,
      onComputation: (query) => computations.set(query.name, (computations.get(query.name) ?? 0) + 1),
    }),
    authenticator: new Authenticator({ database, queue, cacheTtlMs: config.authCacheTtlMs, failureLimit: config.authFailureLimit, log }),
    snapshots,
    snapshotTaker: new SnapshotTaker(snapshots, config.snapshotLimits),
    gateway: readGatewayFacts(),
    metrics: createGatewayMetrics({ commands: database.commands, computations }),
  };
}
