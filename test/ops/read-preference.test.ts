import type { Collection } from 'mongodb';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect';
import { createGateway, type Gateway } from '../../src/server/create-gateway';
import { startTestDatabase, type TestDatabase } from '../helpers/database';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';

/**
 * A single FerretDB server is a Single topology, where the driver sends no $readPreference and any
 * preference selects that server: the wire shows nothing. So this checks the read preference of the
 * objects each read goes through — the client made as src/main.ts makes it, and every collection
 * the gateway opens — on a configuration that could not pass by default (READ_PREFERENCE=secondary).
 */
const config = loadConfig({ READ_PREFERENCE: 'secondary' });
let database: TestDatabase;
let handle: DatabaseHandle;
let gateway: Gateway;
let admin: TestCredentials;
let opened: Array<[collection: string, readPreference: string | undefined]> = [];

beforeAll(async () => {
  database = await startTestDatabase();
  admin = await insertAdmin(database.handle.db);
  handle = connectDatabase({
    url: database.url,
    dbName: database.handle.db.databaseName,
    readPreference: config.readPreference,
    timeoutMs: config.dbTimeoutMs,
  });
  const open = handle.db.collection.bind(handle.db);
  jest.spyOn(handle.db, 'collection').mockImplementation((name, options) => {
    const collection: Collection = open(name, options);
    opened.push([name, collection.readPreference?.mode]);
    return collection as never;
  });
  gateway = await createGateway(config, handle, { logger: false });
});
afterAll(async () => {
  await gateway.close();
  await handle.close();
  await database.stop();
});

async function statistics(selection: string) {
  opened = [];
  const contextValue = createContext(gateway.services, { headers: admin.headers, address: '127.0.0.1' });
  const result = await gateway.apollo.executeOperation({ query: `{ statistics(refresh: true) { ${selection} } }` }, { contextValue });
  expect(result.body.kind === 'single' && result.body.singleResult.errors).toBeUndefined();
  return opened;
}

it('the client reads with the configured preference', () => {
  expect(config.readPreference).toBe('secondary');
  expect(handle.client.readPreference.mode).toBe('secondary');
  expect(handle.db.readPreference.mode).toBe('secondary');
});

it("the caller's lookup reads the primary; the figures read with the configured preference", async () => {
  expect(await statistics('uploadsTotal')).toEqual([
    ['users', 'primary'],
    ['rocketchat_permissions', 'primary'],
    ['rocketchat_uploads', 'secondary'],
  ]);
  // The caller is cached now: only the figure's own read, on the same users collection name.
  expect(await statistics('appUsers')).toEqual([['users', 'secondary']]);
});
