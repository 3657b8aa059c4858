import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect';
import { startDatabase, type RunningDatabase } from '../../src/db/ferretdb-process';

export interface TestDatabase {
  url: string;
  handle: DatabaseHandle;
  /** The embedded server, when the test started one (absent with MONGO_URL). */
  server?: RunningDatabase;
  stop(): Promise<void>;
}

/**
 * A real database for one test file: a fresh embedded FerretDB, or with MONGO_URL a fresh database
 * on that server (dropped at the end).
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const external = loadConfig().mongoUrl;
  const server = external ? undefined : await startDatabase();
  const url = external ?? server!.url;
  const dbName = `stats_test_${randomBytes(4).toString('hex')}`;
  const handle = connectDatabase({ url, dbName, readPreference: 'primary', timeoutMs: 3000 });
  return {
    url,
    handle,
    server,
    stop: async () => {
      if (external) await handle.db.dropDatabase().catch(() => undefined);
      await handle.close();
      await server?.stop();
    },
  };
}
