import { keepDemoHeartbeats } from '../../src/demo/demo-heartbeats';
import { buildInstances, liveInstanceHosts } from '../../src/seed/instances';
import { startTestDatabase, type TestDatabase } from '../helpers/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await startTestDatabase();
});

afterAll(async () => {
  await database?.stop();
});

it('keeps the instances seeded as live beating while the demo runs, and leaves the stale one stale', async () => {
  const instances = database.handle.db.collection('instances');
  // Seeded a day ago: a restarted demo, whose heartbeats are all old.
  const dayAgo = new Date(Date.now() - 24 * 3600_000);
  await instances.insertMany(buildInstances(7, dayAgo));
  const beforeStart = Date.now();
  const heartbeats = keepDemoHeartbeats(
    database.handle.db,
    (error) => {
      throw error;
    },
    50,
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  await heartbeats.stop();

  const seen = await instances.find({}, { projection: { _updatedAt: 1, 'extraInformation.host': 1 } }).toArray();
  const beating = seen.filter((instance) => instance._updatedAt.getTime() >= beforeStart).map((instance) => instance.extraInformation.host);
  expect(liveInstanceHosts).toEqual(['rocketchat-0', 'rocketchat-1']);
  expect(beating.sort()).toEqual(liveInstanceHosts);
  expect(seen).toHaveLength(3);

  // Stopped means stopped: no write after stop() returns.
  const stoppedAt = Math.max(...seen.map((instance) => instance._updatedAt.getTime()));
  await new Promise((resolve) => setTimeout(resolve, 150));
  const later = await instances.find({}).toArray();
  expect(Math.max(...later.map((instance) => instance._updatedAt.getTime()))).toBe(stoppedAt);
});
