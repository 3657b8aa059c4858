import autocannon from 'autocannon';
import type { GatewayUnderTest } from './gateway-client';
import { round } from './stats';

export interface LoadResult {
  name: string;
  label: string;
  status: 'ok' | 'wrong';
  connections: number;
  durationMs: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Non-2xx answers, answers that differ from the checked one, connection errors. */
  non2xx: number;
  mismatches: number;
  errors: number;
  /** Database commands and queries per family the gateway sent during the load. */
  commands: number;
  computations: Record<string, number>;
  /** How many figure-cache windows (STATISTICS_TTL_MS) the load spanned. */
  cacheWindows: number;
  gatewayCpuMs: number;
}

export interface LoadOptions {
  name: string;
  label: string;
  document: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  ttlMs: number;
  /** The answer every request must get, byte for byte (checked by the caller). */
  expectedBody: string;
}

/**
 * N concurrent pollers sending one GraphQL document for a fixed time. The caller's check request
 * has just filled the figure cache, as a poller would have: the load starts in the steady state and
 * sees the cache expire and refill every STATISTICS_TTL_MS. Every answer is compared with the checked one.
 */
export async function runLoad(gateway: GatewayUnderTest, options: LoadOptions): Promise<LoadResult> {
  const before = await gateway.counters();
  const result = await autocannon({
    url: `${gateway.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query: options.document }),
    connections: options.connections,
    duration: options.seconds,
    expectBody: options.expectedBody,
    timeout: 30,
  });
  const after = await gateway.counters();
  const durationMs = result.finish.getTime() - result.start.getTime();
  const requests = result.requests.total;
  return {
    name: options.name,
    label: options.label,
    status: result.non2xx + result.mismatches + result.errors > 0 || requests === 0 ? 'wrong' : 'ok',
    connections: options.connections,
    durationMs,
    requests,
    requestsPerSecond: round(requests / (durationMs / 1000), 1),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    errors: result.errors,
    commands: after.commands - before.commands,
    computations: Object.fromEntries(
      Object.entries(after.computations)
        .map(([family, count]) => [family, count - (before.computations[family] ?? 0)] as const)
        .filter(([, count]) => count > 0),
    ),
    cacheWindows: Math.max(1, Math.ceil(durationMs / options.ttlMs)),
    gatewayCpuMs: round(after.cpuMs - before.cpuMs, 0),
  };
}
