import { parseArgs } from 'node:util';
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

const countOptions = ['users', 'rooms', 'messages', 'seed'] as const;
const options = {
  users: { type: 'string' },
  rooms: { type: 'string' },
  messages: { type: 'string' },
  seed: { type: 'string' },
  'mongo-url': { type: 'string' },
  'data-dir': { type: 'string' },
  drop: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Reads the command line; `env` is given by the caller (src/config.ts reads the environment,
 * nothing here does). Throws InvalidSeedArgsError on any mistake.
 */
export function readSeedCliArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): SeedCliArgs {
  // Not strict: the mistakes are reported here, in this command's words.
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option' && !(token.name in options)) throw unknownArgument(token.rawName);
    if (token.kind === 'option' && options[token.name as keyof typeof options].type === 'string' && !token.value)
      throw new InvalidSeedArgsError(`${token.rawName} needs a value`);
  }
  const [preset = 'small', ...extra] = positionals;
  if (preset !== 'small' && preset !== 'large') throw unknownArgument(preset);
  if (extra.length > 0) throw unknownArgument(extra[0]);

  const overrides: Partial<SeedOptions> = {};
  for (const name of countOptions) {
    const raw = values[name];
    if (typeof raw !== 'string') continue;
    const number = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(number)) throw new InvalidSeedArgsError(`--${name} must be a whole number, got "${raw}"`);
    overrides[name] = number;
  }
  const mongoUrl = (values['mongo-url'] as string | undefined) ?? (env.MONGO_URL || undefined);
  if (mongoUrl !== undefined && !/^mongodb(\+srv)?:\/\//.test(mongoUrl)) {
    throw new InvalidSeedArgsError(`the MongoDB URL must start with mongodb:// or mongodb+srv://, got "${mongoUrl}"`);
  }
  const seedOptions = { ...presetOptions(preset as SeedPresetName), ...overrides };
  try {
    validateSeedOptions(seedOptions);
  } catch (error) {
    if (error instanceof InvalidSeedOptionsError) throw new InvalidSeedArgsError(error.message);
    throw error;
  }
  return {
    options: seedOptions,
    mongoUrl,
    dataDir: (values['data-dir'] as string | undefined) ?? (env.DATA_DIR || '.data/ferretdb'),
    dropExisting: values.drop === true,
    help: values.help === true,
  };
}

function unknownArgument(argument: string): InvalidSeedArgsError {
  return new InvalidSeedArgsError(`unknown argument "${argument}" (expected small, large or one of the options of --help)`);
}
