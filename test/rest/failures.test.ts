import { messages } from '../../src/errors';
import { credentialsHeaders, insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';
import { openApiErrors } from './openapi-validator';

/**
 * Failures that need a gateway of their own. A failed computation is made real without touching
 * the code: one computation slot and no queue, so while the first query family runs every other
 * one is refused with OVERLOADED. The database stays up and would take the insert, so a stored
 * snapshot could only come from storing a half-computed one.
 */
let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness({
    config: { ...everyRefreshStores, restFormat: 'current', maxConcurrentComputations: 1, maxQueuedComputations: 0, authCacheTtlMs: 60_000 },
  });
  admin = await insertAdmin(h.db);
});
afterAll(() => h.close());

const busy = { success: false, error: 'The gateway is busy computing statistics; retry in a second.', errorType: 'error-server-busy' };

describe('a snapshot whose computation fails', () => {
  test.each(['/api/v1/statistics?refresh=true', '/api/v1/statistics'])('%s answers 503 with Retry-After and stores nothing', async (path) => {
    const snapshots = h.db.collection('gateway_statistics');
    expect(await snapshots.countDocuments()).toBe(0);
    h.dbCommands();
    const answer = await h.rest(path, admin.headers);
    const commands = h.dbCommands();
    expect(answer.status).toBe(503);
    expect(answer.json).toEqual(busy);
    expect(answer.headers['retry-after']).toBe('1');
    expect(openApiErrors('/api/v1/statistics', answer)).toEqual([]);
    // Without refresh the latest is looked up first; an insert is never attempted.
    expect(commands.filter((c) => c.collection === 'gateway_statistics').map((c) => c.name)).toEqual(path.includes('refresh') ? [] : ['find']);
    expect(await snapshots.countDocuments()).toBe(0);
  });

  test('statistics.list still answers, with nothing stored', async () => {
    const answer = await h.rest('/api/v1/statistics.list', admin.headers);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ statistics: [], count: 0, offset: 0, total: 0, success: true });
  });
});

describe('too many failed logins', () => {
  test('past the limit (10 a minute) a further wrong token gets 429 with Retry-After, while the right token still gets 200', async () => {
    const user = await insertAdmin(h.db);
    for (let i = 0; i < 10; i += 1) {
      const refused = await h.rest('/api/v1/statistics.list', credentialsHeaders(user.userId, 'wrong'));
      expect(refused.status).toBe(401);
    }
    expect((await h.rest('/api/v1/statistics.list', user.headers)).status).toBe(200);
    const answer = await h.rest('/api/v1/statistics.list', credentialsHeaders(user.userId, 'wrong'));
    expect(answer.status).toBe(429);
    expect(answer.json).toEqual({
      success: false,
      error: expect.stringMatching(/^Too many failed logins; try again in \d+ s\.$/),
      errorType: 'error-too-many-requests',
    });
    expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(answer.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(openApiErrors('/api/v1/statistics.list', answer)).toEqual([]);
  });
});

describe('the database stopped', () => {
  // Last in this file: the database does not come back. With MONGO_URL there is no server to stop.
  test('statistics answers 503 error-database-unavailable with a clear message and no connection details', async () => {
    if (!h.database.server) return;
    await h.database.server.stop();
    const answer = await h.rest('/api/v1/statistics', admin.headers);
    expect(answer.status).toBe(503);
    expect(answer.json).toEqual({ success: false, error: messages.dbUnavailable, errorType: 'error-database-unavailable' });
    expect(answer.text).not.toContain(String(h.database.server.port));
    expect(openApiErrors('/api/v1/statistics', answer)).toEqual([]);
  });
});
