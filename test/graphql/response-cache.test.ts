import { insertAdmin, insertUserWithToken, type TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness({ config: { ...everyRefreshStores, statisticsTtlMs: 60_000 } });
  admin = await insertAdmin(h.db, { status: 'online' });
});
afterAll(() => h.close());

const query = '{ statistics { totalUsers onlineUsers } }';

describe('whole answers of statistics queries are reused within the window', () => {
  it('a repeated query is answered without executing the document again', async () => {
    const first = await h.graphql(query, { headers: admin.headers });
    const executions = jest.spyOn(h.gateway.services.figureCache, 'get');
    const second = await h.graphql(query, { headers: admin.headers });
    expect(second.json).toEqual(first.json);
    // The reused answer still says when its figures were computed.
    expect(second.json).toEqual({ data: { statistics: { totalUsers: 1, onlineUsers: 1 } }, extensions: { figuresComputedAt: expect.any(String) } });
    expect(executions).not.toHaveBeenCalled();
    executions.mockRestore();
  });

  it('every caller is still authorized before a reused answer', async () => {
    expect((await h.graphql(query)).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const user = await insertUserWithToken(h.db);
    expect((await h.graphql(query, { headers: user.headers })).json.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refresh: true, in the document or in a variable, always executes', async () => {
    await h.db.collection('users').insertOne({ _id: 'another' as never, status: 'online' });
    const literal = await h.graphql('{ statistics(refresh: true) { totalUsers onlineUsers } }', { headers: admin.headers });
    expect(literal.json.data.statistics).toEqual({ totalUsers: 3, onlineUsers: 2 });
    const variable = 'query($r: Boolean!) { statistics(refresh: $r) { totalUsers } }';
    await h.graphql(variable, { headers: admin.headers, variables: { r: true } });
    await h.db.collection('users').insertOne({ _id: 'third' as never });
    expect((await h.graphql(variable, { headers: admin.headers, variables: { r: true } })).json.data.statistics.totalUsers).toBe(4);
  });

  it('other operations are never reused', async () => {
    const a = await h.graphql('mutation { takeSnapshot { id } }', { headers: admin.headers });
    const b = await h.graphql('mutation { takeSnapshot { id } }', { headers: admin.headers });
    expect(a.json.data.takeSnapshot.id).not.toBe(b.json.data.takeSnapshot.id);
  });
});

it('an answer is reused while the figure cache holds its figures: fresh, then stale within the bound while they are recomputed, never past the bound', async () => {
  let now = Date.parse('2026-03-01T12:00:00.000Z');
  const stepped = await startHarness({ database: h.database, clock: () => now, config: { statisticsTtlMs: 5000, statisticsMaxStaleMs: 60_000 } });
  try {
    const query = '{ statistics { totalUsers } }';
    const ask = () => stepped.graphql(query, { headers: admin.headers });
    const first = await ask();
    const executions = jest.spyOn(stepped.gateway.services.figureCache, 'get');
    now += 4999;
    expect((await ask()).json).toEqual(first.json);
    expect(executions).not.toHaveBeenCalled();
    // Past the window: the same answer at once, and its stale figure's recomputation starts (one read of it).
    now += 2;
    const computations = () => stepped.gateway.services.computations.get('countAllUsers') ?? 0;
    const before = computations();
    expect((await ask()).json).toEqual(first.json);
    expect(executions).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 200 && computations() === before; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    for (let i = 0; i < 200 && stepped.gateway.services.figureCache.heldComputedAt(executions.mock.calls[0][0]) !== now; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // Once the recomputation has landed, the document runs again and answers the new figures.
    const renewed = await ask();
    expect(renewed.json.extensions.figuresComputedAt).toBe(new Date(now).toISOString());
    // Past the bound, a stored answer is never served: the figures are waited for.
    now += 60_001;
    const late = await ask();
    expect(late.json.extensions.figuresComputedAt).toBe(new Date(now).toISOString());
    executions.mockRestore();
  } finally {
    await stepped.close();
  }
});

it('a refresh by another request ends the reuse of answers of the figures it replaced', async () => {
  const query = '{ statistics { totalUsers } }';
  const first = await h.graphql(query, { headers: admin.headers });
  await h.db.collection('users').insertOne({ _id: 'refreshed' as never });
  const refreshed = await h.graphql('{ statistics(refresh: true) { totalUsers } }', { headers: admin.headers });
  expect(refreshed.json.data.statistics.totalUsers).toBe(first.json.data.statistics.totalUsers + 1);
  expect((await h.graphql(query, { headers: admin.headers })).json).toEqual(refreshed.json);
});

it('a reused answer expires with its window, however often it is reused', async () => {
  const short = await startHarness({ database: h.database, config: { statisticsTtlMs: 300 } });
  try {
    const count = async () => (await short.graphql('{ statistics { totalUsers } }', { headers: admin.headers })).json.data.statistics.totalUsers;
    const before = await count();
    await h.db.collection('users').insertOne({ _id: 'late' as never });
    const deadline = Date.now() + 600;
    while (Date.now() < deadline) {
      await count();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await count()).toBe(before + 1);
  } finally {
    await short.close();
  }
});

it('identical requests that arrive while the document is executed again wait for its answer instead of executing it too', async () => {
  let now = Date.parse('2026-03-01T12:00:00.000Z');
  const stepped = await startHarness({ database: h.database, clock: () => now, config: { statisticsTtlMs: 5000, statisticsMaxStaleMs: 60_000 } });
  try {
    const query = '{ statistics { totalUsers } }';
    const ask = () => stepped.graphql(query, { headers: admin.headers });
    await ask();
    // Past the bound the stored answer ends; the first execution is held on its figures a moment,
    // so that the others arrive while it runs.
    now += 60_001;
    const cache = stepped.gateway.services.figureCache;
    const read = cache.get.bind(cache);
    const executions = jest.spyOn(cache, 'get').mockImplementation(async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return read(...args);
    });
    const answers = await Promise.all(Array.from({ length: 50 }, ask));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.json))).size).toBe(1);
    expect(answers[0].json.extensions.figuresComputedAt).toBe(new Date(now).toISOString());
    expect(executions).toHaveBeenCalledTimes(1);
    executions.mockRestore();
  } finally {
    await stepped.close();
  }
});
