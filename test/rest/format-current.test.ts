import type { TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { expectedCurrent, insertExampleWorkspace } from './example-workspace';
import { componentErrors, openApiErrors } from './openapi-validator';

const pick = (value: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, value[key]]));

/** Rocket.Chat 6.x–8.x IStats order, limited to the figures the gateway knows. */
const currentKeys = [
  '_id',
  'uniqueId',
  'installedAt',
  'version',
  'totalUsers',
  'activeUsers',
  'activeGuests',
  'nonActiveUsers',
  'appUsers',
  'onlineUsers',
  'awayUsers',
  'busyUsers',
  'totalConnectedUsers',
  'offlineUsers',
  'totalRooms',
  'totalChannels',
  'totalPrivateGroups',
  'totalDirect',
  'totalLivechat',
  'totalDiscussions',
  'totalThreads',
  'totalMessages',
  'totalChannelMessages',
  'totalPrivateGroupMessages',
  'totalDirectMessages',
  'totalDiscussionsMessages',
  'totalLivechatMessages',
  'lastLogin',
  'lastMessageSentAt',
  'lastSeenSubscription',
  'os',
  'process',
  'deploy',
  'uploadsTotal',
  'uploadsTotalSize',
  'migration',
  'instanceCount',
  'oplogEnabled',
  'mongoVersion',
  'mongoStorageEngine',
  'totalPinned',
  'createdAt',
  '_updatedAt',
];

let h: Harness;
let admin: TestCredentials;
let member: TestCredentials;

beforeAll(async () => {
  h = await startHarness({ config: { restFormat: 'current' } });
  ({ admin, member } = await insertExampleWorkspace(h.db));
});
afterAll(() => h.close());

describe('GET /api/v1/statistics in the current format', () => {
  test('is flat and compact, with the current keys in order, success last, and Cache-Control: no-store', async () => {
    const answer = await h.rest('/api/v1/statistics', admin.headers);
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json)).toEqual([...currentKeys, 'success']);
    expect(answer.json.success).toBe(true);
    expect(answer.text).toBe(JSON.stringify(answer.json));
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(openApiErrors('/api/v1/statistics', answer)).toEqual([]);
    expect(componentErrors('StatisticsCurrentResponse', answer.json)).toEqual([]);
  });

  test('shows the current figures of the inserted workspace', async () => {
    const answer = await h.rest('/api/v1/statistics', admin.headers);
    expect(pick(answer.json, Object.keys(expectedCurrent))).toEqual(expectedCurrent);
    expect(answer.json.totlalLivechat).toBeUndefined();
    expect(typeof answer.json.mongoVersion).toBe('string');
    expect(typeof answer.json.mongoStorageEngine).toBe('string');
  });

  test('shows apps.engineVersion when Rocket.Chat recorded one', async () => {
    await h.db.collection('rocketchat_statistics').insertOne({ version: '6.5.0', apps: { engineVersion: '1.41.0' }, createdAt: new Date() } as never);
    const answer = await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    expect(answer.json).toMatchObject({ version: '6.5.0', apps: { engineVersion: '1.41.0' } });
    expect(Object.keys(answer.json).indexOf('apps')).toBe(Object.keys(answer.json).indexOf('deploy') + 1);
    expect(openApiErrors('/api/v1/statistics', answer)).toEqual([]);
    await h.db.collection('rocketchat_statistics').deleteOne({ version: '6.5.0' });
    await h.rest('/api/v1/statistics?refresh=true', admin.headers);
  });
});

// spec rest.md "Checks that Rocket.Chat's own API tests make (they must pass in current format)".
describe("Rocket.Chat's own API checks", () => {
  let uptime: number;

  test('1. statistics without view-statistics → 400, success false, error error-not-allowed', async () => {
    const answer = await h.rest('/api/v1/statistics', member.headers);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ success: false, error: 'error-not-allowed' });
  });

  test('2. statistics with an admin → 200, success true, process.uptime present', async () => {
    const answer = await h.rest('/api/v1/statistics', admin.headers);
    expect(answer.status).toBe(200);
    expect(answer.json.success).toBe(true);
    expect(typeof answer.json.process.uptime).toBe('number');
    uptime = answer.json.process.uptime;
  });

  test('3. refresh=true → 200 and another process.uptime', async () => {
    const answer = await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    expect(answer.status).toBe(200);
    expect(answer.json.process.uptime).not.toBe(uptime);
  });

  test('4. statistics.list without view-statistics → 400 error-not-allowed', async () => {
    const answer = await h.rest('/api/v1/statistics.list', member.headers);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ success: false, error: 'error-not-allowed' });
  });

  test('5. statistics.list → 200 with a statistics array, offset, total and count', async () => {
    const stored = await h.db.collection('gateway_statistics').countDocuments();
    const answer = await h.rest('/api/v1/statistics.list', admin.headers);
    expect(answer.status).toBe(200);
    expect(Array.isArray(answer.json.statistics)).toBe(true);
    expect(answer.json).toMatchObject({ count: stored, offset: 0, total: stored, success: true });
    expect(Object.keys(answer.json.statistics[0])).toEqual(currentKeys);
    expect(openApiErrors('/api/v1/statistics.list', answer)).toEqual([]);
  });

  test('6. statistics.list?count=5&offset=0 → as 5', async () => {
    for (let i = 0; i < 5; i += 1) await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    const stored = await h.db.collection('gateway_statistics').countDocuments();
    const answer = await h.rest('/api/v1/statistics.list?count=5&offset=0', admin.headers);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ count: 5, offset: 0, total: stored, success: true });
    expect(answer.json.statistics).toHaveLength(5);
  });
});

describe('statistics.list with the current field names', () => {
  const list = (query: string) => h.rest(`/api/v1/statistics.list?${query}`, admin.headers);
  const json = (value: object) => encodeURIComponent(JSON.stringify(value));

  test('offset and count page through the default order (oldest first)', async () => {
    const all = (await list('count=0')).json;
    expect(all.count).toBe(all.total);
    const created = all.statistics.map((s: { createdAt: string }) => Date.parse(s.createdAt));
    expect(created).toEqual([...created].sort((a: number, b: number) => a - b));
    const page = (await list('offset=2&count=3')).json;
    expect(page).toMatchObject({ offset: 2, count: 3, total: all.total });
    expect(page.statistics.map((s: { _id: string }) => s._id)).toEqual(all.statistics.slice(2, 5).map((s: { _id: string }) => s._id));
  });

  test('fields projects the current shape; query compares the current figures', async () => {
    const total = (await list('count=0')).json.total;
    const selected = await list(`count=1&fields=${json({ totalLivechat: 1, busyUsers: 1, _id: 0 })}`);
    expect(selected.json.statistics).toEqual([{ busyUsers: 1, totalLivechat: 1 }]);
    expect(openApiErrors('/api/v1/statistics.list', selected)).toEqual([]);
    expect((await list(`count=1&query=${json({ activeUsers: 5 })}`)).json.total).toBe(total);
    expect((await list(`count=1&query=${json({ activeUsers: 7 })}`)).json.total).toBe(0);
    expect((await list(`count=1&query=${json({ 'migration._id': 'control', totalThreads: { $in: [1] } })}`)).json.total).toBe(total);
  });
});
