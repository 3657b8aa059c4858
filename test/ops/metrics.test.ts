import { randomBytes } from 'node:crypto';
import { register as globalRegistry } from 'prom-client';
import { testConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import { createGateway } from '../../src/server/create-gateway';
import { expectedFigures, insertFiguresWorkspace } from '../helpers/figures-workspace';
import { insertAdmin, insertUserWithToken, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { parseSamples, sample } from './prometheus-text';

const metricsToken = randomBytes(24).toString('base64url');
let h: Harness;
let admin: TestCredentials;
let viewer: TestCredentials;

beforeAll(async () => {
  // A long TTL: the exact computation counts below must not depend on how fast the test runs.
  h = await startHarness({ config: { metricsToken, statisticsTtlMs: 60_000 } });
  admin = await insertAdmin(h.db, { status: 'offline', statusConnection: 'offline' });
  viewer = await insertUserWithToken(h.db);
  await insertFiguresWorkspace(h.db, new Date());
});
afterAll(() => h.close());

const scrape = (headers: Record<string, string> = admin.headers) => h.rest('/metrics', headers);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

// The viewer is one more active, offline human user than expectedFigures counts.
const workspaceGauges: Array<[string, Record<string, string>, number]> = [
  ['rcstats_workspace_users', { status: 'online' }, expectedFigures.onlineUsers],
  ['rcstats_workspace_users', { status: 'away' }, expectedFigures.awayUsers],
  ['rcstats_workspace_users', { status: 'busy' }, expectedFigures.busyUsers],
  ['rcstats_workspace_users', { status: 'offline' }, expectedFigures.offlineUsers + 1],
  ['rcstats_workspace_active_users', {}, expectedFigures.activeUsers + 1],
  ['rcstats_workspace_deactivated_users', {}, expectedFigures.nonActiveUsers],
  ['rcstats_workspace_active_guests', {}, expectedFigures.activeGuests],
  ['rcstats_workspace_app_users', {}, expectedFigures.appUsers],
  ['rcstats_workspace_rooms', { type: 'channel' }, expectedFigures.totalChannels],
  ['rcstats_workspace_rooms', { type: 'private_group' }, expectedFigures.totalPrivateGroups],
  ['rcstats_workspace_rooms', { type: 'direct' }, expectedFigures.totalDirect],
  ['rcstats_workspace_rooms', { type: 'livechat' }, expectedFigures.totalLivechat],
  ['rcstats_workspace_discussions', {}, expectedFigures.totalDiscussions],
  ['rcstats_workspace_messages', { room_type: 'channel' }, expectedFigures.totalChannelMessages],
  ['rcstats_workspace_messages', { room_type: 'private_group' }, expectedFigures.totalPrivateGroupMessages],
  ['rcstats_workspace_messages', { room_type: 'discussion' }, expectedFigures.totalDiscussionsMessages],
  ['rcstats_workspace_messages', { room_type: 'direct' }, expectedFigures.totalDirectMessages],
  ['rcstats_workspace_messages', { room_type: 'livechat' }, expectedFigures.totalLivechatMessages],
  ['rcstats_workspace_threads', {}, expectedFigures.totalThreads],
  ['rcstats_workspace_uploads', {}, expectedFigures.uploadsTotal],
  ['rcstats_workspace_uploads_bytes', {}, expectedFigures.uploadsTotalSize],
  ['rcstats_workspace_live_instances', {}, expectedFigures.instanceCount],
];

function sumOf(samples: Map<string, number>, name: string): number {
  return [...samples].filter(([key]) => key.startsWith(`${name}{`)).reduce((total, [, value]) => total + value, 0);
}

describe('workspace gauges', () => {
  it('equal the figures of the data the test inserted, in the Prometheus text format', async () => {
    const answer = await scrape();
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseSamples(answer.text);
    for (const [name, labels, value] of workspaceGauges) expect([name, labels, sample(samples, name, labels)]).toEqual([name, labels, value]);
  });

  it('labelled series add up to the totals', async () => {
    const samples = parseSamples((await scrape()).text);
    expect(sumOf(samples, 'rcstats_workspace_users')).toBe(expectedFigures.totalUsers + 1);
    expect(sumOf(samples, 'rcstats_workspace_rooms')).toBe(expectedFigures.totalRooms);
    expect(sumOf(samples, 'rcstats_workspace_messages')).toBe(expectedFigures.totalMessages);
  });

  it('are the same with the bearer token', async () => {
    const answer = await scrape(bearer(metricsToken));
    expect(answer.status).toBe(200);
    const samples = parseSamples(answer.text);
    for (const [name, labels, value] of workspaceGauges) expect(sample(samples, name, labels)).toBe(value);
  });
});

describe('protected like every door', () => {
  it('401 without credentials, in plain text, naming both ways in', async () => {
    const answer = await scrape({});
    expect(answer.status).toBe(401);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.text).toMatch(/^You must be logged in/);
    expect(answer.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(answer.text).not.toMatch(/rcstats_/);
  });

  it('401 with a wrong bearer token', async () => {
    const answer = await scrape(bearer(`${metricsToken}x`));
    expect(answer.status).toBe(401);
    expect(answer.text).not.toMatch(/rcstats_/);
  });

  it('403 for a user without view-statistics', async () => {
    const answer = await scrape(viewer.headers);
    expect(answer.status).toBe(403);
    expect(answer.text).toMatch(/^Not allowed/);
    expect(answer.text).not.toMatch(/rcstats_/);
  });

  it('429 with Retry-After past the failed-login limit, a wrong METRICS_TOKEN counting as a failure; valid credentials still pass', async () => {
    const strict = await startHarness({ database: h.database, config: { metricsToken, authFailureLimit: { maxFailures: 1, windowMs: 60_000 } } });
    try {
      expect((await strict.rest('/metrics', bearer('wrong'))).status).toBe(401);
      expect((await strict.rest('/metrics', admin.headers)).status).toBe(200);
      expect((await strict.rest('/metrics', bearer(metricsToken))).status).toBe(200);
      for (const wrong of [bearer('wrong-again'), { ...admin.headers, 'x-auth-token': 'wrong' }]) {
        const limited = await strict.rest('/metrics', wrong);
        expect(limited.status).toBe(429);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
        expect(limited.text).toMatch(/^Too many failed logins/);
      }
    } finally {
      await strict.close();
    }
  });

  it('200 within DB_TIMEOUT_MS when the database is down: gateway and process metrics, rcstats_database_up 0, no workspace gauge', async () => {
    const database = connectDatabase({ url: 'mongodb://127.0.0.1:9/down', readPreference: 'primary', timeoutMs: 200 });
    const gateway = await createGateway(testConfig({ metricsToken, dbTimeoutMs: 200 }), database, { logger: false });
    try {
      const url = await gateway.app.listen({ port: 0, host: '127.0.0.1' });
      const started = Date.now();
      const answer = await fetch(`${url}/metrics`, { headers: bearer(metricsToken) });
      const text = await answer.text();
      const elapsed = Date.now() - started;
      expect(answer.status).toBe(200);
      const samples = parseSamples(text);
      expect(sample(samples, 'rcstats_database_up')).toBe(0);
      expect(sample(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
      expect(text).toMatch(/^# TYPE rcstats_http_requests_total counter$/m);
      expect(sample(samples, 'rcstats_graphql_errors_total', { code: 'DB_UNAVAILABLE' })).toBeGreaterThan(0);
      expect(text).not.toMatch(/^rcstats_workspace_/m);
      expect(text).not.toMatch(/^rocketchat_/m);
      expect(text).not.toMatch(/^rcstats_last_snapshot_timestamp_seconds /m);
      expect(text).not.toMatch(/127\.0\.0\.1|mongodb:/);
      // A bound, not a timing: the database calls give up after DB_TIMEOUT_MS (here 200 ms), run side by side.
      expect(elapsed).toBeLessThan(10_000);
      // A user token cannot be checked without the database: no metrics for it.
      const unchecked = await fetch(`${url}/metrics`, { headers: admin.headers });
      expect(unchecked.status).toBe(503);
      expect(await unchecked.text()).toMatch(/database is unavailable/);
    } finally {
      await gateway.close();
      await database.close();
    }
  });
});

describe("the gateway's own metrics", () => {
  it('count requests by door and outcome, GraphQL operations, database commands and figure computations exactly', async () => {
    const before = parseSamples((await scrape()).text);
    h.dbCommands();
    expect((await h.graphql('{ statistics(refresh: true) { uploadsTotal } }', { headers: admin.headers })).status).toBe(200);
    expect((await h.graphql('{ __typename }')).status).toBe(200);
    expect((await h.graphql('{ statistics { uploadsTotal } }')).status).toBe(401);
    expect((await h.rest('/healthz')).status).toBe(200);
    expect((await h.rest('/no-such-page')).status).toBe(404);
    const after = parseSamples((await scrape()).text);
    const commandsBetween = h.dbCommands().length;

    const delta = (name: string, labels?: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect({
      graphqlOk: delta('rcstats_http_requests_total', { door: 'graphql', outcome: 'ok' }),
      graphqlClientError: delta('rcstats_http_requests_total', { door: 'graphql', outcome: 'client_error' }),
      graphqlLatencies: delta('rcstats_http_request_duration_seconds_count', { door: 'graphql' }),
      // The first scrape is counted once answered; the second one is still being answered.
      metricsOk: delta('rcstats_http_requests_total', { door: 'metrics', outcome: 'ok' }),
      healthOk: delta('rcstats_http_requests_total', { door: 'health', outcome: 'ok' }),
      pageClientError: delta('rcstats_http_requests_total', { door: 'page', outcome: 'client_error' }),
      restAny: delta('rcstats_http_requests_total', { door: 'rest', outcome: 'ok' }),
      // Two POST /graphql operations and the second scrape's document succeeded; one was refused.
      operationsOk: delta('rcstats_graphql_operations_total', { outcome: 'ok' }),
      operationsClientError: delta('rcstats_graphql_operations_total', { outcome: 'client_error' }),
      unauthenticated: delta('rcstats_graphql_errors_total', { code: 'UNAUTHENTICATED' }),
      uploadsComputations: delta('rcstats_figure_computations_total', { family: 'countUploads' }),
      allComputations: sumOf(after, 'rcstats_figure_computations_total') - sumOf(before, 'rcstats_figure_computations_total'),
      dbCommands: delta('rcstats_db_commands_total'),
    }).toEqual({
      graphqlOk: 2,
      graphqlClientError: 1,
      graphqlLatencies: 3,
      metricsOk: 1,
      healthOk: 1,
      pageClientError: 1,
      restAny: 0,
      operationsOk: 3,
      operationsClientError: 1,
      unauthenticated: 1,
      uploadsComputations: 1,
      allComputations: 1,
      dbCommands: commandsBetween,
    });
    expect(commandsBetween).toBeGreaterThan(0);
    expect(sample(after, 'rcstats_figure_computations_total', { family: 'countUploads' })).toBe(h.gateway.services.computations.get('countUploads'));
  });

  it('include the process metrics', async () => {
    const samples = parseSamples((await scrape()).text);
    expect(sample(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it("live in the gateway's own registry, not prom-client's process-wide default", async () => {
    expect(globalRegistry.getSingleMetric('rcstats_http_requests_total')).toBeUndefined();
    expect((await globalRegistry.metrics()).trim()).toBe('');
  });
});
