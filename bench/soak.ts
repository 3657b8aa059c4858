import { randomBytes } from 'node:crypto';
import type { GatewayUnderTest, HttpAnswer } from './gateway-client';
import type { GatewayMemory } from './gateway-process';
import { dashboardDocument } from './documents';
import { quantile, round } from './stats';

/** The doors the soak reports apart. */
export const soakDoors = ['graphql', 'restStatistics', 'restList', 'badTokens'] as const;
export type SoakDoor = (typeof soakDoors)[number];

/** One kind of request of the mix: which door, how it is sent, and which answers are right. */
interface SoakStep {
  name: string;
  door: SoakDoor;
  send(): Promise<HttpAnswer>;
  /** A 200 without GraphQL errors, or a refusal (401, 403, or 429 once a key is over its failure limit). */
  expect: 'ok' | 'refused';
}

export interface SoakLatency {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  /** Answers per HTTP status ("error": no answer, the connection failed). */
  statuses: Record<string, number>;
  /** Answers other than the expected kind (a 200 to a bad token, a 4xx or GraphQL errors to a good request). */
  unexpected: number;
  fiveXx: number;
}

export interface MemorySample extends GatewayMemory {
  /** Seconds since the mix started. */
  atSeconds: number;
}

export interface SoakLoad {
  pollers: number;
  refreshers: number;
  durationMs: number;
  /** The cycles, in the order each worker goes through its own (each worker starts at another step). */
  mix: { polls: string[]; refreshes: string[] };
  doors: Record<SoakDoor, SoakLatency>;
  steps: Record<string, SoakLatency>;
  /** The first few unexpected answers, for the report. */
  firstUnexpected: string[];
  memory: MemorySample[];
}

/** GraphQL with an `errors` member is not a right answer, even with status 200. */
const graphqlFine = (a: HttpAnswer) => a.status === 200 && a.json !== undefined && !a.json.errors;

/** The two cycles of requests: the pollers' and the refreshers'. */
export interface SoakMix {
  polls: SoakStep[];
  refreshes: SoakStep[];
}

/**
 * The fixed mix. Pollers send what a dashboard or an exporter sends (cached figures), pages of
 * statistics.list and wrong tokens for an existing and a random user. Refreshers send refreshes
 * back to back: each stores a snapshot at most once per SNAPSHOT_MIN_INTERVAL_MS (and otherwise
 * answers the newest), but a whole computation takes seconds on FerretDB, so they get their own
 * clients: in one cycle with the polls they would hold every client and the polls would be few.
 */
export function soakMix(gateway: GatewayUnderTest, credentials: { userId: string; authToken: string }): SoakMix {
  const good = { 'X-User-Id': credentials.userId, 'X-Auth-Token': credentials.authToken };
  const wrongToken = () => ({ 'X-User-Id': credentials.userId, 'X-Auth-Token': randomBytes(32).toString('base64url') });
  const randomUser = () => ({ 'X-User-Id': randomBytes(9).toString('base64url'), 'X-Auth-Token': randomBytes(32).toString('base64url') });
  const page = () => `/api/v1/statistics.list?offset=${Math.floor(Math.random() * 20)}&count=10`;
  const steps: Record<string, Omit<SoakStep, 'name'>> = {
    graphqlCached: { door: 'graphql', expect: 'ok', send: () => gateway.graphql(dashboardDocument, good) },
    graphqlTakeSnapshot: { door: 'graphql', expect: 'ok', send: () => gateway.graphql('mutation { takeSnapshot { createdAt totalUsers } }', good) },
    restCached: { door: 'restStatistics', expect: 'ok', send: () => gateway.get('/api/v1/statistics', good) },
    restRefresh: { door: 'restStatistics', expect: 'ok', send: () => gateway.get('/api/v1/statistics?refresh=true', good) },
    restListPage: { door: 'restList', expect: 'ok', send: () => gateway.get(page(), good) },
    badTokenRest: { door: 'badTokens', expect: 'refused', send: () => gateway.get('/api/v1/statistics', wrongToken()) },
    badTokenGraphql: { door: 'badTokens', expect: 'refused', send: () => gateway.graphql(dashboardDocument, wrongToken()) },
    randomUserList: { door: 'badTokens', expect: 'refused', send: () => gateway.get(page(), randomUser()) },
    randomUserGraphql: { door: 'badTokens', expect: 'refused', send: () => gateway.graphql(dashboardDocument, randomUser()) },
  };
  const mix = (names: string[]) => names.map((name) => ({ name, ...steps[name] }));
  return {
    polls: mix([
      'graphqlCached',
      'restCached',
      'restListPage',
      'badTokenRest',
      'graphqlCached',
      'restCached',
      'graphqlCached',
      'randomUserList',
      'restListPage',
      'graphqlCached',
      'restCached',
      'badTokenGraphql',
      'graphqlCached',
      'restListPage',
      'restCached',
      'randomUserGraphql',
    ]),
    refreshes: mix(['restRefresh', 'graphqlTakeSnapshot']),
  };
}

/**
 * A refresher waits this long after each answer: someone pressing refresh every second. Back to back,
 * the refreshes answered from the newest snapshot (inside the minimum interval) would outnumber the polls.
 */
export const refresherPauseMs = 1000;

/** Whether an answer is the kind its step expects. */
export function expected(step: Pick<SoakStep, 'door' | 'expect'>, answer: HttpAnswer): boolean {
  if (step.expect === 'refused') return answer.status === 401 || answer.status === 403 || answer.status === 429;
  return step.door === 'graphql' ? graphqlFine(answer) : answer.status === 200;
}

interface Tally {
  latencies: number[];
  statuses: Record<string, number>;
  unexpected: number;
}

const newTally = (): Tally => ({ latencies: [], statuses: {}, unexpected: 0 });

function summary(t: Tally): SoakLatency {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const fiveXx = Object.entries(t.statuses)
    .filter(([status]) => status.startsWith('5'))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: sorted.length,
    p50: round(quantile(sorted, 0.5), 1),
    p99: round(quantile(sorted, 0.99), 1),
    max: round(sorted[sorted.length - 1] ?? NaN, 1),
    statuses: t.statuses,
    unexpected: t.unexpected,
    fiveXx,
  };
}

/**
 * `workers` concurrent clients, each sending the mix in a loop (one request at a time) until the
 * time is up, and the gateway process's memory sampled every `memoryEverySeconds`, first before
 * the mix starts and last after it ends.
 */
export async function runSoak(
  gateway: GatewayUnderTest,
  mix: SoakMix,
  options: { pollers: number; refreshers: number; seconds: number; memoryEverySeconds: number; log: (line: string) => void },
): Promise<SoakLoad> {
  const doors = Object.fromEntries(soakDoors.map((door) => [door, newTally()])) as Record<SoakDoor, Tally>;
  const byStep = Object.fromEntries([...mix.polls, ...mix.refreshes].map((s) => [s.name, newTally()]));
  const firstUnexpected: string[] = [];
  const memory: MemorySample[] = [];
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  memory.push({ atSeconds: 0, ...(await gateway.memory()) });
  const deadline = started + options.seconds * 1000;

  const sampler = setInterval(() => {
    void gateway.memory().then((m) => {
      const sample = { atSeconds: round(elapsed(), 0), ...m };
      memory.push(sample);
      const sent = Object.values(doors).reduce((sum, t) => sum + t.latencies.length, 0);
      options.log(`  ${sample.atSeconds} s: ${sent} requests, gateway RSS ${(m.rssBytes / 2 ** 20).toFixed(1)} MiB`);
    });
  }, options.memoryEverySeconds * 1000);

  const worker = async (steps: SoakStep[], index: number, pauseMs: number) => {
    for (let i = index; performance.now() < deadline; i++) {
      if (pauseMs > 0 && i > index) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const step = steps[i % steps.length];
      const tallies = [doors[step.door], byStep[step.name]];
      const sentAt = performance.now();
      let status: string;
      let fine: boolean;
      try {
        const answer = await step.send();
        status = String(answer.status);
        fine = expected(step, answer);
        if (!fine && firstUnexpected.length < 10) firstUnexpected.push(`${step.name}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
      } catch (error) {
        status = 'error';
        fine = false;
        if (firstUnexpected.length < 10) firstUnexpected.push(`${step.name}: ${(error as Error).message}`);
      }
      const ms = performance.now() - sentAt;
      for (const t of tallies) {
        t.latencies.push(ms);
        t.statuses[status] = (t.statuses[status] ?? 0) + 1;
        if (!fine) t.unexpected++;
      }
    }
  };
  // Each worker starts at another step of its cycle, so the workers do not send the same request at once.
  await Promise.all([
    ...Array.from({ length: options.pollers }, (_, i) => worker(mix.polls, i * 5, 0)),
    ...Array.from({ length: options.refreshers }, (_, i) => worker(mix.refreshes, i, refresherPauseMs)),
  ]);
  const durationMs = performance.now() - started;
  clearInterval(sampler);
  memory.push({ atSeconds: round(elapsed(), 0), ...(await gateway.memory()) });
  return {
    pollers: options.pollers,
    refreshers: options.refreshers,
    durationMs: round(durationMs, 0),
    mix: { polls: mix.polls.map((s) => s.name), refreshes: mix.refreshes.map((s) => s.name) },
    doors: Object.fromEntries(soakDoors.map((door) => [door, summary(doors[door])])) as Record<SoakDoor, SoakLatency>,
    steps: Object.fromEntries(Object.entries(byStep).map(([name, t]) => [name, summary(t)])),
    firstUnexpected,
    memory,
  };
}

/**
 * The sample before the mix (the idle process), and under load: the first sample (the start), the one
 * nearest the middle and the last, with the largest change from the start. The first seconds of load
 * grow the process to its working set (sockets, buffers, compiled code, the figure cache); a leak is
 * what grows after that, so flatness is judged from the first sample under load.
 */
export function memoryVerdict(memory: MemorySample[]): { idle: number; start: number; middle: number; end: number; largestChange: number } {
  const idle = memory[0].rssBytes;
  const loaded = memory.length > 1 ? memory.slice(1) : memory;
  const start = loaded[0].rssBytes;
  const end = loaded[loaded.length - 1].rssBytes;
  const half = (loaded[0].atSeconds + loaded[loaded.length - 1].atSeconds) / 2;
  const middle = loaded.reduce((best, m) => (Math.abs(m.atSeconds - half) < Math.abs(best.atSeconds - half) ? m : best)).rssBytes;
  const largestChange = Math.max(...[middle, end].map((value) => Math.abs(value - start) / start));
  return { idle, start, middle, end, largestChange: round(largestChange, 3) };
}
