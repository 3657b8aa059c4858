import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { connectDatabase } from '../../src/db/connect';
import { startDatabase, type RunningDatabase } from '../../src/db/ferretdb-process';
import { findFreePort } from '../../src/db/free-port';
import { expectedFigures, insertFiguresWorkspace } from '../helpers/figures-workspace';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';
import { histogram } from './doors';

const dbTimeoutMs = 1500;
/** Scheduling slack on a busy machine: a failing request must answer within dbTimeoutMs plus this. */
const marginMs = 1000;
const snapshotCollection = 'gateway_statistics';

let h: Harness;
let admin: TestCredentials;
let server: RunningDatabase | undefined;
let port: number;
const dataDir = mkdtempSync(join(tmpdir(), 'rc-stats-faults-'));
const logLines: Array<{ level: number; msg: string; cause?: string }> = [];

/** The gateway's log lines about the database coming and going, since the `from`-th line. */
const reachabilityLines = (from = 0) => logLines.slice(from).filter((line) => /^database (unreachable|reachable)/.test(line.msg));

beforeAll(async () => {
  // Nothing listens on the port yet: the gateway starts with its database down.
  port = await findFreePort();
  const url = `mongodb://127.0.0.1:${port}/`;
  const handle = connectDatabase({ url, dbName: 'stats_faults', readPreference: 'primary', timeoutMs: dbTimeoutMs });
  const database = {
    url,
    handle,
    get server() {
      return server;
    },
    stop: async () => {
      await handle.close();
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const logStream = new PassThrough();
  let partial = '';
  logStream.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    for (const line of lines) logLines.push(JSON.parse(line));
  });
  // No reuse of figures or logins: every request of the load needs the database.
  h = await startHarness({
    database,
    logStream,
    config: { ...everyRefreshStores, dbTimeoutMs, snapshotCollection, statisticsTtlMs: 0, authCacheTtlMs: 0, logLevel: 'warn' },
  });
});
afterAll(async () => {
  // The harness was given this database, so stopping it (driver and server) is this file's job.
  await h.close();
  await h.database.stop();
});

interface Timed {
  status: number;
  code: string | undefined;
  ms: number;
  startedAt: number;
  text: string;
}

const fullFigures = '{ statistics(refresh: true) { totalUsers totalMessages totalRooms onlineUsers uploadsTotalSize version lastLogin instanceCount } }';

/** The requests of the load, one per door. */
const doorRequests: Array<[string, () => Promise<Response>]> = [
  [
    'POST /graphql',
    () =>
      fetch(`${h.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...admin.headers },
        body: JSON.stringify({ query: fullFigures }),
      }),
  ],
  ['GET /api/v1/statistics.list', () => fetch(`${h.url}/api/v1/statistics.list?count=1`, { headers: admin.headers })],
  ['GET /metrics', () => fetch(`${h.url}/metrics`, { headers: admin.headers })],
  ['GET /readyz', () => fetch(`${h.url}/readyz`)],
];

async function timed(send: () => Promise<Response>): Promise<Timed> {
  const startedAt = Date.now();
  const response = await send();
  const text = await response.text();
  let code: string | undefined;
  try {
    const body = JSON.parse(text);
    code = body.errors?.[0]?.extensions?.code ?? body.errorType ?? body.status;
  } catch {
    code = text.slice(0, 40);
  }
  return { status: response.status, code, ms: Date.now() - startedAt, startedAt, text };
}

async function figures(): Promise<Timed & { json?: any }> {
  const answer = await timed(doorRequests[0][1]);
  return { ...answer, json: answer.status === 200 ? JSON.parse(answer.text) : undefined };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

const results: Record<string, unknown> = {};
afterAll(() => console.log(JSON.stringify({ ...results, reachabilityLog: reachabilityLines() }, null, 1)));

it('starts with the database down: /readyz and every door answer 503 within the timeout; then recovers when it comes up', async () => {
  expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  admin = { userId: 'not-yet', authToken: 'not-yet', headers: { 'x-user-id': 'not-yet', 'x-auth-token': 'not-yet' } };
  const down = await Promise.all(doorRequests.map(([, send]) => timed(send)));
  results.startedDown = down.map((answer, i) => ({ door: doorRequests[i][0], status: answer.status, code: answer.code, ms: answer.ms }));
  for (const answer of down) {
    expect(answer.status).toBe(503);
    expect(answer.ms).toBeLessThanOrEqual(dbTimeoutMs + marginMs);
  }
  expect(down[0].code).toBe('DB_UNAVAILABLE');
  expect(down[0].text).toMatch(/database is unavailable/);
  expect(down[1].code).toBe('error-database-unavailable');

  server = await startDatabase({ port, dataDir });
  results.readyAfterStartMs = await waitFor(async () => (await fetch(`${h.url}/readyz`)).status === 200, 10_000);
  admin = await insertAdmin(h.db);
  await insertFiguresWorkspace(h.db, new Date());
  const answer = await figures();
  expect(answer.json.data.statistics).toMatchObject({ totalUsers: expectedFigures.totalUsers, totalMessages: expectedFigures.totalMessages });
  // Four failed requests and any number of failed pings: one warning that it is away, one that it is back.
  expect(reachabilityLines().map((line) => [line.level, line.msg.split(':')[0]])).toEqual([
    [40, 'database unreachable'],
    [40, 'database reachable again'],
  ]);
  expect(reachabilityLines()[0].cause).toMatch(/ECONNREFUSED|Server selection timed out|no answer to a ping/);
});

it('a snapshot interrupted by a database failure is not stored, on GraphQL and REST alike', async () => {
  const snapshots = h.db.collection(snapshotCollection);
  const before = await snapshots.countDocuments();

  for (const [door, send] of [
    [
      'mutation takeSnapshot',
      () =>
        fetch(`${h.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...admin.headers },
          body: JSON.stringify({ query: 'mutation { takeSnapshot { id } }' }),
        }),
    ],
    ['GET /api/v1/statistics?refresh=true', () => fetch(`${h.url}/api/v1/statistics?refresh=true`, { headers: admin.headers })],
  ] as const) {
    // The database dies (SIGKILL, no goodbye) as the snapshot's fifth command starts: some figures
    // are computed by then, the others fail.
    let started = 0;
    const stopListening = h.database.handle.commands.onCommand(() => {
      started += 1;
      if (started === 5) server!.process.kill('SIGKILL');
    });
    const answer = await timed(send);
    stopListening();
    await server!.stop();
    results[`interrupted ${door}`] = { status: answer.status, code: answer.code, ms: answer.ms, commandsStarted: started };
    expect(answer.status).toBe(503);
    expect(answer.ms).toBeLessThanOrEqual(dbTimeoutMs + marginMs);
    expect(started).toBeGreaterThanOrEqual(5);

    server = await startDatabase({ port, dataDir });
    await waitFor(async () => (await fetch(`${h.url}/readyz`)).status === 200, 10_000);
    expect(await snapshots.countDocuments()).toBe(before);
  }

  // The same request, undisturbed, stores exactly one.
  const stored = await timed(() =>
    fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin.headers },
      body: JSON.stringify({ query: 'mutation { takeSnapshot { id totalUsers } }' }),
    }),
  );
  expect(JSON.parse(stored.text).data.takeSnapshot.totalUsers).toBe(expectedFigures.totalUsers);
  expect(await snapshots.countDocuments()).toBe(before + 1);
});

it('the database stops in the middle of a load: 503s within the timeout, then correct figures again without a restart of the gateway', async () => {
  const answers: Array<Timed & { door: string }> = [];
  let running = true;
  const worker = async (index: number) => {
    for (let round = 0; running; round += 1) {
      const [door, send] = doorRequests[(index + round) % doorRequests.length];
      answers.push({ ...(await timed(send)), door });
    }
  };
  const workers = Array.from({ length: 16 }, (_, i) => worker(i));

  let stoppedAt = 0;
  let stopTookMs = 0;
  let restartedAt = 0;
  let upAt = 0;
  let recoveredAfterMs = 0;
  try {
    // The load runs before the crash: at least a second and 21 answers (a loaded machine answers fewer per second).
    const loadStartedAt = Date.now();
    while ((Date.now() - loadStartedAt < 1000 || answers.length <= 20) && Date.now() - loadStartedAt < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // A crash: the process is gone at once, with no graceful shutdown (SIGTERM takes FerretDB ~3 s).
    stoppedAt = Date.now();
    server!.process.kill('SIGKILL');
    await server!.stop();
    stopTookMs = Date.now() - stoppedAt;
    await new Promise((resolve) => setTimeout(resolve, 3 * dbTimeoutMs));
    restartedAt = Date.now();
    server = await startDatabase({ port, dataDir });
    upAt = Date.now();
    recoveredAfterMs = await waitFor(async () => {
      const answer = await figures();
      return answer.status === 200 && answer.json.data.statistics.totalUsers === expectedFigures.totalUsers;
    }, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    running = false;
  }
  await Promise.all(workers);

  const before = answers.filter((a) => a.startedAt + a.ms < stoppedAt);
  const down = answers.filter((a) => a.startedAt > stoppedAt + stopTookMs && a.startedAt + a.ms < restartedAt);
  const after = answers.filter((a) => a.startedAt > upAt + recoveredAfterMs);
  results.load = {
    requests: answers.length,
    before: histogram(before.map((a) => a.status)),
    down: histogram(down.map((a) => `${a.door} ${a.status} ${a.code}`)),
    all: histogram(answers.map((a) => `${a.door} ${a.status} ${a.ms > dbTimeoutMs ? 'slow' : 'fast'}`)),
    after: histogram(after.map((a) => a.status)),
    slowestDownMs: Math.max(...down.map((a) => a.ms)),
    slowestOverallMs: Math.max(...answers.map((a) => a.ms)),
    stopTookMs,
    restartTookMs: upAt - restartedAt,
    recoveredAfterMs,
  };

  expect(before.length).toBeGreaterThan(20);
  expect(before.every((a) => a.status === 200)).toBe(true);
  // 16 workers, each waiting up to one timeout per request while the database is away.
  expect(down.length).toBeGreaterThanOrEqual(10);
  for (const answer of down) {
    expect({ door: answer.door, status: answer.status }).toEqual({ door: answer.door, status: 503 });
    expect(answer.ms).toBeLessThanOrEqual(dbTimeoutMs + marginMs);
  }
  // Nothing but 200s and the specified 503s, and nothing slower than a timeout, at any moment.
  expect(answers.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
  expect(Math.max(...answers.map((a) => a.ms))).toBeLessThanOrEqual(dbTimeoutMs + marginMs);
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((a) => a.status === 200)).toBe(true);
  const figuresAfter = await figures();
  expect(figuresAfter.json.data.statistics).toMatchObject({
    totalUsers: expectedFigures.totalUsers,
    totalRooms: expectedFigures.totalRooms,
    uploadsTotalSize: expectedFigures.uploadsTotalSize,
  });
});

it('the database hangs (SIGSTOP): every door answers 503 within the timeout, in-flight requests too; then 200 again after SIGCONT', async () => {
  const graphqlPost = (query: string) => () =>
    fetch(`${h.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...admin.headers }, body: JSON.stringify({ query }) });
  const everyDoor: Array<[string, () => Promise<Response>]> = [
    ['POST /graphql', graphqlPost(fullFigures)],
    ['mutation takeSnapshot', graphqlPost('mutation { takeSnapshot { id } }')],
    ['GET /api/v1/statistics', () => fetch(`${h.url}/api/v1/statistics`, { headers: admin.headers })],
    ['GET /api/v1/statistics?refresh=true', () => fetch(`${h.url}/api/v1/statistics?refresh=true`, { headers: admin.headers })],
    ['GET /api/v1/statistics.list', () => fetch(`${h.url}/api/v1/statistics.list?count=1`, { headers: admin.headers })],
    ['GET /metrics', () => fetch(`${h.url}/metrics`, { headers: admin.headers })],
    ['GET /readyz', () => fetch(`${h.url}/readyz`)],
  ];
  for (const [door, send] of everyDoor) expect([door, (await timed(send)).status]).toEqual([door, 200]);
  const linesBefore = logLines.length;

  const stopped = server!.process;
  try {
    // In flight: the snapshot's third command finds the database stopped, its first two were answered.
    // At that moment a new request goes to every door (the driver still holds its connections open).
    let started = 0;
    let hungDoors: Promise<Timed[]> | undefined;
    const stopListening = h.database.handle.commands.onCommand(() => {
      started += 1;
      if (started !== 3) return;
      stopped.kill('SIGSTOP');
      hungDoors = Promise.all(everyDoor.map(([, send]) => timed(send)));
    });
    const inFlight = await timed(everyDoor[1][1]);
    stopListening();
    const hung = await hungDoors!;
    results.hung = {
      inFlight: { status: inFlight.status, code: inFlight.code, ms: inFlight.ms },
      doors: Object.fromEntries(hung.map((answer, i) => [everyDoor[i][0], { status: answer.status, code: answer.code, ms: answer.ms }])),
    };
    expect(started).toBeGreaterThanOrEqual(3);
    const answers = [['in-flight takeSnapshot', inFlight] as const, ...hung.map((answer, i) => [everyDoor[i][0], answer] as const)];
    expect(answers.map(([door, answer]) => [door, answer.status, answer.ms <= dbTimeoutMs + marginMs])).toEqual(answers.map(([door]) => [door, 503, true]));
    expect(hung[0].code).toBe('DB_UNAVAILABLE');
    expect(hung[4].code).toBe('error-database-unavailable');
  } finally {
    stopped.kill('SIGCONT');
  }

  results.hungRecoveredAfterMs = await waitFor(async () => (await timed(everyDoor[0][1])).status === 200, 10_000);
  for (const [door, send] of everyDoor) expect([door, (await timed(send)).status]).toEqual([door, 200]);
  // Eight failed requests, one outage: one warning each way, the first with its cause.
  expect(reachabilityLines(linesBefore).map((line) => [line.level, line.msg.split(':')[0], line.cause])).toEqual([
    [40, 'database unreachable', `no answer to a ping within ${dbTimeoutMs} ms`],
    [40, 'database reachable again', undefined],
  ]);
});
