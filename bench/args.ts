import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/project-root';
import { defaultSeed, type SeedPresetName } from '../src/seed/options';

/** A MongoDB-wire server the operator names (MONGO_URL), instead of the embedded database. */
export interface ExternalDatabase {
  url: string;
  /** --seed-into: seed the `scale` workspace into this database of the server, which must be empty. */
  seedInto?: string;
  /** BENCH_USER_ID / BENCH_AUTH_TOKEN: a user with view-statistics, for the gateway's doors (not needed with --seed-into). */
  credentials?: { userId: string; authToken: string };
}

/** The parts of a run `--only` may name. */
export const benchParts = ['whole', 'rest', 'eager', 'figures', 'load'] as const;
export type BenchPart = (typeof benchParts)[number];

export interface BenchArgs {
  scale: SeedPresetName;
  /** Unset: the embedded FerretDB with a seeded, cached workspace. */
  external?: ExternalDatabase;
  seed: number;
  /** CI-sized: few repetitions, short load. */
  quick: boolean;
  /** Where <scale>.json, <scale>.md and latency.svg go. */
  outDir: string;
  /** The parts measured (`--only`); every part unless said. */
  parts: ReadonlySet<BenchPart>;
  /** Measured rounds of the single requests (`--rounds`); unset: the scale's own. */
  rounds?: number;
  /** Leave out the driver-alone timing of each query (half of a round on the small workspace). */
  skipAlone: boolean;
  /** Seed (or find) the cached workspace, then stop. */
  prepareOnly: boolean;
  /** Run the gateway under `node --cpu-prof`; profiles go to <out>/tmp/. */
  profile: boolean;
  /** Rewrite <scale>.md and latency.svg from the results files, without measuring. */
  reportOnly: boolean;
  /** Run the soak (mixed load for soakMinutes) instead of the benchmark. */
  soak: boolean;
  soakMinutes: number;
  /** Measure the engagement dashboard's endpoints instead of the benchmark. */
  engagement: boolean;
  /** Measure `history` over the seeded two years of daily snapshots instead of the benchmark. */
  history: boolean;
  help: boolean;
}

export const benchUsage = `Usage: npm run bench -- [options]

Runs the raw-driver floor, Rocket.Chat's eager computation and the gateway on one seeded workspace,
checks every answer and writes <out>/<scale>.json, <out>/<scale>.md and <out>/latency.svg.

With MONGO_URL=mongodb://… it measures that database instead, read-only (no seeding, no snapshot:
the REST scenario, which stores one, is left out) and writes <out>/external.json and external.md.
The gateway's doors need a user with view-statistics: BENCH_USER_ID and BENCH_AUTH_TOKEN (a
personal access token); without them only the driver scenarios run.

  --scale small|large   workspace preset (default small; large seeds 1M messages once, cached in .cache/)
  --seed N              workspace drawn (default ${defaultSeed})
  --quick               few repetitions and a short load (CI)
  --out DIR             results folder (default bench/results/)
  --seed-into DB        with MONGO_URL: seed the --scale workspace into database DB of that server
                        first (refused unless DB is empty), then measure it (REST included)
  --only PARTS          measure only these parts (comma-separated): whole (the floor and the gateway's
                        whole document, GraphQL), rest (the same through REST), eager (Rocket.Chat's
                        way), figures (one figure per query), load (200 pollers while the figures are
                        recomputed); the reference figures (one floor run) are computed either way;
                        results go to <scale>-<parts>.json and .md (e.g. large-load.md)
  --rounds N            measured rounds of the single requests (default 8 on small, 2 on large)
  --skip-alone          leave out the driver-alone timing of each query (half of a small round)
  --prepare             only seed (or find) the cached workspace
  --profile             run the gateway with node --cpu-prof (profiles in <out>/tmp/)
  --soak                mixed load (cached polls, refreshes, statistics.list pages, bad tokens) on the
                        gateway for 10 minutes; writes <out>/soak.json and soak.md (not with MONGO_URL)
  --minutes N           with --soak: how long (default 10)
  --engagement          each engagement dashboard endpoint, first call and repeated call (a 90-day
                        period on small, 7 days on large); writes <out>/engagement-<scale>.{json,md}
  --history             history over the two seeded years of Rocket.Chat's daily snapshots against one
                        whole-document read; writes <out>/history-<scale>.json and .md (not with MONGO_URL)
  --report              rewrite <scale>.md and latency.svg from <scale>.json (with --soak: soak.md from
                        soak.json), measuring nothing
  --help                this text
`;

export class BenchArgsError extends Error {}

const options = {
  scale: { type: 'string' },
  seed: { type: 'string' },
  quick: { type: 'boolean' },
  out: { type: 'string' },
  only: { type: 'string' },
  rounds: { type: 'string' },
  'skip-alone': { type: 'boolean' },
  prepare: { type: 'boolean' },
  'seed-into': { type: 'string' },
  profile: { type: 'boolean' },
  report: { type: 'boolean' },
  soak: { type: 'boolean' },
  engagement: { type: 'boolean' },
  history: { type: 'boolean' },
  minutes: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function readBenchArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): BenchArgs {
  // Not strict: the mistakes are reported here, in this command's words.
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option' && !(token.name in options)) throw new BenchArgsError(`unknown option "${token.rawName}"`);
    if (token.kind === 'option' && options[token.name as keyof typeof options].type === 'string' && !token.value)
      throw new BenchArgsError(`${token.rawName} needs a value`);
  }
  if (positionals.length > 0) throw new BenchArgsError(`unknown option "${positionals[0]}"`);
  const scale = (values.scale as string | undefined) ?? 'small';
  if (scale !== 'small' && scale !== 'large') throw new BenchArgsError(`--scale must be small or large, got "${scale}"`);
  const seed = values.seed === undefined ? defaultSeed : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new BenchArgsError('--seed must be a whole number ≥ 0');
  const seedInto = values['seed-into'] as string | undefined;
  const url = env.MONGO_URL || undefined;
  if (url !== undefined && !/^mongodb(\+srv)?:\/\//.test(url)) throw new BenchArgsError('MONGO_URL must start with mongodb:// or mongodb+srv://');
  if (seedInto !== undefined && url === undefined) throw new BenchArgsError('--seed-into needs MONGO_URL: the server to seed into');
  if (seedInto !== undefined && !/^[A-Za-z0-9_-]{1,63}$/.test(seedInto))
    throw new BenchArgsError(`--seed-into must be a database name (letters, digits, _ and -), got "${seedInto}"`);
  const parts = readParts(values.only as string | undefined);
  const rounds = values.rounds === undefined ? undefined : Number(values.rounds);
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds >= 1 && rounds <= 100))
    throw new BenchArgsError(`--rounds must be a whole number from 1 to 100, got "${values.rounds}"`);
  const soak = values.soak === true;
  if (values.minutes !== undefined && !soak) throw new BenchArgsError('--minutes goes with --soak');
  const soakMinutes = values.minutes === undefined ? 10 : Number(values.minutes);
  if (!(soakMinutes > 0 && soakMinutes <= 24 * 60))
    throw new BenchArgsError(`--minutes must be a number of minutes above 0 and at most 1440, got "${values.minutes}"`);
  if (soak && values.engagement === true) throw new BenchArgsError('--engagement and --soak are two runs: give one of them');
  if (soak && (values.only !== undefined || rounds !== undefined)) throw new BenchArgsError('--only and --rounds go with the benchmark, not with --soak');
  if (soak && url !== undefined) throw new BenchArgsError('--soak stores snapshots: it runs on the embedded, seeded workspace, not with MONGO_URL');
  const history = values.history === true;
  if (history && (soak || values.report === true)) throw new BenchArgsError('--history runs on its own: not with --soak or --report');
  if (history && url !== undefined) throw new BenchArgsError('--history stores one snapshot: it runs on the embedded, seeded workspace, not with MONGO_URL');
  const [userId, authToken] = [env.BENCH_USER_ID || undefined, env.BENCH_AUTH_TOKEN || undefined];
  if ((userId === undefined) !== (authToken === undefined)) throw new BenchArgsError('set both BENCH_USER_ID and BENCH_AUTH_TOKEN, or neither');
  const external: ExternalDatabase | undefined = url
    ? { url, ...(seedInto ? { seedInto } : {}), ...(userId && authToken ? { credentials: { userId, authToken } } : {}) }
    : undefined;
  return {
    scale,
    ...(external ? { external } : {}),
    seed,
    quick: values.quick === true,
    outDir: typeof values.out === 'string' ? resolve(values.out) : resolve(projectRoot, 'bench', 'results'),
    parts,
    ...(rounds === undefined ? {} : { rounds }),
    skipAlone: values['skip-alone'] === true,
    prepareOnly: values.prepare === true,
    profile: values.profile === true,
    reportOnly: values.report === true,
    soak,
    soakMinutes,
    engagement: values.engagement === true,
    history,
    help: values.help === true,
  };
}

function readParts(only: string | undefined): ReadonlySet<BenchPart> {
  if (only === undefined) return new Set(benchParts);
  const named = only.split(',').map((part) => part.trim());
  const unknown = named.find((part) => !(benchParts as readonly string[]).includes(part));
  if (unknown !== undefined) throw new BenchArgsError(`--only takes ${benchParts.join(', ')} (comma-separated), got "${unknown}"`);
  return new Set(named as BenchPart[]);
}
