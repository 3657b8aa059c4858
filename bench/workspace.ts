import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { startDatabase, type RunningDatabase } from '../src/db/ferretdb-process';
import { projectRoot } from '../src/project-root';
import { generateWorkspace, seedCollectionNames } from '../src/seed/generate';
import { seedWorkspace, type SeedProgress, type SeedResult } from '../src/seed/insert';
import type { ExternalDatabase } from './args';
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
  /** mongodb://127.0.0.1:PORT/rocketchat, or the operator's MONGO_URL (with --seed-into's database). */
  url: string;
  /** The seeded workspace; absent for a database the benchmark only reads. */
  record?: SeedRecord;
  /** True when this run found the seeded folder and did not seed. */
  reused: boolean;
  /** The user the gateway's doors are asked as; absent: only the driver scenarios can run. */
  credentials?: { userId: string; authToken: string };
  /** Nothing may be written: the operator's own database. */
  readOnly: boolean;
  /** The embedded database's process (for its CPU time); absent for another server. */
  databasePid?: number;
  /** Stops the embedded database, or closes nothing for another server. */
  stop(): Promise<void>;
}

/** The embedded database holding a seeded workspace. */
function embedded(database: RunningDatabase, record: SeedRecord, reused: boolean): BenchWorkspace {
  return {
    url: `${database.url}${benchDatabaseName}`,
    record,
    reused,
    credentials: { userId: record.admin.userId, authToken: record.admin.authToken },
    readOnly: false,
    databasePid: database.process.pid,
    stop: () => database.stop(),
  };
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
    return embedded(database, kept, true);
  }

  if (kept) log(`The cached ${scale} workspace was drawn by another generator; seeding it again`);
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const database = await startDatabase({ dataDir, startTimeoutMs: 120_000 });
  const url = `${database.url}${benchDatabaseName}`;
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 10_000, socketTimeoutMS: 0 });
  try {
    log(`Seeding the ${scale} workspace (${options.users} users, ${options.rooms} rooms, ${options.messages} messages) into ${dataDir}`);
    const record = await seedRecord(client.db(benchDatabaseName), options, fingerprint, { dropExisting: true }, log);
    writeFileSync(recordFile, `${JSON.stringify(record, null, 2)}\n`);
    return embedded(database, record, false);
  } catch (error) {
    await database.stop();
    throw error;
  } finally {
    await client.close();
  }
}

async function seedRecord(
  db: Db,
  options: SeedOptions,
  fingerprint: string,
  hooks: { dropExisting: boolean },
  log: (line: string) => void,
): Promise<SeedRecord> {
  const result = await seedWorkspace(db, options, { ...hooks, onProgress: progressLogger(log) });
  log(`Seeded in ${(result.durationMs / 1000).toFixed(1)} s`);
  return {
    fingerprint,
    options: result.options,
    counts: result.counts,
    admin: result.admin,
    seedDurationMs: result.durationMs,
    seededAt: new Date().toISOString(),
  };
}

/**
 * The operator's database on their own server (MONGO_URL), read as it is. With --seed-into, the
 * `scale` workspace is first seeded into that database of the server, which must be empty: the
 * benchmark never writes into a database that holds anything.
 */
export async function openExternalWorkspace(
  external: ExternalDatabase,
  scale: SeedPresetName,
  seed: number,
  log: (line: string) => void,
): Promise<BenchWorkspace> {
  const stop = async () => {};
  if (!external.seedInto) {
    log(`Measuring ${redactedUrl(external.url)} read-only${external.credentials ? '' : ' (no BENCH_USER_ID/BENCH_AUTH_TOKEN: driver scenarios only)'}`);
    return { url: external.url, reused: true, readOnly: true, ...(external.credentials ? { credentials: external.credentials } : {}), stop };
  }
  const url = withDatabase(external.url, external.seedInto);
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 10_000, socketTimeoutMS: 0 });
  try {
    const db = client.db(external.seedInto);
    const existing = await db.listCollections({}, { nameOnly: true }).toArray();
    if (existing.length > 0) {
      throw new Error(
        `database "${external.seedInto}" on ${redactedUrl(external.url)} is not empty (${existing.length} collections): --seed-into only seeds an empty database; name a new one`,
      );
    }
    const options = presetOptions(scale, seed);
    log(`Seeding the ${scale} workspace into the empty database "${external.seedInto}" on ${redactedUrl(external.url)}`);
    const record = await seedRecord(db, options, fingerprintOf(options), { dropExisting: false }, log);
    return { url, record, reused: false, credentials: { userId: record.admin.userId, authToken: record.admin.authToken }, readOnly: false, stop };
  } finally {
    await client.close();
  }
}

/** The URL with another database in its path (options kept). */
export function withDatabase(url: string, name: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]*)(?:\/[^?]*)?(\?.*)?$/.exec(url);
  if (!match) throw new Error('MONGO_URL is not a mongodb:// URL');
  return `${match[1]}/${encodeURIComponent(name)}${match[2] ?? ''}`;
}

/** The URL without its password, for logs and results. */
export function redactedUrl(url: string): string {
  return url.replace(/^(mongodb(?:\+srv)?:\/\/[^:/@]+):[^@/]*@/, '$1:…@');
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
