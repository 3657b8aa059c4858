import { readFileSync } from 'node:fs';
import { spreadOf, type Spread } from './stats';

/** One timed run of a scenario, with what it cost and whether its answer was right. */
export interface Sample {
  ms: number;
  /** Database commands the run sent. */
  commands: number;
  /** Σ of driver-measured command durations (parallel commands add up). */
  databaseMs: number;
  /** CPU time the database process spent meanwhile. */
  databaseCpuMs: number;
  /** CPU time the gateway process spent meanwhile (gateway scenarios). */
  gatewayCpuMs?: number;
  /** Empty when the answer was right. */
  differences: string[];
}

export interface Scenario {
  name: string;
  label: string;
  measure(): Promise<Sample>;
}

export interface ScenarioResult {
  name: string;
  label: string;
  status: 'ok' | 'wrong' | 'unavailable';
  note?: string;
  latencyMs: Spread;
  /** Median database commands per run. */
  commands: number;
  databaseMs: Spread;
  databaseCpuMs: Spread;
  gatewayCpuMs?: Spread;
  checks: { passed: number; failed: number; differences: string[] };
}

/**
 * Runs every scenario once per round, the order rotated each round so that no scenario always
 * follows the same one; the warm-up rounds are checked but not recorded.
 */
export async function runRounds(
  scenarios: readonly Scenario[],
  options: { warmup: number; rounds: number; log: (line: string) => void; eachScenario?: boolean },
): Promise<ScenarioResult[]> {
  const samples = new Map<string, Sample[]>(scenarios.map((s) => [s.name, []]));
  const failures = new Map<string, { failed: number; differences: string[] }>(scenarios.map((s) => [s.name, { failed: 0, differences: [] }]));
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < scenarios.length; i++) {
      const scenario = scenarios[(i + round) % scenarios.length];
      const sample = await scenario.measure();
      if (options.eachScenario)
        options.log(`    ${scenario.name}: ${sample.ms.toFixed(0)} ms${sample.differences.length > 0 ? ` (wrong: ${sample.differences[0]})` : ''}`);
      if (sample.differences.length > 0) {
        const failure = failures.get(scenario.name)!;
        failure.failed += 1;
        if (failure.differences.length < 5) failure.differences.push(...sample.differences.slice(0, 5 - failure.differences.length));
      }
      if (round >= options.warmup) samples.get(scenario.name)!.push(sample);
    }
    const kind = round < options.warmup ? 'warm-up round' : `round ${round - options.warmup + 1}/${options.rounds}`;
    options.log(`  ${kind} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return scenarios.map((scenario) => {
    const taken = samples.get(scenario.name)!;
    const failure = failures.get(scenario.name)!;
    const gatewayCpu = taken.map((s) => s.gatewayCpuMs).filter((v): v is number => v !== undefined);
    return {
      name: scenario.name,
      label: scenario.label,
      status: failure.failed > 0 ? 'wrong' : 'ok',
      latencyMs: spreadOf(taken.map((s) => s.ms)),
      commands: spreadOf(taken.map((s) => s.commands)).median,
      databaseMs: spreadOf(taken.map((s) => s.databaseMs)),
      databaseCpuMs: spreadOf(taken.map((s) => s.databaseCpuMs)),
      ...(gatewayCpu.length > 0 ? { gatewayCpuMs: spreadOf(gatewayCpu) } : {}),
      checks: { passed: options.warmup + options.rounds - failure.failed, failed: failure.failed, differences: failure.differences },
    };
  });
}

/** CPU time (user + system) a process has used, from /proc; NaN where there is no /proc. */
export function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
