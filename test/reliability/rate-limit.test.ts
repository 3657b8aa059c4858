import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { authenticatedDoors, histogram, requestOnNewConnection, type DoorAnswer } from './doors';

const maxFailures = 3;
const longWindowMs = 60_000;
const shortWindowMs = 1000;

/** A window longer than any check of this file, so no count starts afresh in the middle of one. */
let h: Harness;
/** The same gateway with a one-second window, for the checks that wait for it to pass. */
let shortWindow: Harness;
let admin: TestCredentials;
let addressCounter = 0;
/** A fresh caller address per check (the harness connects from loopback, trusted here as a proxy). */
const nextAddress = () => `198.51.100.${(addressCounter += 1)}`;
const wrongToken = () => randomBytes(24).toString('base64url');
/** A user id no user has, fresh per call, so no check inherits another's failures. */
const unknownUserId = () => `nobody-${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  h = await startHarness({ config: { authFailureLimit: { maxFailures, windowMs: longWindowMs }, trustProxy: ['loopback'] } });
  shortWindow = await startHarness({ database: h.database, config: { authFailureLimit: { maxFailures, windowMs: shortWindowMs }, trustProxy: ['loopback'] } });
  admin = await insertAdmin(h.db);
});
afterAll(async () => {
  await shortWindow?.close();
  await h?.close();
});

async function expectTooManyRequests(answer: DoorAnswer, windowMs: number): Promise<number> {
  expect(answer.status).toBe(429);
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(Math.ceil(windowMs / 1000));
  expect(answer.text).toMatch(/too many failed logins/i);
  return retryAfter;
}

describe.each(authenticatedDoors)('failed-login limit on $name', (door) => {
  it(`per user id: past ${maxFailures} wrong tokens a further wrong one gets 429 with Retry-After from any address, while the right token still gets 200`, async () => {
    const victim = await insertAdmin(h.db);
    // Well past the limit: user ids are visible to every chat user, so anyone can send these.
    const statuses: number[] = [];
    for (let i = 0; i < maxFailures + 10; i += 1) {
      statuses.push((await door.request(h.url, { 'x-user-id': victim.userId, 'x-auth-token': wrongToken(), 'x-forwarded-for': nextAddress() })).status);
    }
    expect(statuses).toEqual([...Array(maxFailures).fill(401), ...Array(10).fill(429)]);
    expect((await door.request(h.url, { ...victim.headers, 'x-forwarded-for': nextAddress() })).status).toBe(200);
    await expectTooManyRequests(
      await door.request(h.url, { 'x-user-id': victim.userId, 'x-auth-token': wrongToken(), 'x-forwarded-for': nextAddress() }),
      longWindowMs,
    );
    expect((await door.request(h.url, { ...victim.headers, 'x-forwarded-for': nextAddress() })).status).toBe(200);
  });

  it(`per address: past ${maxFailures} failures with different user ids from one address a further wrong token gets 429 there, while a valid token from there still gets 200`, async () => {
    const address = nextAddress();
    for (let i = 0; i < maxFailures; i += 1) {
      expect((await door.request(h.url, { 'x-user-id': unknownUserId(), 'x-auth-token': wrongToken(), 'x-forwarded-for': address })).status).toBe(401);
    }
    await expectTooManyRequests(
      await door.request(h.url, { 'x-user-id': unknownUserId(), 'x-auth-token': wrongToken(), 'x-forwarded-for': address }),
      longWindowMs,
    );
    expect((await door.request(h.url, { ...admin.headers, 'x-forwarded-for': address })).status).toBe(200);
    expect((await door.request(h.url, { 'x-user-id': unknownUserId(), 'x-auth-token': wrongToken(), 'x-forwarded-for': nextAddress() })).status).toBe(401);
  });

  it('requests without credentials are not failed logins: 20 of them from one address, then a valid token from there gets 200 and a wrong one 401', async () => {
    const address = nextAddress();
    for (let i = 0; i < 20; i += 1) expect((await door.request(h.url, { 'x-forwarded-for': address })).status).toBe(401);
    expect((await door.request(h.url, { ...admin.headers, 'x-forwarded-for': address })).status).toBe(200);
    expect((await door.request(h.url, { 'x-user-id': unknownUserId(), 'x-auth-token': wrongToken(), 'x-forwarded-for': address })).status).toBe(401);
  });

  it('the counts of the user id and of the address start afresh after the window', async () => {
    const victim = await insertAdmin(h.db);
    const address = nextAddress();
    const guess = () => door.request(shortWindow.url, { 'x-user-id': victim.userId, 'x-auth-token': wrongToken(), 'x-forwarded-for': address });
    for (let i = 0; i < maxFailures; i += 1) expect((await guess()).status).toBe(401);
    const retryAfter = await expectTooManyRequests(await guess(), shortWindowMs);

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 50));
    expect((await guess()).status).toBe(401);
  });
});

describe('failed-login limit under concurrency and spoofing', () => {
  it("a burst of 200 concurrent wrong tokens for the admin's user id: the limit of 401s, then 429s, and the admin's own token in the middle of the burst gets 200", async () => {
    const victim = await insertAdmin(h.db);
    const guesses = Array.from({ length: 200 }, () => ({ 'x-user-id': victim.userId, 'x-auth-token': wrongToken(), 'x-forwarded-for': nextAddress() }));
    const answers = await Promise.all(
      [...guesses.slice(0, 100), { ...victim.headers, 'x-forwarded-for': nextAddress() }, ...guesses.slice(100)].map((headers) => postStatistics(headers)),
    );
    expect(answers[100].status).toBe(200);
    expect(histogram(answers.filter((_, i) => i !== 100).map((answer) => answer.status))).toEqual({ '401': maxFailures, '429': 200 - maxFailures });
  });

  it('concurrent guesses for one user id share its database reads: 200 wrong tokens and the valid one cost two reads of users', async () => {
    const victim = await insertAdmin(h.db);
    const authenticator = h.gateway.services.authenticator;
    h.dbCommands();
    const guesses = Array.from({ length: 200 }, () =>
      authenticator.authenticate({ userId: victim.userId, token: wrongToken() }, nextAddress()).then(
        () => 'accepted',
        (error) => error.extensions.code,
      ),
    );
    const valid = authenticator.authenticate({ userId: victim.userId, token: victim.authToken }, nextAddress());
    expect(await valid).toMatchObject({ userId: victim.userId, canViewStatistics: true });
    expect(histogram(await Promise.all(guesses))).toEqual({ TOO_MANY_REQUESTS: 200 - maxFailures, UNAUTHENTICATED: maxFailures });
    // The first request's read, then one read for all that arrived while it was in flight.
    expect(h.dbCommands()).toEqual([
      { name: 'find', collection: 'users' },
      { name: 'find', collection: 'users' },
      { name: 'find', collection: 'rocketchat_permissions' },
    ]);
  });

  it('a burst of 200 concurrent wrong tokens with different user ids from one address: the limit of 401s, then 429s; a valid token from there in the middle gets 200', async () => {
    const address = nextAddress();
    const guesses = Array.from({ length: 200 }, () => ({ 'x-user-id': unknownUserId(), 'x-auth-token': wrongToken(), 'x-forwarded-for': address }));
    const answers = await Promise.all(
      [...guesses.slice(0, 100), { ...admin.headers, 'x-forwarded-for': address }, ...guesses.slice(100)].map((headers) => postStatistics(headers)),
    );
    expect(answers[100].status).toBe(200);
    expect(histogram(answers.filter((_, i) => i !== 100).map((answer) => answer.status))).toEqual({ '401': maxFailures, '429': 200 - maxFailures });
  });

  it('a caller that is not a trusted proxy cannot escape the address limit by rotating X-Forwarded-For', async () => {
    // Every connection opened during this check looks as if it came from a public address.
    const pretendPublicPeer = (socket: Socket) => Object.defineProperty(socket, 'remoteAddress', { value: '203.0.113.77' });
    h.gateway.app.server.prependListener('connection', pretendPublicPeer);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < maxFailures + 3; i += 1) {
        const answer = await postStatistics({ 'x-user-id': unknownUserId(), 'x-auth-token': wrongToken(), 'x-forwarded-for': `192.0.2.${i + 1}` });
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
