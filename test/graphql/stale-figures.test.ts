import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { parseSamples, sample } from '../ops/prometheus-text';

// The figure windows run on a clock the test steps: staleness is decided exactly, however slow the machine.
const ttlMs = 5000;
const maxStaleMs = 60_000;
let now = Date.parse('2026-03-01T12:00:00.000Z');
const advance = (ms: number) => (now += ms);

let h: Harness;
let admin: TestCredentials;
let users = 0;

beforeAll(async () => {
  h = await startHarness({ clock: () => now, config: { statisticsTtlMs: ttlMs, statisticsMaxStaleMs: maxStaleMs, authCacheTtlMs: 600_000 } });
  admin = await insertAdmin(h.db);
  users = 1;
});
afterAll(() => h.close());

const addUser = async () => {
  users += 1;
  await h.db.collection('users').insertOne({ _id: `user-${users}` as never, username: `user-${users}` });
};
const computations = () => h.gateway.services.computations.get('countAllUsers') ?? 0;
const staleAnswers = async () => sample(parseSamples(await h.gateway.services.metrics.registry.metrics()), 'rcstats_stale_answers_total');

/** totalUsers and when the answer says its figures were computed. */
async function totalUsers(refresh = false) {
  const answer = await h.graphql(`{ statistics(refresh: ${refresh}) { totalUsers } }`, { headers: admin.headers });
  expect(answer.json.errors).toBeUndefined();
  return { totalUsers: answer.json.data.statistics.totalUsers as number, computedAt: Date.parse(answer.json.extensions.figuresComputedAt) };
}

/** Waits (on the real clock) until the background recomputation has landed in the cache. */
async function recomputed(count: number) {
  for (let i = 0; i < 200 && computations() < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  for (let i = 0; i < 200; i++) {
    if ((await totalUsers()).totalUsers === users) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the background recomputation never arrived');
}

describe('stale while revalidate, within STATISTICS_MAX_STALE_MS', () => {
  it('within the window: the same figures, computed once, with their time', async () => {
    const first = await totalUsers();
    expect(first).toEqual({ totalUsers: users, computedAt: now });
    const before = computations();
    advance(ttlMs);
    expect(await totalUsers()).toEqual(first);
    expect(computations()).toBe(before);
  });

  it('past the window but within the bound: the stale figures at once, and one recomputation in the background', async () => {
    const computedAt = (await totalUsers()).computedAt;
    await addUser();
    advance(1);
    const [before, staleBefore] = [computations(), await staleAnswers()];
    // Answered from the old figures, which say how old they are.
    expect(await totalUsers()).toEqual({ totalUsers: users - 1, computedAt });
    expect(await staleAnswers()).toBe(staleBefore + 1);
    await recomputed(before + 1);
    expect(computations()).toBe(before + 1);
    expect(await totalUsers()).toEqual({ totalUsers: users, computedAt: now });
  });

  it('200 concurrent stale hits start one recomputation, and every answer says which figures it has', async () => {
    const old = await totalUsers();
    await addUser();
    advance(ttlMs + 1);
    const before = computations();
    const answers = await Promise.all(Array.from({ length: 200 }, () => totalUsers()));
    expect(computations()).toBe(before + 1);
    // Requests that arrive once the recomputation has landed get the new figures; none waits for them.
    for (const answer of answers) expect([old, { totalUsers: users, computedAt: now }]).toContainEqual(answer);
    expect(answers[0]).toEqual(old);
    await recomputed(before + 1);
    expect(computations()).toBe(before + 1);
  });

  it('never past the bound: figures older than STATISTICS_MAX_STALE_MS are waited for', async () => {
    await totalUsers();
    await addUser();
    advance(maxStaleMs + 1);
    const [before, staleBefore] = [computations(), await staleAnswers()];
    expect(await totalUsers()).toEqual({ totalUsers: users, computedAt: now });
    expect(computations()).toBe(before + 1);
    expect(await staleAnswers()).toBe(staleBefore);
  });

  it('exactly at the bound, the stale figures are still answered', async () => {
    const computedAt = (await totalUsers()).computedAt;
    await addUser();
    advance(maxStaleMs - (now - computedAt));
    const before = computations();
    expect(await totalUsers()).toEqual({ totalUsers: users - 1, computedAt });
    await recomputed(before + 1);
  });

  it('refresh: true is never stale: it waits for figures computed now', async () => {
    await totalUsers();
    await addUser();
    advance(ttlMs + 1);
    const staleBefore = await staleAnswers();
    expect(await totalUsers(true)).toEqual({ totalUsers: users, computedAt: now });
    expect(await staleAnswers()).toBe(staleBefore);
  });

  it('takeSnapshot waits for fresh figures too', async () => {
    await totalUsers();
    await addUser();
    advance(ttlMs + 1);
    const answer = await h.graphql('mutation { takeSnapshot { totalUsers } }', { headers: admin.headers });
    expect(answer.json.data.takeSnapshot.totalUsers).toBe(users);
    expect(answer.json.extensions.figuresComputedAt).toBe(new Date(now).toISOString());
  });

  it("a stored snapshot's answer says when it was taken, which is no stale answer", async () => {
    const staleBefore = await staleAnswers();
    const latest = await h.graphql('{ latestSnapshot { createdAt totalUsers } }', { headers: admin.headers });
    expect(latest.json.extensions.figuresComputedAt).toBe(new Date(latest.json.data.latestSnapshot.createdAt).toISOString());
    expect(await staleAnswers()).toBe(staleBefore);
  });

  it('an answer mixing figures of several computations gives the time of the oldest', async () => {
    const users = await totalUsers(true);
    advance(2000);
    const rooms = await h.graphql('{ statistics(refresh: true) { totalRooms } }', { headers: admin.headers });
    expect(rooms.json.extensions.figuresComputedAt).toBe(new Date(now).toISOString());
    const both = await h.graphql('{ statistics { totalUsers totalRooms } }', { headers: admin.headers });
    expect(both.json.extensions.figuresComputedAt).toBe(new Date(users.computedAt).toISOString());
  });
});

describe('GET /graphql: Age, Cache-Control and ETag from the figures', () => {
  const get = (query: string, headers: Record<string, string> = {}) => h.rest(`/graphql?query=${encodeURIComponent(query)}`, { ...admin.headers, ...headers });

  it('Age is the age of the oldest figure; max-age counts to the end of its window; the same answer is 304 while it lasts', async () => {
    const query = '{ statistics { totalUsers } }';
    const computedAt = (await totalUsers(true)).computedAt;
    advance(2400);
    const first = await get(query);
    expect(first.status).toBe(200);
    expect(first.json.extensions.figuresComputedAt).toBe(new Date(computedAt).toISOString());
    expect(first.headers.age).toBe('2');
    // max-age − Age = 2 s: what is left of the 5 s window, in whole seconds.
    expect(first.headers['cache-control']).toBe('private, max-age=4');
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);

    const again = await get(query, { 'if-none-match': first.headers.etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect((await get(query, { 'if-none-match': `W/${first.headers.etag}, "other"` })).status).toBe(304);
    expect((await get(query, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('a stale answer has no time left; new figures make a new ETag', async () => {
    const query = '{ statistics { totalUsers } }';
    const fresh = await get(query);
    await addUser();
    advance(ttlMs + 1000);
    const stale = await get(query, { 'if-none-match': fresh.headers.etag });
    // The same figures, the same bytes: still 304, but with no time left.
    expect(stale.status).toBe(304);
    expect(stale.headers['cache-control']).toBe(`private, max-age=${stale.headers.age}`);
    await recomputed(computations());
    const renewed = await get(query, { 'if-none-match': fresh.headers.etag });
    expect(renewed.status).toBe(200);
    expect(renewed.json.data.statistics.totalUsers).toBe(users);
    expect(renewed.headers.etag).not.toBe(fresh.headers.etag);
  });

  it('errors are neither cached nor tagged; POST answers carry no validator', async () => {
    const refused = await h.rest(`/graphql?query=${encodeURIComponent('{ statistics { totalUsers } }')}`, { 'x-user-id': 'nobody', 'x-auth-token': 'wrong' });
    expect(refused.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.headers.etag).toBeUndefined();
    const posted = await h.graphql('{ statistics { totalUsers } }', { headers: admin.headers });
    expect(posted.headers.etag).toBeUndefined();
  });

  it('a GET needs a header no HTML form sends: the login headers are enough', async () => {
    const bare = await h.rest(`/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(bare.status).toBe(400);
    expect(bare.text).toMatch(/Cross-Site Request Forgery/);
  });
});
