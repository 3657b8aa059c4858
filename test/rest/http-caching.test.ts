import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness({ config: { ...everyRefreshStores, statisticsTtlMs: 5000, authCacheTtlMs: 600_000 } });
  admin = await insertAdmin(h.db);
});
afterAll(() => h.close());

const maxAgeOf = (cacheControl: string) => Number(/^private, max-age=(\d+)$/.exec(cacheControl)?.[1]);

describe('REST answers: Age, Cache-Control, ETag and 304 (0.61 format)', () => {
  it('refresh=true takes a snapshot: Age 0 and never stored by a cache', async () => {
    const taken = await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    expect(taken.status).toBe(200);
    expect(taken.headers['cache-control']).toBe('no-store');
    expect(taken.headers.age).toBe('0');
  });

  it('the latest snapshot: Age from its createdAt, at most one figure window left, and 304 while it is the answer', async () => {
    const answer = await h.rest('/api/v1/statistics', admin.headers);
    expect(answer.status).toBe(200);
    const ageMs = Date.now() - Date.parse(answer.json.statistics.createdAt);
    const age = Number(answer.headers.age);
    expect(age).toBeLessThanOrEqual(Math.floor(ageMs / 1000));
    const maxAge = maxAgeOf(answer.headers['cache-control']);
    expect(maxAge - age).toBeGreaterThanOrEqual(0);
    expect(maxAge - age).toBeLessThanOrEqual(5);
    expect(answer.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(answer.headers.vary).toBe('X-User-Id, X-Auth-Token');

    const again = await h.rest('/api/v1/statistics', { ...admin.headers, 'if-none-match': answer.headers.etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.etag).toBe(answer.headers.etag);
  });

  it('statistics.list: revalidated every time (max-age=0), 304 when the page is unchanged, a new tag when it changes', async () => {
    const page = await h.rest('/api/v1/statistics.list', admin.headers);
    expect(page.headers['cache-control']).toBe('private, max-age=0');
    expect((await h.rest('/api/v1/statistics.list', { ...admin.headers, 'if-none-match': page.headers.etag })).status).toBe(304);
    await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    const changed = await h.rest('/api/v1/statistics.list', { ...admin.headers, 'if-none-match': page.headers.etag });
    expect(changed.status).toBe(200);
    expect(changed.json.total).toBe(page.json.total + 1);
  });

  it('a refusal is neither tagged nor confirmed with 304', async () => {
    const refused = await h.rest('/api/v1/statistics', { 'x-user-id': admin.userId, 'x-auth-token': 'wrong', 'if-none-match': '*' });
    expect(refused.status).toBe(401);
    expect(refused.headers.etag).toBeUndefined();
  });
});

describe("the current format keeps Rocket.Chat's no-store unless REST_CURRENT_CACHE_CONTROL=private", () => {
  it.each([
    ['no-store', (value: string) => expect(value).toBe('no-store')],
    ['private', (value: string) => expect(value).toMatch(/^private, max-age=\d+$/)],
  ] as const)('%s', async (setting, check) => {
    const current = await startHarness({ database: h.database, config: { restFormat: 'current', restCurrentCacheControl: setting } });
    try {
      const answer = await current.rest('/api/v1/statistics', admin.headers);
      expect(answer.status).toBe(200);
      check(answer.headers['cache-control']);
      expect(answer.headers.age).toMatch(/^\d+$/);
      expect((await current.rest('/api/v1/statistics', { ...admin.headers, 'if-none-match': answer.headers.etag })).status).toBe(304);
    } finally {
      await current.close();
    }
  });
});
