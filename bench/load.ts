import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import type { GatewayUnderTest } from './gateway-client';
import type { BusyInterval } from './gateway-process';
import { quantile, round } from './stats';

/** Latencies of a part of a load's answers, ms. */
export interface LatencyPart {
  requests: number;
  p50: number;
  p99: number;
  max: number;
}

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
  /**
   * The answers whose request overlapped a recomputation (database commands of the gateway running),
   * and the others (warm figures). Absent in results written before they were measured.
   */
  duringRecomputation?: LatencyPart | null;
  warm?: LatencyPart | null;
  /** How long database commands ran during the load, in all (overlaps merged), ms. */
  recomputingMs?: number;
  /** The machine's 1-minute load average when the load started and ended (absent in older results). */
  loadAverage?: { atStart: number; atEnd: number };
}

export interface LoadOptions {
  name: string;
  label: string;
  document: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  ttlMs: number;
  /** The answer every request must get, byte for byte (checked by the caller); unset: any 2xx. */
  expectedBody?: string;
}

/**
 * N concurrent pollers sending one GraphQL document for a fixed time. The caller's check request
 * has just filled the figure cache, as a poller would have: the load starts in the steady state and
 * sees the cache expire and refill every STATISTICS_TTL_MS. Every answer is compared with the checked one.
 */
export async function runLoad(gateway: GatewayUnderTest, options: LoadOptions): Promise<LoadResult> {
  const before = await gateway.counters();
  const loadAverageAtStart = loadavg()[0];
  const startedAt = Date.now();
  // Each answer as [when it ended, its latency], on the wall clock the gateway's process shares.
  const answers: Array<[end: number, ms: number]> = [];
  const load = autocannon({
    url: `${gateway.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query: options.document }),
    connections: options.connections,
    duration: options.seconds,
    ...(options.expectedBody === undefined ? {} : { expectBody: options.expectedBody }),
    timeout: 30,
  });
  load.on('response', (_client, _status, _bytes, ms) => answers.push([Date.now(), ms]));
  const result = await load;
  const after = await gateway.counters();
  const busy = mergeIntervals(await gateway.activity(startedAt));
  const during: number[] = [];
  const warm: number[] = [];
  for (const [end, ms] of answers) (overlaps(busy, end - ms, end) ? during : warm).push(ms);
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
    duringRecomputation: latencyPart(during),
    warm: latencyPart(warm),
    recomputingMs: busy.reduce((sum, [start, end]) => sum + Math.min(end, result.finish.getTime()) - Math.max(start, startedAt), 0),
    loadAverage: { atStart: loadAverageAtStart, atEnd: loadavg()[0] },
  };
}

function latencyPart(latencies: number[]): LatencyPart | null {
  if (latencies.length === 0) return null;
  const sorted = [...latencies].sort((a, b) => a - b);
  return { requests: sorted.length, p50: round(quantile(sorted, 0.5), 1), p99: round(quantile(sorted, 0.99), 1), max: round(sorted[sorted.length - 1], 1) };
}

/** Sorted, disjoint intervals. */
function mergeIntervals(intervals: BusyInterval[]): BusyInterval[] {
  const merged: BusyInterval[] = [];
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Whether [from, to] meets one of the sorted, disjoint intervals (binary search). */
function overlaps(intervals: BusyInterval[], from: number, to: number): boolean {
  let [low, high] = [0, intervals.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = intervals[middle];
    if (end < from) low = middle + 1;
    else if (start > to) high = middle - 1;
    else return true;
  }
  return false;
}
