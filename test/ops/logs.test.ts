import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import Fastify from 'fastify';
import { FailedLoginLog } from '../../src/auth/failed-login-log';
import { hashToken } from '../../src/auth/hash-token';
import { testConfig } from '../../src/config';
import { loggerOptions } from '../../src/server/logger';
import { credentialsHeaders, insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';

const metricsToken = randomBytes(24).toString('base64url');
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Everything written to a stream, as lines. */
function collect(stream: PassThrough): () => string[] {
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return () => text.split('\n').filter((line) => line !== '');
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 2000) throw new Error('log lines did not arrive');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('request logs', () => {
  let h: Harness;
  let admin: TestCredentials;
  let lines: () => string[];

  beforeAll(async () => {
    const stream = new PassThrough();
    lines = collect(stream);
    h = await startHarness({ logStream: stream, config: { logLevel: 'info', metricsToken } });
    admin = await insertAdmin(h.db);
  });
  afterAll(() => h.close());

  it('are JSON lines with a request id, echoed to the client, and hold no credential', async () => {
    const startedAt = lines().length;
    const answers = [
      await h.graphql('{ statistics { totalUsers } }', { headers: admin.headers }),
      await h.graphql('{ statistics { totalUsers } }', { headers: { ...admin.headers, 'x-auth-token': `${admin.authToken}-wrong` } }),
      await h.rest(`/api/v1/statistics?refresh=true&authToken=${admin.authToken}&${metricsToken}`, admin.headers),
      await h.rest('/metrics', { authorization: `Bearer ${metricsToken}` }),
      await h.rest('/metrics', admin.headers),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 401, expect.any(Number), 200, 200]);
    await until(() => lines().filter((line) => line.includes('request completed')).length >= answers.length);

    const logged = lines().slice(startedAt);
    const entries = logged.map((line) => JSON.parse(line));
    // The failed-login summary belongs to no single request (see 'failed logins' below).
    for (const entry of entries.filter((e) => e.msg !== 'failed logins')) {
      expect(entry).toEqual(expect.objectContaining({ level: expect.any(Number), time: expect.any(Number), reqId: expect.any(String) }));
    }
    for (const answer of answers) {
      expect(answer.headers['x-request-id']).toMatch(uuid);
      expect(entries.filter((e) => e.reqId === answer.headers['x-request-id']).map((e) => e.msg)).toEqual(['incoming request', 'request completed']);
    }
    const everything = logged.join('\n');
    for (const secret of [admin.authToken, hashToken(admin.authToken), metricsToken]) expect(everything).not.toContain(secret);
    const restLine = entries.find((e) => e.msg === 'incoming request' && e.req.url.startsWith('/api/'));
    expect(restLine.req.url).toBe('/api/v1/statistics?refresh=true&[2 more redacted]');
  });

  it("reuses a client's sane X-Request-Id and replaces anything else", async () => {
    const traced = await h.rest('/healthz', { 'x-request-id': 'edge-7f3a.42:1' });
    expect(traced.headers['x-request-id']).toBe('edge-7f3a.42:1');
    for (const odd of ['has space', 'x'.repeat(129), 'quote"d', '']) {
      expect((await h.rest('/healthz', { 'x-request-id': odd })).headers['x-request-id']).toMatch(uuid);
    }
    await until(() => lines().some((line) => line.includes('"reqId":"edge-7f3a.42:1"') && line.includes('request completed')));
  });
});

describe('failed logins', () => {
  const windowMs = 2000;
  let h: Harness;
  let lines: () => string[];
  const failedLoginLines = () =>
    lines()
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg === 'failed logins');
  const wrongToken = () => randomBytes(24).toString('base64url');

  beforeAll(async () => {
    const stream = new PassThrough();
    lines = collect(stream);
    h = await startHarness({ logStream: stream, config: { logLevel: 'info', trustProxy: ['loopback'], authFailureLimit: { maxFailures: 5, windowMs } } });
  });
  afterAll(() => h.close());

  it('are a warning at most once per user id and address per window, with both and the count since the last line, and no token', async () => {
    const victim = await insertAdmin(h.db);
    const from = { 'x-forwarded-for': '203.0.113.10' };
    const tokens = Array.from({ length: 20 }, wrongToken);
    const answers = await Promise.all(
      tokens.map((token) => h.graphql('{ statistics { totalUsers } }', { headers: { ...credentialsHeaders(victim.userId, token), ...from } })),
    );
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([401, 429]));
    await until(() => lines().filter((line) => line.includes('request completed')).length >= answers.length);
    const warning = { level: 40, userId: victim.userId, address: '203.0.113.10', failuresOfUser: 1, failuresFromAddress: 1 };
    expect(failedLoginLines()).toEqual([expect.objectContaining(warning)]);

    // The next failure after the window is the next line, with the failures the first one did not name.
    await new Promise((resolve) => setTimeout(resolve, windowMs + 50));
    tokens.push(wrongToken());
    await h.graphql('{ statistics { totalUsers } }', { headers: { ...credentialsHeaders(victim.userId, tokens[20]), ...from } });
    await until(() => failedLoginLines().length === 2);
    expect(failedLoginLines()[1]).toEqual(expect.objectContaining({ ...warning, failuresOfUser: 20, failuresFromAddress: 20 }));
    const everything = lines().join('\n');
    for (const token of tokens) for (const secret of [token, hashToken(token)]) expect(everything).not.toContain(secret);
  });

  it('do not name a user id that names no user: it may be a token sent in the wrong header', async () => {
    const swapped = wrongToken();
    const answer = await h.graphql('{ statistics { totalUsers } }', {
      headers: { ...credentialsHeaders(swapped, 'the-user-id'), 'x-forwarded-for': '203.0.113.11' },
    });
    expect(answer.status).toBe(401);
    await until(() => failedLoginLines().some((entry) => entry.address === '203.0.113.11'));
    const entry = failedLoginLines().find((e) => e.address === '203.0.113.11');
    expect(entry).toEqual(expect.objectContaining({ level: 40, unknownUserId: true, failuresOfUser: 1, failuresFromAddress: 1 }));
    expect(entry).not.toHaveProperty('userId');
    expect(lines().join('\n')).not.toContain(swapped);
  });
});

describe('the failed-login log', () => {
  function logWithClock() {
    const warnings: Array<Record<string, unknown>> = [];
    let now = 1_000_000;
    const log = new FailedLoginLog({ warn: (fields) => warnings.push(fields) }, 60_000, () => now);
    return { log, warnings, advance: (ms: number) => (now += ms) };
  }

  it('names a user id once a window however many addresses guess at it, and an address once however many user ids it tries', () => {
    const { log, warnings, advance } = logWithClock();
    for (let i = 0; i < 100; i += 1) log.record({ userId: 'admin', userExists: true, address: `198.51.100.${i}` });
    for (let i = 0; i < 100; i += 1) log.record({ userId: `guess-${i}`, userExists: false, address: '203.0.113.1' });
    expect(warnings).toEqual([
      { userId: 'admin', address: '198.51.100.0', failuresOfUser: 1, failuresFromAddress: 1 },
      { unknownUserId: true, address: '203.0.113.1', failuresOfUser: 1, failuresFromAddress: 1 },
    ]);

    advance(60_000);
    log.record({ userId: 'admin', userExists: true, address: '203.0.113.1' });
    log.record({ address: '192.0.2.1' });
    expect(warnings.slice(2)).toEqual([
      { userId: 'admin', address: '203.0.113.1', failuresOfUser: 100, failuresFromAddress: 100 },
      { address: '192.0.2.1', failuresFromAddress: 1 },
    ]);
  });
});

describe('logger options', () => {
  it('censor credential headers wherever a log line holds them', async () => {
    const stream = new PassThrough();
    const lines = collect(stream);
    const app = Fastify(loggerOptions(testConfig({ logLevel: 'info' }), stream));
    const headers = { 'x-user-id': 'u1', 'x-auth-token': 'login-secret', authorization: 'Bearer scrape-secret', cookie: 'rc_token=cookie-secret' };
    app.log.info({ headers }, 'headers at the top');
    app.log.info({ request: { headers } }, 'headers one level down');
    await app.close();

    const entries = lines().map((line) => JSON.parse(line));
    expect(entries.map((e) => e.headers ?? e.request.headers)).toEqual([
      { 'x-user-id': 'u1', 'x-auth-token': '[redacted]', authorization: '[redacted]', cookie: '[redacted]' },
      { 'x-user-id': 'u1', 'x-auth-token': '[redacted]', authorization: '[redacted]', cookie: '[redacted]' },
    ]);
  });

  it('take their level from the configuration', () => {
    const app = Fastify(loggerOptions(testConfig({ logLevel: 'warn' }), new PassThrough()));
    expect(app.log.level).toBe('warn');
  });
});
