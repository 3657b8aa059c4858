import { connectDatabase } from '../../src/db/connect';
import { startDatabase, type RunningDatabase } from '../../src/db/ferretdb-process';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { startSlowCommandProxy, type SlowCommandProxy } from '../helpers/slow-command-proxy';

const queryTimeoutMs = 500;
let server: RunningDatabase;
let proxy: SlowCommandProxy;
let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  // Every `count` (totalUsers, totalMessages …) runs four times DB_QUERY_TIMEOUT_MS; everything else at once.
  server = await startDatabase();
  proxy = await startSlowCommandProxy({ host: '127.0.0.1', port: server.port }, { slowCommands: ['count'], delayMs: 4 * queryTimeoutMs });
  // A short DB_TIMEOUT_MS: the driver's retry of a timed-out read waits for a server under a timer it
  // never clears, which would keep jest waiting after the last test.
  const handle = connectDatabase({ url: proxy.url, dbName: 'stats_query_timeout', readPreference: 'primary', timeoutMs: 1000, queryTimeoutMs });
  const database = {
    url: proxy.url,
    handle,
    server,
    stop: async () => {
      await handle.close();
      await proxy.close();
      await server.stop();
    },
  };
  h = await startHarness({ database, config: { dbQueryTimeoutMs: queryTimeoutMs, statisticsTtlMs: 0 } });
  admin = await insertAdmin(h.db);
});
afterAll(async () => {
  await h.close();
  await h.database.stop();
});

const raiseTheSetting = new RegExp(`ran longer than DB_QUERY_TIMEOUT_MS \\(${queryTimeoutMs} ms\\).*raise DB_QUERY_TIMEOUT_MS`);

it('a command that outlasts DB_QUERY_TIMEOUT_MS fails with 503 and a message naming the setting to raise, while the database stays ready', async () => {
  const started = Date.now();
  const [slow, ready, fast] = await Promise.all([
    h.graphql('{ statistics(refresh: true) { totalUsers } }', { headers: admin.headers }),
    h.rest('/readyz'),
    h.graphql('{ statistics(refresh: true) { activeUsers } }', { headers: admin.headers }),
  ]);
  expect(slow.status).toBe(503);
  expect(slow.json.errors[0].extensions.code).toBe('DB_UNAVAILABLE');
  expect(slow.json.errors[0].message).toMatch(raiseTheSetting);
  // The driver retries a read once: two timeouts at most.
  expect(Date.now() - started).toBeLessThan(2 * queryTimeoutMs + 1000);
  expect(ready.status).toBe(200);
  expect(fast.json.data).toEqual({ statistics: { activeUsers: 1 } });
});

it('REST says the same', async () => {
  const answer = await h.rest('/api/v1/statistics?refresh=true', admin.headers);
  expect(answer.status).toBe(503);
  expect(answer.json).toEqual({ success: false, error: expect.stringMatching(raiseTheSetting), errorType: 'error-database-unavailable' });
});
