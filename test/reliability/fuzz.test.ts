import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expectedFigures, insertFiguresWorkspace } from '../helpers/figures-workspace';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';
import { histogram, inBatches } from './doors';
import { createFuzzer, type FuzzRequest } from './fuzz-requests';

const seed = 20260307;
const requestCount = 10_000;
const concurrency = 50;

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  // Bad credentials are part of the fuzz; a low failed-login limit would turn most requests into 429s early.
  h = await startHarness({ config: { ...everyRefreshStores, authFailureLimit: { maxFailures: 1_000_000, windowMs: 60_000 } } });
  admin = await insertAdmin(h.db);
  await insertFiguresWorkspace(h.db, new Date());
});
afterAll(() => h.close());

interface Outcome {
  kind: string;
  door: string;
  status: number | 'network error';
  body: string;
  ms: number;
}

/** An error code in a JSON answer (not the label of the same name in /metrics). */
const internalError = /"code":\s*"INTERNAL_SERVER_ERROR"/;

async function send(request: FuzzRequest): Promise<Outcome> {
  const door = request.path.split('?')[0];
  const started = performance.now();
  const ms = () => performance.now() - started;
  try {
    const response = await fetch(h.url + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : (request.body as BodyInit | undefined),
    });
    const body = await response.text();
    // GraphQL reports a resolver's unexpected failure in a 200 as well: such bodies are kept too.
    const keep = response.status >= 500 || internalError.test(body);
    return { kind: request.kind, door, status: response.status, body: keep ? body : '', ms: ms() };
  } catch (error) {
    return { kind: request.kind, door, status: 'network error', body: String((error as Error).cause ?? error), ms: ms() };
  }
}

/** A full collection, when the test process lets us ask for one. */
function collectGarbage(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function settledHeap(gc: () => void): Promise<number> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  return process.memoryUsage().heapUsed;
}

/** Only the specified 503s (busy, database down, pages not built yet) may be server errors. */
const isSpecified503 = (outcome: Outcome) =>
  outcome.status === 503 && /OVERLOADED|DB_UNAVAILABLE|error-server-busy|error-database-unavailable|pages are not built yet/.test(outcome.body);

it(`survives ${requestCount} generated malformed requests across every door with no unexpected 5xx or INTERNAL_SERVER_ERROR`, async () => {
  const gc = collectGarbage();
  // Warm up with another seed: caches, JIT and connection pools reach their working size first.
  const warmUp = createFuzzer(seed + 1, admin);
  await inBatches(
    Array.from({ length: 500 }, () => () => send(warmUp.next())),
    concurrency,
  );
  const baseline = await settledHeap(gc);

  const fuzzer = createFuzzer(seed, admin);
  const started = Date.now();
  // Generated as they are sent, so no request body outlives its request (the heap is measured after).
  const outcomes = await inBatches(
    Array.from({ length: requestCount }, () => () => send(fuzzer.next())),
    concurrency,
  );
  const elapsedMs = Date.now() - started;

  const after = await settledHeap(gc);
  const growthMb = (after - baseline) / 1024 / 1024;
  const statuses = histogram(outcomes.map((o) => o.status));
  const kinds = histogram(outcomes.map((o) => o.kind));
  const slowestMs = Math.max(...outcomes.map((o) => o.ms));
  const meanMsByKind = Object.fromEntries(
    Object.keys(kinds).map((kind) => {
      const times = outcomes.filter((o) => o.kind === kind).map((o) => o.ms);
      return [kind, +(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)];
    }),
  );
  const doorsHit = histogram(outcomes.map((o) => (o.door.startsWith('/workspace') ? '/workspace' : o.door)));
  console.log(
    JSON.stringify(
      {
        seed,
        requests: outcomes.length,
        elapsedMs,
        statuses,
        kinds,
        meanMsByKind,
        slowestMs: Math.round(slowestMs),
        doors: doorsHit,
        heapBaselineMb: +(baseline / 1048576).toFixed(1),
        heapGrowthMb: +growthMb.toFixed(2),
      },
      null,
      1,
    ),
  );

  const unexpected = outcomes.filter((o) => o.status === 'network error' || (o.status >= 500 && !isSpecified503(o)) || internalError.test(o.body));
  expect(unexpected.slice(0, 5)).toEqual([]);
  expect(outcomes).toHaveLength(requestCount);
  // Bounded caches (login results, failure windows) may keep a little; a leak per request would not fit.
  expect(growthMb).toBeLessThan(16);

  // The process is up and still answers correctly.
  expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  const figures = await h.graphql('{ statistics(refresh: true) { totalUsers totalMessages } }', { headers: admin.headers });
  expect(figures.json.data).toEqual({ statistics: { totalUsers: expectedFigures.totalUsers, totalMessages: expectedFigures.totalMessages } });
  // A bound on the run, not a speed check: its time (logged above) depends on the machine's load.
}, 240_000);
