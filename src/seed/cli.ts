import { ConfigError, loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { startDatabase } from '../db/ferretdb-process';
import { InvalidSeedArgsError, readSeedCliArgs, seedUsage, type SeedCliArgs } from './cli-args';
import { seedWorkspace, SeedTargetNotEmptyError, type SeedResult } from './insert';
import { createSeedProgress } from './seed-progress';

/** Exit codes: 2 for a mistake in the command line or the environment, 1 for a failed seed. */
const usageError = 2;
const seedError = 1;

function readArgs(): SeedCliArgs {
  // The environment is read in src/config.ts only; the seeder takes the two values it needs.
  const config = loadConfig();
  return readSeedCliArgs(process.argv.slice(2), { MONGO_URL: config.mongoUrl, DATA_DIR: config.dataDir });
}

async function seed(args: SeedCliArgs): Promise<SeedResult> {
  const database = args.mongoUrl === undefined ? await startDatabase({ dataDir: args.dataDir }) : undefined;
  const url = args.mongoUrl ?? database?.url ?? '';
  // Writes go to the primary; a seed waits longer than a request for a server to answer.
  const connection = connectDatabase({ url, readPreference: 'primary', timeoutMs: 10_000 });
  const progress = createSeedProgress(process.stderr);
  try {
    return await seedWorkspace(connection.db, args.options, { dropExisting: args.dropExisting, onProgress: progress.update });
  } finally {
    progress.finish();
    await connection.close();
    await database?.stop();
  }
}

async function main(): Promise<number> {
  let args: SeedCliArgs;
  try {
    args = readArgs();
  } catch (error) {
    if (error instanceof InvalidSeedArgsError || error instanceof ConfigError) {
      process.stderr.write(`seed: ${error.message}\n\n${seedUsage}`);
      return usageError;
    }
    throw error;
  }
  if (args.help) {
    process.stdout.write(seedUsage);
    return 0;
  }
  try {
    const result = await seed(args);
    const { admin, user, inactiveUser, counts, durationMs, options } = result;
    // One JSON line on stdout, so scripts can read the credentials: `… | tail -n 1 | jq .admin`.
    process.stdout.write(`${JSON.stringify({ admin, user, inactiveUser, counts, durationMs, options })}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof SeedTargetNotEmptyError ? error.message : `seeding failed: ${(error as Error).message}`;
    process.stderr.write(`seed: ${message}\n`);
    return seedError;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`seed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(seedError);
  },
);
