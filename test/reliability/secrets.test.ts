import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { hashToken } from '../../src/auth/hash-token';
import { testConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import { findFreePort } from '../../src/db/free-port';
import { createGateway } from '../../src/server/create-gateway';
import { insertAdmin, insertUserWithToken, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { inBatches } from './doors';

/** Everything the gateway said: response statuses, headers and bodies, log lines, console output. */
const said: string[] = [];
const logStream = new PassThrough();
logStream.on('data', (chunk: Buffer) => said.push(chunk.toString('utf8')));
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;

let h: Harness;
let admin: TestCredentials;
let member: TestCredentials;
const wrongTokens = Array.from({ length: 20 }, () => randomBytes(24).toString('base64url'));
let requestsSent = 0;

beforeAll(async () => {
  for (const method of consoleMethods) jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void said.push(args.map(String).join(' ')));
  h = await startHarness({ config: { logLevel: 'trace', authFailureLimit: { maxFailures: 5, windowMs: 60_000 } }, logStream });
  admin = await insertAdmin(h.db);
  member = await insertUserWithToken(h.db);
});
const summary: unknown[] = [];
afterAll(async () => {
  await h.close();
  jest.restoreAllMocks();
  console.log(JSON.stringify(summary));
});

const doors = ['/graphql', '/api/v1/statistics', '/api/v1/statistics.list', '/metrics', '/workspace/'];
const query = '{ statistics { totalUsers } }';

/** The places a client might put a token, right or wrong. */
function credentialVariants(token: string, userId: string): Array<{ headers: Record<string, string>; search: string; body?: Record<string, unknown> }> {
  return [
    { headers: { 'x-user-id': userId, 'x-auth-token': token }, search: '' },
    { headers: { 'x-user-id': 'someone-else', 'x-auth-token': token }, search: '' },
    { headers: { 'x-user-id': token, 'x-auth-token': userId }, search: '' },
    { headers: { authorization: `Bearer ${token}` }, search: '' },
    { headers: { cookie: `rc_token=${token}; rc_uid=${userId}` }, search: '' },
    { headers: { 'x-user-id': userId, 'x-auth-token': `${token}, ${token}` }, search: '' },
    { headers: { 'x-user-id': userId }, search: `token=${token}&access_token=${token}&authToken=${token}` },
    { headers: { 'x-user-id': userId, 'x-auth-token': token }, search: `query=${encodeURIComponent(query)}&refresh=true`, body: { authToken: token, query } },
  ];
}

async function record(path: string, init: RequestInit): Promise<number> {
  requestsSent += 1;
  const response = await fetch(h.url + path, init);
  said.push(`${response.status} ${JSON.stringify(Object.fromEntries(response.headers))} ${await response.text()}`);
  return response.status;
}

function requestsFor(token: string, userId: string, extraHeaders: Record<string, string> = {}): Array<() => Promise<number>> {
  const tasks: Array<() => Promise<number>> = [];
  for (const door of doors) {
    for (const variant of credentialVariants(token, userId)) {
      const headers = { 'apollo-require-preflight': 'true', ...extraHeaders, ...variant.headers };
      const search = door === '/graphql' && !variant.search.includes('query=') ? `query=${encodeURIComponent(query)}&${variant.search}` : variant.search;
      tasks.push(() => record(`${door}?${search}`, { headers }));
      if (door === '/graphql') {
        const body = JSON.stringify(variant.body ?? { query, variables: { token } });
        tasks.push(() => record(door, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body }));
        // Malformed and oversized bodies that carry the token: the error must not quote them.
        tasks.push(() => record(door, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: body.slice(0, -3) }));
        tasks.push(() => record(door, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: body + ' '.repeat(100_000) }));
        tasks.push(() => record(door, { method: 'POST', headers: { ...headers, 'content-type': 'text/xml' }, body }));
      }
    }
  }
  return tasks;
}

function findLeaks(secrets: string[]): Array<{ secret: string; where: string }> {
  const leaks: Array<{ secret: string; where: string }> = [];
  for (const text of said) {
    for (const secret of secrets) {
      const at = text.indexOf(secret);
      if (at >= 0) leaks.push({ secret, where: text.slice(Math.max(0, at - 120), at + secret.length + 40) });
    }
  }
  return leaks;
}

/** A token, its stored hash (base64) and the same hash in hex and base64url, as a log might spell them. */
function secretsOf(token: string): string[] {
  const base64 = hashToken(token);
  return [token, base64, Buffer.from(base64, 'base64').toString('hex'), Buffer.from(base64, 'base64').toString('base64url')];
}

it('no token, token hash or connection string appears in any response, log line or console output', async () => {
  const tasks = [
    ...requestsFor(admin.authToken, admin.userId),
    ...requestsFor(member.authToken, member.userId),
    ...wrongTokens.flatMap((token) => requestsFor(token, admin.userId)),
  ];
  const statuses = await inBatches(tasks, 20);
  // After the wrong tokens the admin's id and the address are over the limit: 429s are part of what was said.
  expect(statuses).toContain(429);
  expect(statuses).toContain(200);

  // The database goes away: driver errors are now in play.
  await h.database.server!.stop();
  // Credentials are checked before the failed-login limit, so these reach the database although the address is over it.
  const downStatuses = await inBatches(requestsFor(member.authToken, member.userId), 10);
  expect(downStatuses).toContain(503);
  said.push(await (await fetch(`${h.url}/readyz`)).text());

  const secrets = [...secretsOf(admin.authToken), ...secretsOf(member.authToken), ...wrongTokens.flatMap(secretsOf), h.database.url, 'mongodb://'];
  summary.push({ requestsSent, linesScanned: said.join('\n').split('\n').length, secretsChecked: secrets.length });
  expect(said.length).toBeGreaterThan(requestsSent);
  expect(findLeaks(secrets)).toEqual([]);
});

it('a connection string with a password never leaves the gateway, even while that server is unreachable', async () => {
  const port = await findFreePort();
  const secretUrl = `mongodb://statsgateway:Pa55-${randomBytes(6).toString('hex')}@127.0.0.1:${port}/rocketchat?authSource=admin`;
  const password = secretUrl.slice(secretUrl.indexOf(':', 10) + 1, secretUrl.indexOf('@'));
  const config = testConfig({ logLevel: 'trace', dbTimeoutMs: 500 });
  const database = connectDatabase({ url: secretUrl, readPreference: 'primary', timeoutMs: config.dbTimeoutMs });
  const gateway = await createGateway(config, database, { logStream });
  const url = await gateway.app.listen({ port: 0, host: '127.0.0.1' });
  try {
    for (const path of ['/readyz', '/api/v1/statistics', '/metrics', `/graphql?query=${encodeURIComponent(query)}`]) {
      const response = await fetch(url + path, { headers: { ...admin.headers, 'apollo-require-preflight': 'true' } });
      said.push(`${response.status} ${await response.text()}`);
      expect(response.status).toBe(503);
    }
    const post = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    said.push(`${post.status} ${await post.text()}`);
    expect(post.status).toBe(503);
  } finally {
    await gateway.close();
    await database.close();
  }
  expect(findLeaks([secretUrl, password, 'statsgateway:', 'mongodb://'])).toEqual([]);
});
