import { insertAdmin, insertUserWithPassword } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';

/**
 * A check written for Rocket.Chat, as its own API tests and the usual Nagios/Zabbix checks do it:
 * log in with a password (apps/meteor/tests/data/api-data.ts getCredentials), read, log out.
 */
const adminPassword = 'rocket.chat.admin';
const userPassword = 'rocket.chat.user';
let h: Harness;
let admin: { userId: string; username: string };
let user: { userId: string; username: string };

beforeAll(async () => {
  // Rocket.Chat's check 3 expects every refresh=true to store a new snapshot (no minimum interval).
  h = await startHarness({ config: { ...everyRefreshStores, restFormat: 'current' } });
  await insertAdmin(h.db);
  admin = await insertUserWithPassword(h.db, adminPassword, { roles: ['admin', 'user'] });
  user = await insertUserWithPassword(h.db, userPassword);
});
afterAll(() => h.close());

async function call(method: 'GET' | 'POST', path: string, credentials: Record<string, string> = {}, body?: unknown) {
  const response = await fetch(h.url + path, {
    method,
    headers: { ...credentials, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function getCredentials(username: string, password: string): Promise<Record<string, string>> {
  const login = await call('POST', '/api/v1/login', {}, { user: username, password });
  expect(login.status).toBe(200);
  expect(login.body).toMatchObject({ status: 'success', data: { userId: expect.any(String), authToken: expect.any(String), me: expect.any(Object) } });
  return { 'X-Auth-Token': login.body.data.authToken, 'X-User-Id': login.body.data.userId };
}

test("logs in, makes Rocket.Chat's own statistics checks, logs out", async () => {
  const credentials = await getCredentials(admin.username, adminPassword);
  const userCredentials = await getCredentials(user.username, userPassword);

  expect(await call('GET', '/api/v1/statistics', userCredentials)).toEqual({ status: 400, body: { success: false, error: 'error-not-allowed' } });
  const first = await call('GET', '/api/v1/statistics', credentials);
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({ success: true, process: { uptime: expect.any(Number) } });
  const refreshed = await call('GET', '/api/v1/statistics?refresh=true', credentials);
  expect(refreshed.status).toBe(200);
  expect(refreshed.body.process.uptime).not.toBe(first.body.process.uptime);
  expect(await call('GET', '/api/v1/statistics.list', userCredentials)).toEqual({ status: 400, body: { success: false, error: 'error-not-allowed' } });
  const list = await call('GET', '/api/v1/statistics.list?count=5&offset=0', credentials);
  expect(list.status).toBe(200);
  expect(list.body).toMatchObject({ success: true, offset: 0, count: 2, total: 2 });

  for (const who of [credentials, userCredentials]) {
    expect(await call('POST', '/api/v1/logout', who)).toEqual({ status: 200, body: { status: 'success', data: { message: "You've been logged out!" } } });
    expect((await call('GET', '/api/v1/statistics', who)).status).toBe(401);
  }
});
