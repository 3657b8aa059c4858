import { resolve } from 'node:path';
import { projectRoot } from '../src/project-root';
import { defaultSeed, type SeedPresetName } from '../src/seed/options';

export interface BenchArgs {
  scale: SeedPresetName;
  seed: number;
  /** CI-sized: few repetitions, short load. */
  quick: boolean;
  /** Where <scale>.json, <scale>.md and latency.svg go. */
  outDir: string;
  /** Seed (or find) the cached workspace, then stop. */
  prepareOnly: boolean;
  /** Run the gateway under `node --cpu-prof`; profiles go to <out>/tmp/. */
  profile: boolean;
  /** Rewrite <scale>.md and latency.svg from the results files, without measuring. */
  reportOnly: boolean;
  help: boolean;
}

export const benchUsage = `Usage: npm run bench -- [options]

Runs the raw-driver floor, Rocket.Chat's eager computation and the gateway on one seeded workspace,
checks every answer and writes <out>/<scale>.json, <out>/<scale>.md and <out>/latency.svg.

  --scale small|large   workspace preset (default small; large seeds 1M messages once, cached in .cache/)
  --seed N              workspace drawn (default ${defaultSeed})
  --quick               few repetitions and a short load (CI)
  --out DIR             results folder (default bench/results/)
  --prepare             only seed (or find) the cached workspace
  --profile             run the gateway with node --cpu-prof (profiles in <out>/tmp/)
  --report              rewrite <scale>.md and latency.svg from <scale>.json, measuring nothing
  --help                this text
`;

export class BenchArgsError extends Error {}

export function readBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    scale: 'small',
    seed: defaultSeed,
    quick: false,
    outDir: resolve(projectRoot, 'bench', 'results'),
    prepareOnly: false,
    profile: false,
    reportOnly: false,
    help: false,
  };
  const items = argv.flatMap((arg) => (/^--[a-z-]+=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  for (let i = 0; i < items.length; i++) {
    const flag = items[i];
    const value = (): string => {
      const next = items[++i];
      if (next === undefined || next === '') throw new BenchArgsError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--scale') {
      const scale = value();
      if (scale !== 'small' && scale !== 'large') throw new BenchArgsError(`--scale must be small or large, got "${scale}"`);
      args.scale = scale;
    } else if (flag === '--seed') {
      const seed = Number(value());
      if (!Number.isInteger(seed) || seed < 0) throw new BenchArgsError('--seed must be a whole number ≥ 0');
      args.seed = seed;
    } else if (flag === '--quick') args.quick = true;
    else if (flag === '--out') args.outDir = resolve(value());
    else if (flag === '--prepare') args.prepareOnly = true;
    else if (flag === '--profile') args.profile = true;
    else if (flag === '--report') args.reportOnly = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new BenchArgsError(`unknown option "${flag}"`);
  }
  return args;
}
