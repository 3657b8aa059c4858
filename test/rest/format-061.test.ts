import os from 'node:os';
import type { TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';
import { expected061, insertExampleWorkspace } from './example-workspace';
import { componentErrors, openApi, openApiErrors } from './openapi-validator';
import { keyPaths, readSeedResponse, shapeOf } from './seed-document';

const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const pick = (value: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, value[key]]));
const commandsOn = (h: Harness, collection: string) =>
  h
    .dbCommands()
    .filter((command) => command.collection === collection)
    .map((command) => command.name);

let h: Harness;
let admin: TestCredentials;
let member: TestCredentials;

beforeAll(async () => {
  h = await startHarness({ config: everyRefreshStores });
  ({ admin, member } = await insertExampleWorkspace(h.db));
});
afterAll(() => h.close());

describe('GET /api/v1/statistics in the 0.61 format (the default)', () => {
  test("matches Rocket.Chat 0.61's documented response key by key: same keys in the same order, same nesting, same value types", async () => {
    const answer = await h.rest('/api/v1/statistics', admin.headers);
    const seed = readSeedResponse();
    expect(answer.status).toBe(200);
    expect(keyPaths(answer.json)).toEqual(keyPaths(seed));
    expect(shapeOf(answer.json)).toEqual(shapeOf(seed));
  });

  test('shows the 0.61 figures of the inserted workspace', async () => {
    const { statistics } = (await h.rest('/api/v1/statistics', admin.headers)).json;
    expect(pick(statistics, Object.keys(expected061))).toEqual(expected061);
    expect(statistics.totalLivechat).toBeUndefined();
  });

  test('describes the gateway host and process; dates are ISO 8601 with milliseconds and Z', async () => {
    const { statistics } = (await h.rest('/api/v1/statistics', admin.headers)).json;
    // The gateway runs inside this test process.
    expect(statistics.process.pid).toBe(process.pid);
    expect(statistics.process.nodeVersion).toBe(process.version);
    expect(statistics.os).toMatchObject({ type: os.type(), platform: os.platform(), arch: os.arch(), release: os.release(), totalmem: os.totalmem() });
    expect(statistics.os.cpus).toHaveLength(os.cpus().length);
    expect(statistics.os.loadavg).toHaveLength(3);
    for (const key of ['installedAt', 'lastLogin', 'lastMessageSentAt', 'lastSeenSubscription', 'createdAt', '_updatedAt']) {
      expect(statistics[key]).toMatch(isoDate);
    }
    expect(statistics._id).toMatch(/^[23456789A-HJ-NP-Za-km-z]{17}$/);
  });

  test('is JSON indented by two spaces, as application/json, and conforms to the OpenAPI document', async () => {
    const answer = await h.rest('/api/v1/statistics', admin.headers);
    // fastify names the charset of every text body; JSON is UTF-8 either way.
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.text).toBe(JSON.stringify(answer.json, null, 2));
    expect(Object.keys(answer.json)).toEqual(['statistics', 'success']);
    expect(openApiErrors('/api/v1/statistics', answer)).toEqual([]);
    expect(componentErrors('Statistics061Response', answer.json)).toEqual([]);
  });
});

test('GET /api/v1/openapi.json serves the checked-in OpenAPI document, without credentials', async () => {
  const answer = await h.rest('/api/v1/openapi.json');
  expect(answer.status).toBe(200);
  expect(answer.json).toEqual(openApi);
});

describe("Rocket.Chat's own API checks, as the 0.61 format answers them", () => {
  let uptime: number;

  test('1. statistics without view-statistics → 400 error-not-allowed', async () => {
    const answer = await h.rest('/api/v1/statistics', member.headers);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ success: false, error: 'Not allowed [error-not-allowed]', errorType: 'error-not-allowed' });
  });

  test('2. statistics with an admin → 200, success, process.uptime present', async () => {
    const answer = await h.rest('/api/v1/statistics', admin.headers);
    expect(answer.status).toBe(200);
    expect(answer.json.success).toBe(true);
    expect(typeof answer.json.statistics.process.uptime).toBe('number');
    uptime = answer.json.statistics.process.uptime;
  });

  test('3. refresh=true → 200 and another process.uptime', async () => {
    const answer = await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    expect(answer.status).toBe(200);
    expect(answer.json.statistics.process.uptime).not.toBe(uptime);
  });

  test('4. statistics.list without view-statistics → 403 unauthorized', async () => {
    const answer = await h.rest('/api/v1/statistics.list', member.headers);
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({ success: false, error: 'unauthorized' });
  });

  test('5. statistics.list → 200 with statistics, offset, total and count', async () => {
    const stored = await h.db.collection('gateway_statistics').countDocuments();
    const answer = await h.rest('/api/v1/statistics.list', admin.headers);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ count: stored, offset: 0, total: stored, success: true });
    expect(answer.json.statistics).toHaveLength(stored);
    expect(Object.keys(answer.json.statistics[0])).toEqual(Object.keys(readSeedResponse().statistics));
    expect(openApiErrors('/api/v1/statistics.list', answer)).toEqual([]);
  });

  test('6. statistics.list?count=5&offset=0 → as 5, at most five entries', async () => {
    for (let i = 0; i < 5; i += 1) await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    const stored = await h.db.collection('gateway_statistics').countDocuments();
    const answer = await h.rest('/api/v1/statistics.list?count=5&offset=0', admin.headers);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ count: 5, offset: 0, total: stored, success: true });
    expect(answer.json.statistics).toHaveLength(5);
  });
});

describe('snapshots', () => {
  test("refresh=true stores exactly one snapshot in the gateway's collection and never writes rocketchat_statistics", async () => {
    const snapshots = h.db.collection('gateway_statistics');
    const before = await snapshots.countDocuments();
    const rocketChatBefore = await h.db.collection('rocketchat_statistics').find().toArray();
    h.dbCommands();
    const answer = await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    const commands = h.dbCommands();
    expect(answer.status).toBe(200);
    // One insert, then the pruning to the retention (the oldest kept, then the delete of anything older).
    expect(commands.filter((c) => c.collection === 'gateway_statistics').map((c) => c.name)).toEqual(['insert', 'find', 'delete']);
    // Reading Rocket.Chat's version is the only command on its collection.
    expect(commands.filter((c) => c.collection === 'rocketchat_statistics').map((c) => c.name)).toEqual(['find']);
    expect(await snapshots.countDocuments()).toBe(before + 1);
    expect(await snapshots.countDocuments({ _id: answer.json.statistics._id })).toBe(1);
    expect(await h.db.collection('rocketchat_statistics').find().toArray()).toEqual(rocketChatBefore);
  });

  test('without refresh (or with anything but "true") the latest snapshot comes back as stored, and nothing is computed', async () => {
    const latest = (await h.rest('/api/v1/statistics?refresh=true', admin.headers)).json.statistics;
    for (const query of ['', '?refresh=false', '?refresh=TRUE', '?refresh=1', '?refresh=yes', '?refresh=true&refresh=true']) {
      h.dbCommands();
      const answer = await h.rest(`/api/v1/statistics${query}`, admin.headers);
      expect(answer.status).toBe(200);
      expect(answer.json.statistics).toEqual(latest);
      expect(commandsOn(h, 'gateway_statistics')).toEqual(['find']);
    }
  });

  test('a new snapshot is taken when the latest is older than the configured maximum age (24 h by default)', async () => {
    const snapshots = h.db.collection<{ _id: string; createdAt: Date }>('gateway_statistics');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await snapshots.updateMany({}, { $set: { createdAt: twoDaysAgo } });
    const before = await snapshots.countDocuments();
    const answer = await h.rest('/api/v1/statistics', admin.headers);
    expect(await snapshots.countDocuments({ _id: answer.json.statistics._id, createdAt: { $gt: twoDaysAgo } })).toBe(1);
    expect(Date.now() - Date.parse(answer.json.statistics.createdAt)).toBeLessThan(60_000);
    expect(await snapshots.countDocuments()).toBe(before + 1);
  });
});

describe('statistics.list with the 0.61 field names', () => {
  test('sort {"createdAt": -1, "_id": -1} lists exactly the reverse of the default order', async () => {
    const answer = await h.rest(`/api/v1/statistics.list?count=0&sort=${encodeURIComponent('{"createdAt":-1,"_id":-1}')}`, admin.headers);
    const created = answer.json.statistics.map((s: { createdAt: string }) => Date.parse(s.createdAt));
    expect(created.length).toBeGreaterThan(2);
    expect(created).toEqual([...created].sort((a: number, b: number) => b - a));
    const oldestFirst = (await h.rest('/api/v1/statistics.list?count=0', admin.headers)).json.statistics.map((s: { _id: string }) => s._id);
    expect(answer.json.statistics.map((s: { _id: string }) => s._id)).toEqual([...oldestFirst].reverse());
  });

  test('fields selects or leaves out keys by their 0.61 names, dotted names reaching into objects', async () => {
    const list = (fields: object) => h.rest(`/api/v1/statistics.list?count=1&fields=${encodeURIComponent(JSON.stringify(fields))}`, admin.headers);
    const selected = (await list({ totlalLivechat: 1, activeUsers: 1 })).json.statistics[0];
    expect(Object.keys(selected)).toEqual(['_id', 'activeUsers', 'totlalLivechat']);
    expect(selected).toMatchObject({ activeUsers: 7, totlalLivechat: 1 });
    expect((await list({ 'migration._id': 1, _id: 0 })).json.statistics[0]).toEqual({ migration: { _id: 'control' } });
    const without = (await list({ os: 0, process: 0, _id: 0 })).json.statistics[0];
    expect(Object.keys(without)).toEqual(Object.keys(readSeedResponse().statistics).filter((key) => !['os', 'process', '_id'].includes(key)));
  });

  test('query compares the 0.61 figures under their 0.61 names', async () => {
    const total = await h.db.collection('gateway_statistics').countDocuments();
    const matching = async (query: object) =>
      (await h.rest(`/api/v1/statistics.list?count=1&query=${encodeURIComponent(JSON.stringify(query))}`, admin.headers)).json.total;
    expect(await matching({ activeUsers: 7 })).toBe(total); // legacy: every active user
    expect(await matching({ activeUsers: 5 })).toBe(0); // the current definition's value
    expect(await matching({ $or: [{ totlalLivechat: 1 }, { totalUsers: 0 }] })).toBe(total);
    expect(await matching({ 'migration._id': 'control', totalMessages: { $gte: 5, $lt: 6 } })).toBe(total);
  });
});
