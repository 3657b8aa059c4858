import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase } from '../../src/db/connect';
import { startDatabase } from '../../src/db/ferretdb-process';
import { findFreePort } from '../../src/db/free-port';
import { GatewaySeries, type GatewaySeriesOptions } from '../../src/history/gateway-series';
import { SnapshotStore } from '../../src/snapshots/snapshot-store';
import { ComputationQueue } from '../../src/statistics/computation-queue';
import { startTestDatabase, type TestDatabase } from '../helpers/database';

let database: TestDatabase;
const dayMs = 24 * 3600 * 1000;
const always = { from: new Date(0), to: new Date('2100-01-01T00:00:00Z') };
const ids = (snapshots: { id: string }[]) => snapshots.map((snapshot) => snapshot.id);

beforeAll(async () => {
  database = await startTestDatabase();
});
afterAll(() => database.stop());

function seriesOver(collection: string, options: Partial<GatewaySeriesOptions> = {}) {
  return new GatewaySeries({
    database: database.handle,
    collection,
    queue: new ComputationQueue(8, 100),
    limits: { retentionMs: 400 * dayMs, maxCount: 5000 },
    followIntervalMs: 0,
    onFailure: () => undefined,
    ...options,
  });
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > 20_000) throw new Error('not within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the gateway's held snapshots", () => {
  test('one find at start; requests that come before it ends wait for that same find; then none', async () => {
    await database.handle.db.collection('held_a').insertMany([
      { _id: 'b', createdAt: new Date('2025-01-02T00:00:00Z'), totalUsers: 2, legacy: { activeUsers: 1 } },
      { _id: 'a', createdAt: new Date('2025-01-01T00:00:00Z'), totalUsers: 1 },
    ] as never[]);
    const series = seriesOver('held_a');
    database.handle.commands.take();
    series.start();
    const [between, first] = await Promise.all([series.between(always.from, always.to), series.first()]);
    expect(ids(between)).toEqual(['a', 'b']);
    expect(first?.id).toBe('a');
    expect(database.handle.commands.take()).toEqual([{ name: 'find', collection: 'held_a' }]);
    await series.between(always.from, always.to);
    expect(database.handle.commands.take()).toEqual([]);
  });

  test("this process's insert and prune during the load are not lost", async () => {
    await database.handle.db.collection('held_b').insertMany([
      { _id: 'old', createdAt: new Date('2025-01-01T00:00:00Z'), totalUsers: 1 },
      { _id: 'kept', createdAt: new Date('2025-02-01T00:00:00Z'), totalUsers: 2 },
    ] as never[]);
    const series = seriesOver('held_b');
    series.start();
    // As SnapshotStore tells it, while the load's find is under way.
    series.inserted({ _id: 'new', createdAt: new Date('2025-03-01T00:00:00Z'), _updatedAt: new Date(), totalUsers: 3 });
    series.removedBefore(new Date('2025-01-15T00:00:00Z'));
    expect(ids(await series.between(always.from, always.to))).toEqual(['kept', 'new']);
  });

  test('a failed load answers DB_UNAVAILABLE, and the next request loads again', async () => {
    const port = await findFreePort();
    const handle = connectDatabase({ url: `mongodb://127.0.0.1:${port}/`, dbName: 'held_retry', readPreference: 'primary', timeoutMs: 500 });
    const dataDir = mkdtempSync(join(tmpdir(), 'rc-stats-held-'));
    const failures: string[] = [];
    const series = seriesOver('held_c', { database: handle, onFailure: (what) => failures.push(what) });
    const server = { stop: async () => undefined } as { stop(): Promise<void> };
    try {
      series.start();
      await expect(series.between(always.from, always.to)).rejects.toMatchObject({ code: 'DB_UNAVAILABLE' });
      expect(failures).toEqual(['load']);

      server.stop = (await startDatabase({ port, dataDir })).stop;
      await until(() => handle.reachability.check());
      await handle.db.collection('held_c').insertOne({ _id: 'up' as never, createdAt: new Date('2025-01-01T00:00:00Z'), totalUsers: 7 });
      handle.commands.take();
      expect(ids(await series.between(always.from, always.to))).toEqual(['up']);
      expect(handle.commands.take()).toEqual([{ name: 'find', collection: 'held_c' }]);
    } finally {
      series.close();
      await handle.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("another gateway's snapshots and prunes are followed in the background; a read of the held series sends nothing", async () => {
    const limits = { retentionMs: 400 * dayMs, maxCount: 2 };
    const series = seriesOver('held_d', { limits, followIntervalMs: 100 });
    // The other gateway: the same collection, its own store (this series is not told of its writes).
    const other = new SnapshotStore(database.handle, 'held_d', new ComputationQueue(8, 100));
    const stored = () => database.handle.db.collection('held_d').find({}).sort({ createdAt: 1 }).toArray();
    let kept: string[] = [];
    series.start();
    try {
      await series.loaded();
      const first = await other.insert({ totalUsers: 1 }, new Date(Date.now() - 3000));
      await until(async () => ids(await series.between(always.from, always.to)).join() === first._id);

      await other.insert({ totalUsers: 2 }, new Date(Date.now() - 2000));
      await other.insert({ totalUsers: 3 }, new Date(Date.now() - 1000));
      expect(await other.prune(limits, new Date())).toBe(1);
      kept = (await stored()).map((snapshot) => String(snapshot._id));
      expect(kept).toHaveLength(2);
      await until(async () => ids(await series.between(always.from, always.to)).join() === kept.join());
    } finally {
      series.close();
    }
    // Closed: no more follow reads, and the held series answers without the database.
    database.handle.commands.take();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ids(await series.between(always.from, always.to))).toEqual(kept);
    expect((await series.first())?.id).toBe(kept[0]);
    expect(database.handle.commands.take()).toEqual([]);
  });
});
