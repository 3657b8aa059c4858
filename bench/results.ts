import { queryNames, type QueryName } from '../src/figures/catalog';
import type { SeedPresetName } from '../src/seed/options';
import type { BenchPart } from './args';
import type { LoadResult } from './load';
import type { MachineInfo } from './machine';
import type { ScenarioResult } from './measure';
import { oneFigureName } from './scenarios';
import { median, round } from './stats';
import type { DatabaseFacts } from './database-facts';
import type { SeedRecord } from './workspace';

export interface Ratio {
  name: string;
  label: string;
  value: number | null;
  target: string;
  /** null: not measured in this run (a door unavailable, or a target for another scale). */
  met: boolean | null;
  note?: string;
}

/** A seeded workspace's scale, or `external`: a database named by MONGO_URL. */
export type BenchTarget = SeedPresetName | 'external';

export interface BenchResults {
  machine: MachineInfo;
  scale: BenchTarget;
  quick: boolean;
  /** The parts measured (--only); absent in results written before: every part. */
  parts?: BenchPart[];
  /** The seeded workspace; absent for an operator's database the benchmark only read. */
  workspace?: Pick<SeedRecord, 'options' | 'counts' | 'seedDurationMs' | 'seededAt'> & { reused: boolean };
  /** The server and its collections as measured (absent in results written before it was recorded). */
  database?: DatabaseFacts & { readOnly: boolean };
  settings: {
    warmupRounds: number;
    rounds: number;
    statisticsTtlMs: number;
    /** Absent in results written before the setting existed (stale figures were then never answered). */
    statisticsMaxStaleMs?: number;
    /** Absent in results written before the setting existed (the gateway then used 60 s). */
    dbQueryTimeoutMs?: number;
    /** Absent in results written before the benchmark set it (the default 3 s then). */
    dbTimeoutMs?: number;
    maxConcurrentComputations: number;
    authCacheTtlMs: number;
    loadConnections: number;
    loadSeconds: number;
  };
  /** The floor's figures against Rocket.Chat's eager computation: empty when they agree. */
  floorVsEager: string[];
  scenarios: ScenarioResult[];
  load: LoadResult[];
  ratios: Ratio[];
}

const byName = (scenarios: ScenarioResult[], name: string) => scenarios.find((s) => s.name === name);
const ok = (s: ScenarioResult | undefined): s is ScenarioResult => s !== undefined && s.status !== 'unavailable';

/** The headline ratios of the brief, each with its target. */
export function ratiosOf(scale: BenchTarget, scenarios: ScenarioResult[], load: LoadResult[]): Ratio[] {
  const floor = byName(scenarios, 'floor');
  const whole = byName(scenarios, 'graphqlWhole');
  const rest = byName(scenarios, 'restWhole');
  const eager = byName(scenarios, 'eager');
  const oneFigures = queryNames.map((family) => byName(scenarios, oneFigureName(family))).filter(ok);
  // No one-figure scenario measured (`--only whole`): no typical figure, rather than the median of nothing.
  const typicalFigure = oneFigures.length === 0 ? undefined : median(oneFigures.map((s) => s.latencyMs.median));
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? null : round(a / b, 2));
  const ratios: Ratio[] = [];

  const oneVsWhole = ratio(whole?.latencyMs.median, typicalFigure);
  ratios.push({
    name: 'wholeOverOneFigure',
    label: `whole document ÷ one figure (median over the ${queryNames.length} queries)`,
    value: oneVsWhole,
    target: '≥ 50× at large',
    met: scale === 'large' && oneVsWhole !== null ? oneVsWhole >= 50 : null,
    ...(scale === 'large' ? {} : { note: 'the target is for the large workspace' }),
  });
  const wholeOverFloor = ratio(whole?.latencyMs.median, floor?.latencyMs.median);
  ratios.push({
    name: 'graphqlOverFloor',
    label: 'whole document, GraphQL ÷ floor',
    value: wholeOverFloor,
    target: '≤ 1.10',
    met: wholeOverFloor === null ? null : wholeOverFloor <= 1.1,
  });
  const restOverFloor = ok(rest) ? ratio(rest.latencyMs.median, floor?.latencyMs.median) : null;
  ratios.push({
    name: 'restOverFloor',
    label: 'whole document, REST (refresh=true) ÷ floor',
    value: restOverFloor,
    target: '≤ 1.15',
    met: restOverFloor === null ? null : restOverFloor <= 1.15,
  });
  const eagerOverWhole = ratio(eager?.latencyMs.median, whole?.latencyMs.median);
  ratios.push({
    name: 'eagerOverGraphql',
    label: 'eager (Rocket.Chat) ÷ gateway whole document',
    value: eagerOverWhole,
    target: '> 1',
    met: eagerOverWhole === null ? null : eagerOverWhole > 1,
    // The eager computation (bench/eager.ts) knows the figures before 8.x only; the gateway's whole document has them all.
    ...(eagerOverWhole === null ? {} : { note: 'eager computes the figures before 8.x only' }),
  });

  const dashboard = load.find((l) => l.name === 'dashboard');
  const typename = load.find((l) => l.name === 'typename');
  const perWindow = dashboard ? round(Math.max(0, ...Object.values(dashboard.computations)) / dashboard.cacheWindows, 2) : null;
  ratios.push({
    name: 'computationsPerWindow',
    label: 'load: computations per family per cache window (worst family)',
    value: perWindow,
    target: '≤ 1',
    met: perWindow === null ? null : perWindow <= 1,
  });
  const during = dashboard?.duringRecomputation;
  // Warm answers from the load whose figures stay fresh; a load that only has the default window's own.
  const warm = load.find((l) => l.name === 'dashboardWarm')?.warm ?? dashboard?.warm;
  const recomputation = during && warm ? round(during.p99 / warm.p99, 2) : null;
  ratios.push({
    name: 'recomputationOverWarm',
    label: "load: pollers' p99 during a recomputation ÷ their p99 with warm figures",
    value: recomputation,
    target: '≤ 2',
    met: recomputation === null ? null : recomputation <= 2,
    ...(recomputation === null ? { note: 'no recomputation (or no warm answer) during the load' } : {}),
  });
  const throughput = dashboard && typename ? round(dashboard.requestsPerSecond / typename.requestsPerSecond, 2) : null;
  ratios.push({
    name: 'dashboardOverTypename',
    label: 'load: dashboard req/s ÷ { __typename } req/s',
    value: throughput,
    target: '≥ 0.8',
    met: throughput === null ? null : throughput >= 0.8,
  });
  return ratios;
}

export const familyOf = (scenarioName: string): QueryName | undefined =>
  queryNames.find((family) => scenarioName === oneFigureName(family) || scenarioName === `floor.${family}`);
