import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from 'mongodb';
import { projectRoot } from '../../src/project-root';
import { seedWorkspace, type SeedResult } from '../../src/seed/insert';
import { startTestDatabase, type TestDatabase } from '../helpers/database';

/**
 * `MONGO_URL=… npm run bench` on a database it did not seed: the built benchmark (npm test builds
 * first) against a workspace this test seeds, with quick settings; the database must be left exactly
 * as it was.
 */
let database: TestDatabase;
let seeded: SeedResult;
let url: string;
const outDir = mkdtempSync(join(tmpdir(), 'rc-stats-bench-'));

beforeAll(async () => {
  database = await startTestDatabase();
  seeded = await seedWorkspace(database.handle.db, { users: 40, rooms: 12, messages: 300, seed: 7 });
  url = `${database.url.replace(/\/$/, '')}/${database.handle.db.databaseName}`;
});
afterAll(async () => {
  await database.stop();
  rmSync(outDir, { recursive: true, force: true });
});

/** Every collection with its exact count, its indexes, and a hash of its first and last 25 documents by _id. */
async function fingerprint(db: Db): Promise<Record<string, { count: number; indexes: string[]; sample: string }>> {
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  const entries = await Promise.all(
    names.map(async (name) => {
      const collection = db.collection(name);
      const [count, indexes, first, last] = await Promise.all([
        collection.countDocuments(),
        collection.listIndexes().toArray(),
        collection.find().sort({ _id: 1 }).limit(25).toArray(),
        collection.find().sort({ _id: -1 }).limit(25).toArray(),
      ]);
      const sample = createHash('sha256')
        .update(JSON.stringify([first, last]))
        .digest('hex');
      return [name, { count, indexes: indexes.map((index) => JSON.stringify(index.key)).sort(), sample }] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function bench(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'dist', 'bench', 'run.js'), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

it('measures a database named by MONGO_URL read-only, recording its server and collection sizes', async () => {
  const before = await fingerprint(database.handle.db);
  const { code, output } = await bench(['--quick', '--out', outDir], {
    MONGO_URL: url,
    BENCH_USER_ID: seeded.admin.userId,
    BENCH_AUTH_TOKEN: seeded.admin.authToken,
  });
  expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
  expect(await fingerprint(database.handle.db)).toEqual(before);

  const results = JSON.parse(readFileSync(join(outDir, 'external.json'), 'utf8'));
  expect(results.scale).toBe('external');
  expect(results.workspace).toBeUndefined();
  expect(results.database.readOnly).toBe(true);
  expect(results.database.server).toMatch(/^FerretDB.* \(MongoDB \d+\.\d+\.\d+ wire\)$/);
  expect(results.machine.database).toBe(`${results.database.server}, named by MONGO_URL`);
  expect(Object.fromEntries(results.database.collections.map((c: { name: string; documents: number }) => [c.name, c.documents]))).toEqual(
    Object.fromEntries(Object.entries(before).map(([name, facts]) => [name, facts.count])),
  );
  // Every scenario that needs no write ran and answered right; REST's refresh=true (it stores a snapshot) did not.
  const names = results.scenarios.map((s: { name: string }) => s.name);
  expect(names).toEqual(expect.arrayContaining(['floor', 'eager', 'graphqlWhole', 'oneFigure.countRoomsByType']));
  expect(names).not.toContain('restWhole');
  expect(results.scenarios.filter((s: { status: string }) => s.status !== 'ok')).toEqual([]);
  expect(results.load.map((l: { name: string; status: string }) => [l.name, l.status])).toEqual([
    ['dashboard', 'ok'],
    ['dashboardWarm', 'ok'],
    ['typename', 'ok'],
    ['dashboardNoStale', 'ok'],
    ['dashboardOneAtATime', 'ok'],
  ]);
  expect(readFileSync(join(outDir, 'external.md'), 'utf8')).toMatch(/^# Benchmark: a database named by MONGO_URL \(quick\)/);
}, 300_000);

it('--seed-into refuses a database that holds anything, and writes nothing', async () => {
  const before = await fingerprint(database.handle.db);
  const { code, output } = await bench(['--quick', '--out', outDir, '--seed-into', database.handle.db.databaseName], { MONGO_URL: url });
  expect(code).toBe(1);
  expect(output).toMatch(/is not empty \(\d+ collections\): --seed-into only seeds an empty database; name a new one/);
  expect(await fingerprint(database.handle.db)).toEqual(before);
}, 60_000);
