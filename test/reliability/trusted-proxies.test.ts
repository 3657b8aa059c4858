import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { startTestDatabase, type TestDatabase } from '../helpers/database';
import { startHarness, type Harness } from '../helpers/harness';
import { requestOnNewConnection } from './doors';

const maxFailures = 3;
const failureLimit = { authFailureLimit: { maxFailures, windowMs: 60_000 } };

let database: TestDatabase;
let byDefault: Harness;
let behindLocalProxy: Harness;
let behindLoopback: Harness;

beforeAll(async () => {
  database = await startTestDatabase();
  byDefault = await startHarness({ database, config: failureLimit });
  behindLocalProxy = await startHarness({ database, config: { ...failureLimit, trustProxy: loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy } });
  behindLoopback = await startHarness({ database, config: { ...failureLimit, trustProxy: loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy } });
});
afterAll(async () => {
  for (const harness of [byDefault, behindLocalProxy, behindLoopback]) await harness?.close();
  await database?.stop();
});

/** A wrong token for a user id nobody has: only the address limit can refuse it. */
async function failedLogin(h: Harness, forwardedFor?: string): Promise<number> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-user-id': `nobody-${randomBytes(4).toString('hex')}`,
    'x-auth-token': randomBytes(24).toString('base64url'),
  };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const answer = await requestOnNewConnection(`${h.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: '{ statistics { totalUsers } }' }),
  });
  return answer.status;
}

async function failedLogins(h: Harness, forwardedFor: (i: number) => string | undefined, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push(await failedLogin(h, forwardedFor(i)));
  return statuses;
}

describe('trusted proxies (TRUST_PROXY)', () => {
  it('by default no proxy is trusted: X-Forwarded-For from 127.0.0.1 is ignored, so rotating it does not escape the limit of 127.0.0.1', async () => {
    expect(await failedLogins(byDefault, (i) => `1.2.3.${i + 1}`, maxFailures + 2)).toEqual([...Array(maxFailures).fill(401), 429, 429]);
    expect(await failedLogin(byDefault)).toBe(429);
  });

  it('TRUST_PROXY=127.0.0.1: the forwarded address is the caller, counted on its own', async () => {
    expect(await failedLogins(behindLocalProxy, () => '1.2.3.4', maxFailures + 1)).toEqual([...Array(maxFailures).fill(401), 429]);
    expect(await failedLogin(behindLocalProxy, '1.2.3.5')).toBe(401);
    expect(await failedLogin(behindLocalProxy)).toBe(401);
  });

  it('TRUST_PROXY=loopback: the same for any proxy on this host', async () => {
    expect(await failedLogins(behindLoopback, () => '1.2.3.6', maxFailures + 1)).toEqual([...Array(maxFailures).fill(401), 429]);
    expect(await failedLogin(behindLoopback, '1.2.3.7')).toBe(401);
  });
});

test('an unreadable X-Forwarded-Host from a trusted proxy: 400 with a JSON message, not a 500', async () => {
  const answer = await fetch(`${behindLoopback.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-host': 'exa mple[' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(answer.status).toBe(400);
  expect(await answer.text()).toMatch(/Host header is not a valid host name/);
});
