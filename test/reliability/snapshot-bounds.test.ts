import { testConfig } from '../../src/config';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { expectedFigures, insertFiguresWorkspace } from '../helpers/figures-workspace';
import { startHarness, type Harness } from '../helpers/harness';

const minIntervalMs = 60_000;
let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness({
    config: { restFormat: 'current', statisticsTtlMs: 60_000, authCacheTtlMs: 60_000, snapshotLimits: { ...testConfig().snapshotLimits, minIntervalMs } },
  });
  admin = await insertAdmin(h.db);
  await insertFiguresWorkspace(h.db, new Date());
});
afterAll(() => h.close());

const snapshots = () => h.db.collection('gateway_statistics');

describe('snapshots are bounded', () => {
  it('200 concurrent refresh=true and a takeSnapshot with 15 aliases store one snapshot; a cached query answers meanwhile', async () => {
    // The cached query's figures and its caller are known before the storm.
    const cached = '{ statistics { totalUsers onlineUsers } }';
    expect((await h.graphql(cached, { headers: admin.headers })).json.data.statistics).toEqual({
      totalUsers: expectedFigures.totalUsers,
      onlineUsers: expectedFigures.onlineUsers,
    });
    const before = await snapshots().countDocuments();

    // The storm's fresh queries are held until every request of it waits on the shared computation.
    const { figureCache, snapshotTaker } = h.gateway.services;
    const query = figureCache.get.bind(figureCache);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(figureCache, 'get').mockImplementation(async (family, refresh) => {
      if (refresh) await held;
      return query(family, refresh);
    });
    const takes = jest.spyOn(snapshotTaker, 'take');
    const storm = [
      ...Array.from({ length: 200 }, () => h.rest('/api/v1/statistics?refresh=true', admin.headers)),
      h.graphql(`mutation { ${Array.from({ length: 15 }, (_, i) => `a${i}: takeSnapshot { id }`).join(' ')} }`, { headers: admin.headers }),
    ];
    // A mutation's root fields run one after another: the first alias waits with the 200, the others follow it.
    while (takes.mock.calls.length < 201) await new Promise((resolve) => setTimeout(resolve, 20));
    const during = await h.graphql(cached, { headers: admin.headers });
    const storedMeanwhile = await snapshots().countDocuments();
    release();
    const answers = await Promise.all(storm);
    jest.restoreAllMocks();

    expect(during.json.data.statistics.totalUsers).toBe(expectedFigures.totalUsers);
    // The cached answer did not wait for the snapshot computation the storm shares.
    expect(storedMeanwhile).toBe(before);
    const rest = answers.slice(0, 200);
    expect(rest.map((answer) => answer.status)).toEqual(Array(200).fill(200));
    const ids = new Set(rest.map((answer) => answer.json._id));
    const aliases = answers[200].json.data;
    for (let i = 0; i < 15; i += 1) ids.add(aliases[`a${i}`].id);
    expect(ids.size).toBe(1);
    expect(await snapshots().countDocuments()).toBe(before + 1);
  });

  it('inside the minimum interval, refresh=true answers the newest snapshot and stores nothing', async () => {
    const count = await snapshots().countDocuments();
    const newest = (await h.rest('/api/v1/statistics', admin.headers)).json._id;
    const refreshed = await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    expect(refreshed.json._id).toBe(newest);
    expect(await snapshots().countDocuments()).toBe(count);
  });

  it('each new snapshot prunes the collection to its retention, by age and by count', async () => {
    const retained = await startHarness({
      database: h.database,
      config: { snapshotLimits: { minIntervalMs: 0, retentionMs: 30 * 24 * 3600 * 1000, maxCount: 3 } },
    });
    try {
      await snapshots().deleteMany({});
      const day = 24 * 3600 * 1000;
      const old = (daysAgo: number, id: string) => ({ _id: id, createdAt: new Date(Date.now() - daysAgo * day), _updatedAt: new Date() }) as never;
      await snapshots().insertMany([old(90, 'ninety'), old(40, 'forty'), old(3, 'three'), old(2, 'two'), old(1, 'one')]);
      const answer = await retained.graphql('mutation { takeSnapshot { id } }', { headers: admin.headers });
      const newId = answer.json.data.takeSnapshot.id;
      const kept = await snapshots()
        .find({}, { projection: { _id: 1 } })
        .sort({ createdAt: -1 })
        .toArray();
      expect(kept.map((snapshot) => snapshot._id)).toEqual([newId, 'one', 'two']);
      // Rocket.Chat's own snapshots are never touched.
      expect(await h.db.collection('rocketchat_statistics').countDocuments()).toBe(2);
    } finally {
      await retained.close();
    }
  });
});
