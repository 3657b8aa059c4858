import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
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

const options = {
  scale: { type: 'string' },
  seed: { type: 'string' },
  quick: { type: 'boolean' },
  out: { type: 'string' },
  prepare: { type: 'boolean' },
  profile: { type: 'boolean' },
  report: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function readBenchArgs(argv: readonly string[]): BenchArgs {
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
  return {
    scale,
    seed,
    quick: values.quick === true,
    outDir: typeof values.out === 'string' ? resolve(values.out) : resolve(projectRoot, 'bench', 'results'),
    prepareOnly: values.prepare === true,
    profile: values.profile === true,
    reportOnly: values.report === true,
    help: values.help === true,
  };
}
