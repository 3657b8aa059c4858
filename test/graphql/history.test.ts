import type { CommandStartedEvent } from 'mongodb';
import { insertAdmin, insertUserWithToken, type TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';
import { startTestDatabase } from '../helpers/database';

let h: Harness;
let admin: TestCredentials;

const at = (iso: string) => new Date(iso);
const rocketChat = () => h.db.collection('rocketchat_statistics');
const gateway = () => h.db.collection('gateway_statistics');

beforeAll(async () => {
  const database = await startTestDatabase();
  const db = database.handle.db;
  // Rocket.Chat 0.74 stored the 0.61 definitions and keys (activeUsers of every type, totlalLivechat); 6.12 today's.
  await db.collection('rocketchat_statistics').insertMany([
    { _id: 'rc1', version: '0.74.3', createdAt: at('2025-03-01T02:00:00Z'), totalUsers: 10, activeUsers: 9, totlalLivechat: 1 },
    { _id: 'rc2', version: '0.74.3', createdAt: at('2025-03-02T02:00:00Z'), totalUsers: 11, activeUsers: 10, totlalLivechat: 1 },
    // No snapshot on 3 and 4 March: the gateway answers no point for them.
    { _id: 'rc3', version: '6.12.0', createdAt: at('2025-03-05T02:00:00Z'), totalUsers: 12, activeUsers: 8, totalLivechat: 2 },
    { _id: 'rc4', version: '6.12.0', createdAt: at('2025-03-06T02:00:00Z'), totalUsers: 13, activeUsers: 8, totalLivechat: 2 },
    { _id: 'rc5', version: '6.12.0', createdAt: at('2025-03-07T02:00:00Z'), totalUsers: 15, activeUsers: 10, totalLivechat: 2 },
    { _id: 'rc6', version: '6.12.0', createdAt: at('2025-04-10T02:00:00Z'), totalUsers: 20, activeUsers: 15, totalLivechat: 3 },
  ] as never[]);
  // The gateway stores under the Statistics paths, both definitions at once. It reads its own
  // snapshots once, when it starts: these are in its collection before.
  await db.collection('gateway_statistics').insertMany([
    { _id: 'gw1', createdAt: at('2025-03-06T10:00:00Z'), totalUsers: 14, activeUsers: 9, totalLivechat: 2, legacy: { activeUsers: 12 } },
    { _id: 'gw2', createdAt: at('2025-03-06T01:00:00Z'), totalUsers: 99, activeUsers: 99, totalLivechat: 99, legacy: { activeUsers: 99 } },
    { _id: 'gw3', createdAt: at('2025-03-07T02:00:00Z'), totalUsers: 98, activeUsers: 98, totalLivechat: 98, legacy: { activeUsers: 98 } },
    { _id: 'gw4', createdAt: at('2025-04-30T23:59:59Z'), totalUsers: 21, activeUsers: 16, totalLivechat: 3, legacy: { activeUsers: 19 } },
  ] as never[]);
  h = await startHarness({ database, config: everyRefreshStores });
  admin = await insertAdmin(h.db);
});
afterAll(async () => {
  // The harness was given this database, so stopping it is this file's job.
  await h.close();
  await h.database.stop();
});

const historyQuery = `query History($from: DateTime!, $to: DateTime, $figures: [String!]!, $step: HistoryStep) {
  history(from: $from, to: $to, figures: $figures, step: $step) {
    from to step figures
    points { period takenAt source snapshotId rocketChatVersion definitions values { figure value } }
  }
}`;

async function history(variables: Record<string, unknown>, headers = admin.headers) {
  return h.graphql(historyQuery, { variables, headers });
}

/** A point as one line: its step, source and id, and its values in the order asked. */
async function series(variables: Record<string, unknown>) {
  const answer = await history(variables);
  expect(answer.json.errors).toBeUndefined();
  return answer.json.data.history.points.map((point: any) => [
    point.period.slice(0, 10),
    point.source,
    point.snapshotId,
    point.definitions,
    ...point.values.map((value: any) => value.value),
  ]);
}

const figures = ['totalUsers', 'activeUsers', 'legacy.activeUsers', 'totalLivechat'];

describe('history', () => {
  test('one point per day with a snapshot: gaps stay gaps, the newest snapshot of a day is picked, from either source', async () => {
    expect(await series({ from: '2025-03-01T00:00:00Z', to: '2025-04-30T23:59:59Z', figures, step: 'DAY' })).toEqual([
      ['2025-03-01', 'ROCKET_CHAT', 'rc1', '0.61', 10, null, 9, 1],
      ['2025-03-02', 'ROCKET_CHAT', 'rc2', '0.61', 11, null, 10, 1],
      ['2025-03-05', 'ROCKET_CHAT', 'rc3', 'current', 12, 8, null, 2],
      // Two sources on one day: the gateway's 10:00 snapshot is newer than Rocket.Chat's 02:00 one (and its own 01:00 one).
      ['2025-03-06', 'GATEWAY', 'gw1', 'current', 14, 9, 12, 2],
      // Taken at the same instant: Rocket.Chat's own wins.
      ['2025-03-07', 'ROCKET_CHAT', 'rc5', 'current', 15, 10, null, 2],
      ['2025-04-10', 'ROCKET_CHAT', 'rc6', 'current', 20, 15, null, 3],
      ['2025-04-30', 'GATEWAY', 'gw4', 'current', 21, 16, 19, 3],
    ]);
  });

  test('a step of a month picks the newest snapshot of each month', async () => {
    expect(await series({ from: '2025-01-01T00:00:00Z', to: '2025-12-31T00:00:00Z', figures: ['totalUsers'], step: 'MONTH' })).toEqual([
      ['2025-03-01', 'ROCKET_CHAT', 'rc5', 'current', 15],
      ['2025-04-01', 'GATEWAY', 'gw4', 'current', 21],
    ]);
  });

  test('a step of a week starts on Monday (UTC)', async () => {
    // 2025-03-03 is a Monday: 1 and 2 March belong to the week of 24 February.
    expect(await series({ from: '2025-02-24T00:00:00Z', to: '2025-03-16T00:00:00Z', figures: ['totalUsers'], step: 'WEEK' })).toEqual([
      ['2025-02-24', 'ROCKET_CHAT', 'rc2', '0.61', 11],
      ['2025-03-03', 'ROCKET_CHAT', 'rc5', 'current', 15],
    ]);
  });

  test('both ends of the range are included, and only snapshots inside it are read', async () => {
    expect(await series({ from: '2025-03-05T02:00:00Z', to: '2025-03-06T02:00:00Z', figures: ['totalUsers'] })).toEqual([
      ['2025-03-05', 'ROCKET_CHAT', 'rc3', 'current', 12],
      // gw1 (10:00) lies after `to`: the day's point is the newest snapshot inside the range.
      ['2025-03-06', 'ROCKET_CHAT', 'rc4', 'current', 13],
    ]);
  });

  test('the answer repeats the range, the step and the figures; a point names the Rocket.Chat version', async () => {
    const answer = await history({ from: '2025-03-01T00:00:00Z', to: '2025-03-01T23:00:00Z', figures: ['totalLivechat', 'totalUsers'] });
    expect(answer.json.data.history).toEqual({
      from: '2025-03-01T00:00:00.000Z',
      to: '2025-03-01T23:00:00.000Z',
      step: 'DAY',
      figures: ['totalLivechat', 'totalUsers'],
      points: [
        {
          period: '2025-03-01T00:00:00.000Z',
          takenAt: '2025-03-01T02:00:00.000Z',
          source: 'ROCKET_CHAT',
          snapshotId: 'rc1',
          rocketChatVersion: '0.74.3',
          definitions: '0.61',
          values: [
            { figure: 'totalLivechat', value: 1 },
            { figure: 'totalUsers', value: 10 },
          ],
        },
      ],
    });
  });

  test('no snapshot in the range: no point', async () => {
    expect(await series({ from: '2020-01-01T00:00:00Z', to: '2020-12-31T00:00:00Z', figures: ['totalUsers'], step: 'MONTH' })).toEqual([]);
  });

  test('historyBegins is the oldest snapshot of either source', async () => {
    const answer = await h.graphql('{ historyBegins }', { headers: admin.headers });
    expect(answer.json).toEqual({ data: { historyBegins: '2025-03-01T02:00:00.000Z' } });
  });
});

describe('history refuses', () => {
  const refusal = async (variables: Record<string, unknown>) => {
    const answer = await history({ from: '2025-03-01T00:00:00Z', to: '2025-03-31T00:00:00Z', figures: ['totalUsers'], ...variables });
    expect(answer.json.data).toBeNull();
    return { code: answer.json.errors[0].extensions.code, message: answer.json.errors[0].message };
  };

  test.each([
    [{ figures: ['totalUser'] }, /^"totalUser" is not a count of Statistics: history reads counts by their Statistics path, e\.g\. totalUsers/],
    [{ figures: ['version'] }, /^"version" is not a count of Statistics/],
    [{ figures: ['lastLogin'] }, /^"lastLogin" is not a count of Statistics/],
    [{ figures: [] }, /^figures is empty: name at least one count/],
    [{ figures: ['totalUsers', 'totalUsers'] }, /^figures names "totalUsers" twice/],
    [{ figures: Array.from({ length: 21 }, () => 'totalUsers') }, /^figures names 21 figures; a history reads at most 20/],
    [{ from: '2025-04-01T00:00:00Z' }, /^from \(2025-04-01T00:00:00\.000Z\) is after to \(2025-03-31T00:00:00\.000Z\): swap them/],
    [
      { from: '2022-01-01T00:00:00Z', to: '2024-12-31T00:00:00Z', step: 'DAY' },
      /^from\.\.to spans 1096 steps of DAY; a history answers at most 1000: shorten the range or use WEEK or MONTH\.$/,
    ],
  ])('%j', async (variables, message) => {
    const { code, message: text } = await refusal(variables);
    expect(code).toBe('BAD_USER_INPUT');
    expect(text).toMatch(message);
  });

  test('a step or a date GraphQL does not know is refused before anything is read', async () => {
    for (const variables of [{ step: 'HOUR' }, { from: 'yesterday' }]) {
      const answer = await history({ from: '2025-03-01T00:00:00Z', figures: ['totalUsers'], ...variables });
      expect(answer.status).toBe(400);
      expect(answer.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  test('without credentials, and without view-statistics', async () => {
    const plain = await insertUserWithToken(h.db);
    const variables = { from: '2025-03-01T00:00:00Z', figures: ['totalUsers'] };
    for (const [headers, code] of [
      [{}, 'UNAUTHENTICATED'],
      [plain.headers, 'FORBIDDEN'],
    ] as const) {
      const answer = await history(variables, headers);
      expect(answer.json.errors.map((error: any) => error.extensions.code)).toEqual([code]);
      const begins = await h.graphql('{ historyBegins }', { headers });
      expect(begins.json.errors.map((error: any) => error.extensions.code)).toEqual([code]);
    }
    const forbidden = await history(variables, plain.headers);
    expect(forbidden.json.errors[0].message).toMatch(/view-statistics/);
  });
});

describe('history over two years of daily snapshots', () => {
  const days = 730;
  const start = Date.parse('2022-01-01T03:00:00Z');

  beforeAll(async () => {
    await rocketChat().insertMany(
      Array.from({ length: days }, (_, day) => ({
        _id: `daily${day}`,
        version: '6.12.0',
        createdAt: new Date(start + day * 24 * 3600 * 1000),
        totalUsers: 100 + day,
        totalMessages: 1000 + 10 * day,
        totalRooms: 7,
      })) as never[],
    );
  });

  test("one command: a find of Rocket.Chat's snapshots, projected to the asked figures, sorted by createdAt, in one batch", async () => {
    const sent: CommandStartedEvent[] = [];
    // The driver's own pings may pass meanwhile; reads are what counts here.
    const record = (event: CommandStartedEvent) => ['find', 'getMore', 'aggregate'].includes(event.commandName) && sent.push(event);
    const variables = { from: '2022-01-01T00:00:00Z', to: '2023-12-31T23:59:59Z', figures: ['totalUsers', 'totalMessages'], step: 'DAY' };
    // The caller's token is read (and cached) before counting.
    await history(variables);
    h.dbCommands();
    h.database.handle.client.on('commandStarted', record);
    try {
      const points = await series(variables);
      expect(points).toHaveLength(days);
      expect(points[0]).toEqual(['2022-01-01', 'ROCKET_CHAT', 'daily0', 'current', 100, 1000]);
      expect(points[days - 1]).toEqual(['2023-12-31', 'ROCKET_CHAT', 'daily729', 'current', 829, 8290]);
    } finally {
      h.database.handle.client.off('commandStarted', record);
    }
    // The gateway's own snapshots are held by the gateway: its collection is not read.
    expect(h.dbCommands()).toEqual([{ name: 'find', collection: 'rocketchat_statistics' }]);
    // No getMore: the whole answer came in the first reply.
    expect(sent.map((event) => event.commandName)).toEqual(['find']);
    const [find] = sent.map((event) => event.command);
    expect(find.projection).toEqual({ createdAt: 1, version: 1, totalMessages: 1, totalUsers: 1 });
    expect(Object.fromEntries(find.sort)).toEqual({ createdAt: 1 });
  });

  test("historyBegins reads Rocket.Chat's first snapshot only", async () => {
    h.dbCommands();
    const answer = await h.graphql('{ historyBegins }', { headers: admin.headers });
    expect(answer.json).toEqual({ data: { historyBegins: '2022-01-01T03:00:00.000Z' } });
    expect(h.dbCommands()).toEqual([{ name: 'find', collection: 'rocketchat_statistics' }]);
  });

  test('the month step picks the last day of each month', async () => {
    const points = await series({ from: '2022-01-01T00:00:00Z', to: '2023-12-31T23:59:59Z', figures: ['totalUsers'], step: 'MONTH' });
    expect(points).toHaveLength(24);
    expect(points.slice(0, 2)).toEqual([
      ['2022-01-01', 'ROCKET_CHAT', 'daily30', 'current', 130],
      ['2022-02-01', 'ROCKET_CHAT', 'daily58', 'current', 158],
    ]);
  });
});

describe("the gateway's own snapshots, held by the gateway", () => {
  const dayMs = 24 * 3600 * 1000;
  const sinceYesterday = () => ({ from: new Date(Date.now() - dayMs).toISOString(), figures: ['totalUsers'] });

  test('a snapshot taken through the gateway is in the next history, with no read of its collection; so is one of a REST refresh', async () => {
    const taken = await h.graphql('mutation { takeSnapshot { id createdAt totalUsers } }', { headers: admin.headers });
    const { id, createdAt, totalUsers } = taken.json.data.takeSnapshot;
    h.dbCommands();
    expect(await series(sinceYesterday())).toEqual([[createdAt.slice(0, 10), 'GATEWAY', id, 'current', totalUsers]]);
    expect(h.dbCommands()).toEqual([{ name: 'find', collection: 'rocketchat_statistics' }]);

    const refreshed = await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    expect(refreshed.status).toBe(200);
    h.dbCommands();
    // The newest snapshot of the day is its point.
    const [point] = await series(sinceYesterday());
    expect(point.slice(1, 3)).toEqual(['GATEWAY', refreshed.json._id]);
    expect(h.dbCommands()).toEqual([{ name: 'find', collection: 'rocketchat_statistics' }]);
    expect(await gateway().countDocuments({ _id: { $in: [id, refreshed.json._id] } })).toBe(2);
  });

  test('a prune removes from the held series what it deletes from the collection', async () => {
    // A gateway of its own collection, keeping 30 days and at most 3 snapshots.
    const collection = 'pruned_statistics';
    const now = Date.now();
    await h.db.collection(collection).insertMany([
      { _id: 'old', createdAt: new Date(now - 60 * dayMs), totalUsers: 1 },
      { _id: 'd3', createdAt: new Date(now - 3 * dayMs), totalUsers: 2 },
      { _id: 'd2', createdAt: new Date(now - 2 * dayMs), totalUsers: 3 },
      { _id: 'd1', createdAt: new Date(now - 1 * dayMs), totalUsers: 4 },
    ] as never[]);
    const pruning = await startHarness({
      database: h.database,
      config: { snapshotCollection: collection, snapshotLimits: { minIntervalMs: 0, retentionMs: 30 * dayMs, maxCount: 3 } },
    });
    try {
      const held = async () => {
        const answer = await pruning.graphql(historyQuery, {
          headers: admin.headers,
          variables: { from: new Date(now - 90 * dayMs).toISOString(), figures: ['totalUsers'] },
        });
        return answer.json.data.history.points.map((point: any) => [point.snapshotId, point.values[0].value]);
      };
      // Held at most SNAPSHOT_MAX_COUNT, the newest: what the next prune keeps at most.
      expect(await held()).toEqual([
        ['d3', 2],
        ['d2', 3],
        ['d1', 4],
      ]);
      const taken = await pruning.graphql('mutation { takeSnapshot { id totalUsers } }', { headers: admin.headers });
      const { id, totalUsers } = taken.json.data.takeSnapshot;
      // The 60-day-old one is past the retention, d3 past the newest 3.
      const stored = await h.db
        .collection(collection)
        .find({}, { projection: { _id: 1 } })
        .sort({ createdAt: 1 })
        .toArray();
      expect(stored.map((snapshot) => snapshot._id)).toEqual(['d2', 'd1', id]);
      pruning.dbCommands();
      expect(await held()).toEqual([
        ['d2', 3],
        ['d1', 4],
        [id, totalUsers],
      ]);
      expect(pruning.dbCommands()).toEqual([{ name: 'find', collection: 'rocketchat_statistics' }]);
    } finally {
      await pruning.close();
    }
  });
});
