import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { authenticatedDoors, histogram, requestOnNewConnection, type DoorAnswer } from './doors';

const maxFailures = 3;
const windowMs = 1000;

let h: Harness;
let admin: TestCredentials;
let addressCounter = 0;
/** A fresh caller address per check (the harness connects from loopback, a trusted proxy). */
const nextAddress = () => `198.51.100.${(addressCounter += 1)}`;
const wrongToken = () => randomBytes(24).toString('base64url');

beforeAll(async () => {
  h = await startHarness({ config: { authFailureLimit: { maxFailures, windowMs } } });
  admin = await insertAdmin(h.db);
});
afterAll(() => h.close());

async function expectTooManyRequests(answer: DoorAnswer): Promise<number> {
  expect(answer.status).toBe(429);
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(Math.ceil(windowMs / 1000));
  expect(answer.text).toMatch(/too many failed logins/i);
  return retryAfter;
}

describe.each(authenticatedDoors)('failed-login limit on $name', (door) => {
  it(`per credential: ${maxFailures} wrong tokens for a user id, then 429 with Retry-After from any address, even with the right token; recovers after the window`, async () => {
    const victim = await insertAdmin(h.db);
    for (let i = 0; i < maxFailures; i += 1) {
      const response = await door.request(h.url, { 'x-user-id': victim.userId, 'x-auth-token': wrongToken(), 'x-forwarded-for': nextAddress() });
      expect(response.status).toBe(401);
    }
    await expectTooManyRequests(await door.request(h.url, { 'x-user-id': victim.userId, 'x-auth-token': wrongToken(), 'x-forwarded-for': nextAddress() }));
    const retryAfter = await expectTooManyRequests(await door.request(h.url, { ...victim.headers, 'x-forwarded-for': nextAddress() }));

    // Another user is not affected.
    expect((await door.request(h.url, { ...admin.headers, 'x-forwarded-for': nextAddress() })).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 50));
    expect((await door.request(h.url, { ...victim.headers, 'x-forwarded-for': nextAddress() })).status).toBe(200);
  });

  it(`per address: ${maxFailures} failures with different user ids from one address, then 429 for everyone there; recovers after the window`, async () => {
    const address = nextAddress();
    for (let i = 0; i < maxFailures; i += 1) {
      const headers: Record<string, string> = i === 0 ? { 'x-forwarded-for': address } : { 'x-user-id': `nobody-${i}`, 'x-auth-token': wrongToken(), 'x-forwarded-for': address };
      expect((await door.request(h.url, headers)).status).toBe(401);
    }
    const retryAfter = await expectTooManyRequests(await door.request(h.url, { ...admin.headers, 'x-forwarded-for': address }));
    expect((await door.request(h.url, { ...admin.headers, 'x-forwarded-for': nextAddress() })).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 50));
    expect((await door.request(h.url, { ...admin.headers, 'x-forwarded-for': address })).status).toBe(200);
  });
});

describe('failed-login limit under concurrency and spoofing', () => {
  it('a burst of 200 concurrent wrong tokens from one address reaches the database at most the limit of times', async () => {
    const address = nextAddress();
    h.dbCommands();
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        postStatistics({ 'x-user-id': `burst-${i}`, 'x-auth-token': wrongToken(), 'x-forwarded-for': address }).then((answer) => answer.status),
      ),
    );
    const userLookups = h.dbCommands().filter((command) => command.collection === 'users');
    expect(histogram(statuses)).toEqual({ '401': maxFailures, '429': 200 - maxFailures });
    expect(userLookups.length).toBeLessThanOrEqual(maxFailures);
  });

  it('a caller that is not a trusted proxy cannot escape the address limit by rotating X-Forwarded-For', async () => {
    // Every connection opened during this check looks as if it came from a public address.
    const pretendPublicPeer = (socket: Socket) => Object.defineProperty(socket, 'remoteAddress', { value: '203.0.113.77' });
    h.gateway.app.server.prependListener('connection', pretendPublicPeer);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < maxFailures + 3; i += 1) {
        const answer = await postStatistics({ 'x-user-id': `spoof-${i}`, 'x-auth-token': wrongToken(), 'x-forwarded-for': `192.0.2.${i + 1}` });
        statuses.push(answer.status);
      }
      expect(statuses).toEqual([...Array(maxFailures).fill(401), 429, 429, 429]);
    } finally {
      h.gateway.app.server.removeListener('connection', pretendPublicPeer);
    }
  });

});

const postStatistics = (headers: Record<string, string>) =>
  requestOnNewConnection(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ statistics { totalUsers } }' }),
  });
