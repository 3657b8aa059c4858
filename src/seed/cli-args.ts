import { defaultSeed, presetOptions, validateSeedOptions, InvalidSeedOptionsError, type SeedOptions, type SeedPresetName } from './options';

export interface SeedCliArgs {
  options: SeedOptions;
  /** Unset: the command starts the embedded database and seeds it. */
  mongoUrl: string | undefined;
  /** Where the embedded database keeps its files (the demo's folder, so `npm start` finds the data). */
  dataDir: string;
  dropExisting: boolean;
  help: boolean;
}

/** A mistake in the command line; the message says what to change. */
export class InvalidSeedArgsError extends Error {}

export const seedUsage = `Usage: node dist/src/seed/cli.js [small|large] [options]

Writes a synthetic Rocket.Chat workspace (users, rooms, messages, …) into a MongoDB database.
Presets: small = 1000 users, 200 rooms, 20000 messages; large = 100000 users, 20000 rooms, 1000000 messages.

  --users N         number of users (overrides the preset)
  --rooms N         number of rooms
  --messages N      number of messages
  --seed N          the workspace drawn (default ${defaultSeed}); same seed and sizes, same documents
  --mongo-url URL   database to seed (default: MONGO_URL; without either, the embedded database)
  --data-dir DIR    files of the embedded database (default: DATA_DIR or .data/ferretdb)
  --drop            drop the seeded collections first instead of refusing a database that has them
  --help            this text
`;

const countFlags = { '--users': 'users', '--rooms': 'rooms', '--messages': 'messages', '--seed': 'seed' } as const;

/**
 * Reads the command line; `env` is given by the caller (src/config.ts reads the environment,
 * nothing here does). Throws InvalidSeedArgsError on any mistake.
 */
export function readSeedCliArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): SeedCliArgs {
  let preset: SeedPresetName = 'small';
  const overrides: Partial<SeedOptions> = {};
  let mongoUrl = env.MONGO_URL || undefined;
  let dataDir = env.DATA_DIR || '.data/ferretdb';
  let dropExisting = false;
  let help = false;

  const args = argv.flatMap((arg) => (/^--[a-z-]+=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next === '') throw new InvalidSeedArgsError(`${arg} needs a value`);
      return next;
    };
    if (arg === 'small' || arg === 'large') preset = arg;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--drop') dropExisting = true;
    else if (arg === '--mongo-url') mongoUrl = value();
    else if (arg === '--data-dir') dataDir = value();
    else if (arg in countFlags) {
      const raw = value();
      const number = Number(raw);
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(number))
        throw new InvalidSeedArgsError(`${arg} must be a whole number, got "${raw}"`);
      overrides[countFlags[arg as keyof typeof countFlags]] = number;
    } else {
      throw new InvalidSeedArgsError(`unknown argument "${arg}" (expected small, large or one of the options of --help)`);
    }
  }
  if (mongoUrl !== undefined && !/^mongodb(\+srv)?:\/\//.test(mongoUrl)) {
    throw new InvalidSeedArgsError(`the MongoDB URL must start with mongodb:// or mongodb+srv://, got "${mongoUrl}"`);
  }
  const options = { ...presetOptions(preset), ...overrides };
  try {
    validateSeedOptions(options);
  } catch (error) {
    if (error instanceof InvalidSeedOptionsError) throw new InvalidSeedArgsError(error.message);
    throw error;
  }
  return { options, mongoUrl, dataDir, dropExisting, help };
}
