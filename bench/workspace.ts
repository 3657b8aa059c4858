import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { startDatabase, type RunningDatabase } from '../src/db/ferretdb-process';
import { projectRoot } from '../src/project-root';
import { generateWorkspace, seedCollectionNames } from '../src/seed/generate';
import { seedWorkspace, type SeedProgress, type SeedResult } from '../src/seed/insert';
import { presetOptions, type SeedOptions, type SeedPresetName } from '../src/seed/options';

export const benchDatabaseName = 'rocketchat';

/** What a seeded cache folder remembers next to the database files. */
export interface SeedRecord {
  fingerprint: string;
  options: SeedOptions;
  counts: SeedResult['counts'];
  admin: SeedResult['admin'];
  /** How long the seed took when it was made (the run that reuses it did not pay it). */
  seedDurationMs: number;
  seededAt: string;
}

export interface BenchWorkspace {
  database: RunningDatabase;
  /** mongodb://127.0.0.1:PORT/rocketchat */
  url: string;
  record: SeedRecord;
  /** True when this run found the seeded folder and did not seed. */
  reused: boolean;
  cacheDir: string;
}

/**
 * The seeded workspace of one scale, kept under .cache/bench-<scale>-<seed>/: a large seed takes
 * many minutes, so later runs start FerretDB on the kept files. The record is written last, so an
 * interrupted seed is redone; a change of the generator (another fingerprint) reseeds.
 */
export async function openBenchWorkspace(scale: SeedPresetName, seed: number, log: (line: string) => void): Promise<BenchWorkspace> {
  const options = presetOptions(scale, seed);
  const cacheDir = join(projectRoot, '.cache', `bench-${scale}-${seed}`);
  const dataDir = join(cacheDir, 'ferretdb');
  const recordFile = join(cacheDir, 'workspace.json');
  const fingerprint = fingerprintOf(options);

  const kept = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as SeedRecord) : undefined;
  if (kept && kept.fingerprint === fingerprint) {
    log(`Reusing the ${scale} workspace seeded ${kept.seededAt} in ${cacheDir} (seeding took ${(kept.seedDurationMs / 1000).toFixed(1)} s)`);
    const database = await startDatabase({ dataDir, startTimeoutMs: 120_000 });
    return { database, url: `${database.url}${benchDatabaseName}`, record: kept, reused: true, cacheDir };
  }

  if (kept) log(`The cached ${scale} workspace was drawn by another generator; seeding it again`);
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const database = await startDatabase({ dataDir, startTimeoutMs: 120_000 });
  const url = `${database.url}${benchDatabaseName}`;
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 10_000, socketTimeoutMS: 0 });
  try {
    log(`Seeding the ${scale} workspace (${options.users} users, ${options.rooms} rooms, ${options.messages} messages) into ${dataDir}`);
    const progress = progressLogger(log);
    const result = await seedWorkspace(client.db(benchDatabaseName), options, { dropExisting: true, onProgress: progress });
    const record: SeedRecord = {
      fingerprint,
      options: result.options,
      counts: result.counts,
      admin: result.admin,
      seedDurationMs: result.durationMs,
      seededAt: new Date().toISOString(),
    };
    writeFileSync(recordFile, `${JSON.stringify(record, null, 2)}\n`);
    log(`Seeded in ${(result.durationMs / 1000).toFixed(1)} s`);
    return { database, url, record, reused: false, cacheDir };
  } catch (error) {
    await database.stop();
    throw error;
  } finally {
    await client.close();
  }
}

/**
 * Identifies the documents a seed writes: the options, the counts and the first documents of every
 * collection (instances are stamped with the clock, so they are left out).
 */
function fingerprintOf(options: SeedOptions): string {
  const workspace = generateWorkspace(options);
  const hash = createHash('sha256').update(JSON.stringify({ options, counts: workspace.counts }));
  for (const name of seedCollectionNames) {
    if (name === 'instances') continue;
    let taken = 0;
    for (const document of workspace.documents(name)) {
      hash.update(JSON.stringify(document));
      if (++taken === 50) break;
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** One line per 5 % with the rate and the time left: readable in a log file, unlike a redrawn bar. */
function progressLogger(log: (line: string) => void): (progress: SeedProgress) => void {
  const started = performance.now();
  let lastStep = -1;
  return (p) => {
    const step = p.totalAll === 0 ? 20 : Math.floor((p.insertedAll / p.totalAll) * 20);
    if (step === lastStep) return;
    lastStep = step;
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? p.insertedAll / seconds : 0;
    const left = rate > 0 ? (p.totalAll - p.insertedAll) / rate : 0;
    log(
      `  seed ${String(step * 5).padStart(3)}%  ${p.collection} ${p.inserted}/${p.total}  ` +
        `(${p.insertedAll}/${p.totalAll} documents, ${Math.round(rate)}/s, ${seconds.toFixed(0)} s elapsed, ~${left.toFixed(0)} s left)`,
    );
  };
}
