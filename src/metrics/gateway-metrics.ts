import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { CommandLog } from '../db/command-log';
import type { Door, Outcome } from './doors';

/** The gateway's own metrics, in a registry of its own: several gateways may share one process. */
export interface GatewayMetrics {
  registry: Registry;
  httpRequests: Counter<'door' | 'outcome'>;
  httpRequestDuration: Histogram<'door'>;
  graphqlOperations: Counter<'outcome'>;
  graphqlErrors: Counter<'code'>;
  graphqlOperationDuration: Histogram;
  figureComputationDuration: Histogram<'family'>;
  staleAnswers: Counter;
}

export interface MetricSources {
  commands: CommandLog;
  /** Queries sent, by query name, kept by the figure cache. */
  computations: ReadonlyMap<string, number>;
}

const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createGatewayMetrics(sources: MetricSources): GatewayMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  // Read at scrape time from the counts the gateway keeps anyway: no listener to remove on close.
  new Counter({
    name: 'rcstats_db_commands_total',
    help: 'Database commands sent by the gateway (queries, snapshot writes, auth lookups; driver housekeeping excluded).',
    registers,
    collect() {
      this.reset();
      this.inc(sources.commands.total);
    },
  });
  new Counter({
    name: 'rcstats_figure_computations_total',
    help: 'Figure queries actually sent, by query family (figure cache misses and refreshes).',
    labelNames: ['family'],
    registers,
    collect() {
      this.reset();
      for (const [family, count] of sources.computations) this.inc({ family }, count);
    },
  });

  return {
    registry,
    httpRequests: new Counter({
      name: 'rcstats_http_requests_total',
      help: 'HTTP requests answered, by door (graphql, rest, metrics, page, health) and outcome (ok, client_error, server_error).',
      labelNames: ['door', 'outcome'],
      registers,
    }),
    httpRequestDuration: new Histogram({
      name: 'rcstats_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by door.',
      labelNames: ['door'],
      buckets: latencyBuckets,
      registers,
    }),
    graphqlOperations: new Counter({
      name: 'rcstats_graphql_operations_total',
      help: 'GraphQL operations run, from POST /graphql and from the fixed documents of the other doors, by outcome.',
      labelNames: ['outcome'],
      registers,
    }),
    graphqlErrors: new Counter({
      name: 'rcstats_graphql_errors_total',
      help: 'Errors in GraphQL responses, by code (UNAUTHENTICATED, FORBIDDEN, DB_UNAVAILABLE, GRAPHQL_VALIDATION_FAILED, ...).',
      labelNames: ['code'],
      registers,
    }),
    graphqlOperationDuration: new Histogram({
      name: 'rcstats_graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL operation to its response.',
      buckets: latencyBuckets,
      registers,
    }),
    figureComputationDuration: new Histogram({
      name: 'rcstats_figure_computation_duration_seconds',
      help: 'Time one figure query took in the database, by query family (the wait for a free slot excluded).',
      labelNames: ['family'],
      buckets: [...latencyBuckets, 30, 60],
      registers,
    }),
    staleAnswers: new Counter({
      name: 'rcstats_stale_answers_total',
      help: 'Answers (of every door) with figures older than STATISTICS_TTL_MS, served at once while their recomputation ran.',
      registers,
    }),
  };
}

/** Records one answered HTTP request. */
export function observeRequest(metrics: GatewayMetrics, door: Door, outcome: Outcome, seconds: number): void {
  metrics.httpRequests.inc({ door, outcome });
  metrics.httpRequestDuration.observe({ door }, seconds);
}
