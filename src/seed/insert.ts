import type { Db, Document } from 'mongodb';
import { generateWorkspace, seedCollectionNames, type SeedCollectionName } from './generate';
import { rocketChatStatisticsIndexes } from './indexes';
import { buildInstances } from './instances';
import type { SeedOptions } from './options';

export interface SeedProgress {
  collection: SeedCollectionName;
  /** Documents written so far, in this collection and in all. */
  inserted: number;
  total: number;
  insertedAll: number;
  totalAll: number;
}

export interface SeedWorkspaceHooks {
  onProgress?: (progress: SeedProgress) => void;
  /** Drop the seeded collections first; without it a database that holds any of them is refused. */
  dropExisting?: boolean;
  batchSize?: number;
}

export interface SeedResult {
  options: SeedOptions;
  counts: Record<SeedCollectionName, number>;
  admin: { userId: string; authToken: string; personalAccessToken: string };
  user: { userId: string; authToken: string };
  inactiveUser: { userId: string; authToken: string };
  durationMs: number;
}

/** The database already holds documents in collections the seeder writes (maybe a real workspace). */
export class SeedTargetNotEmptyError extends Error {}

/**
 * Writes a synthetic workspace with plain `insertMany` batches (no transactions: FerretDB 1.24 has
 * none), then Rocket.Chat's indexes, which builds faster than indexing while inserting.
 */
export async function seedWorkspace(db: Db, options: SeedOptions, hooks: SeedWorkspaceHooks = {}): Promise<SeedResult> {
  const started = performance.now();
  // Session days are relative to the day of the seed, as instance heartbeats are to its end.
  const workspace = generateWorkspace({ ...options, now: new Date() });
  await prepareCollections(db, hooks.dropExisting === true);

  const batchSize = hooks.batchSize ?? 5000;
  const totalAll = seedCollectionNames.reduce((sum, name) => sum + workspace.counts[name], 0);
  const counts = Object.fromEntries(seedCollectionNames.map((name) => [name, 0])) as Record<SeedCollectionName, number>;
  let insertedAll = 0;
  for (const name of seedCollectionNames) {
    // Heartbeats are stamped as they are written: a large seed takes minutes, and live instances
    // must still be live when it ends.
    const documents = name === 'instances' ? buildInstances(options.seed, new Date()) : workspace.documents(name);
    const report = () => hooks.onProgress?.({ collection: name, inserted: counts[name], total: workspace.counts[name], insertedAll, totalAll });
    report();
    for (const batch of batches(documents, batchSize)) {
      const { insertedCount } = await db.collection(name).insertMany(batch, { ordered: false });
      counts[name] += insertedCount;
      insertedAll += insertedCount;
      report();
    }
  }
  for (const [name, indexes] of Object.entries(rocketChatStatisticsIndexes)) {
    if (indexes) await db.collection(name).createIndexes(indexes);
  }
  const { admin, user, inactiveUser } = workspace.credentials;
  return {
    options: workspace.options,
    counts,
    admin: { userId: admin.userId, authToken: admin.authToken, personalAccessToken: admin.personalAccessToken },
    user: { userId: user.userId, authToken: user.authToken },
    inactiveUser: { userId: inactiveUser.userId, authToken: inactiveUser.authToken },
    durationMs: Math.round(performance.now() - started),
  };
}

/** Refuses to mix a synthetic workspace into existing data, unless told to drop it. */
async function prepareCollections(db: Db, dropExisting: boolean): Promise<void> {
  const existing = await db.listCollections({}, { nameOnly: true }).toArray();
  const targets = existing.map((collection) => collection.name).filter((name) => (seedCollectionNames as readonly string[]).includes(name));
  if (dropExisting) {
    for (const name of targets) await db.collection(name).drop();
    return;
  }
  const filled: string[] = [];
  for (const name of targets) {
    if ((await db.collection(name).countDocuments({}, { limit: 1 })) > 0) filled.push(name);
  }
  if (filled.length > 0) {
    throw new SeedTargetNotEmptyError(
      `Database "${db.databaseName}" already holds documents in ${filled.join(', ')}; seed an empty database or drop them first (--drop).`,
    );
  }
}

function* batches(documents: Iterable<Document>, size: number): Generator<Document[]> {
  let batch: Document[] = [];
  for (const document of documents) {
    batch.push(document);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
