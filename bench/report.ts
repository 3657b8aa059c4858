import { queryNames } from '../src/figures/catalog';
import { benchParts } from './args';
import { catalogFamilyOfQuery, oneFigureOfFamily } from './documents';
import { machineLine } from './machine';
import type { ScenarioResult } from './measure';
import type { LatencyPart } from './load';
import type { BenchResults, Ratio } from './results';
import { oneFigureName } from './scenarios';

const ms = (value: number) => (Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const spread = (s: ScenarioResult) => `${ms(s.latencyMs.p25)}–${ms(s.latencyMs.p75)}`;
const range = (s: ScenarioResult) => `${ms(s.latencyMs.min)}–${ms(s.latencyMs.max)}`;
const answers = (s: ScenarioResult) =>
  s.status === 'unavailable' ? 'unavailable' : s.checks.failed === 0 ? `${s.checks.passed}/${s.checks.passed} right` : `**${s.checks.failed} wrong**`;
const mib = (bytes: number) => (bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`);
const verdict = (r: Ratio) => (r.met === null ? 'not measured' : r.met ? 'met' : '**missed**');
const value = (r: Ratio) => (r.value === null ? '–' : `${r.value}${r.name.includes('Over') ? '×' : ''}`);

/** The results as Markdown: machine header, targets, single requests, one figure per family, load. */
export function markdownReport(r: BenchResults): string {
  const find = (name: string) => r.scenarios.find((s) => s.name === name);
  const w = r.workspace;
  const documents = w ? Object.values(w.counts).reduce((a, b) => a + b, 0) : 0;
  const lines: string[] = [
    `# Benchmark: ${r.scale === 'external' ? 'a database named by MONGO_URL' : `${r.scale} workspace`}${r.quick ? ' (quick)' : ''}`,
    '',
    `- **machine**: ${machineLine(r.machine)}`,
    w
      ? `- **workspace**: ${w.options.users} users, ${w.options.rooms} rooms, ${w.options.messages} messages, seed ${w.options.seed} ` +
        `(${documents} documents; seeding took ${(w.seedDurationMs / 1000).toFixed(1)} s on ${w.seededAt.slice(0, 10)}${w.reused ? ', reused from .cache/' : ''})`
      : '- **workspace**: the database as it is, read only (nothing seeded, no snapshot stored)',
    ...(r.database
      ? [
          `- **database**: ${r.database.server}; collections (documents${r.database.collections.some((c) => c.bytes !== undefined) ? ', data size' : ''}): ` +
            r.database.collections.map((c) => `${c.name} ${c.documents}${c.bytes !== undefined ? ` (${mib(c.bytes)})` : ''}`).join(', '),
        ]
      : []),
    `- **settings**: ${r.settings.rounds} rounds after ${r.settings.warmupRounds} warm-up, scenarios interleaved; gateway in its own process with ` +
      `STATISTICS_TTL_MS=${r.settings.statisticsTtlMs}, ${r.settings.statisticsMaxStaleMs === undefined ? '' : `STATISTICS_MAX_STALE_MS=${r.settings.statisticsMaxStaleMs}, `}${r.settings.dbQueryTimeoutMs === undefined ? '' : `DB_QUERY_TIMEOUT_MS=${r.settings.dbQueryTimeoutMs}, `}${r.settings.dbTimeoutMs === undefined ? '' : `DB_TIMEOUT_MS=${r.settings.dbTimeoutMs}, `}MAX_CONCURRENT_COMPUTATIONS=${r.settings.maxConcurrentComputations}, AUTH_CACHE_TTL_MS=${r.settings.authCacheTtlMs}; ` +
      `load ${r.settings.loadConnections} connections × ${r.settings.loadSeconds} s (autocannon)`,
    ...(r.parts && r.parts.length < benchParts.length ? [`- **parts measured**: ${r.parts.join(', ')} (\`--only\`; the other parts were not run)`] : []),
    `- **answers**: every measurement is checked against the floor's figures; the floor ${r.floorVsEager.length === 0 ? "agrees with Rocket.Chat's eager computation on every figure" : `differs from the eager computation: ${r.floorVsEager.join('; ')}`}`,
    '',
    '## Targets',
    '',
    '| ratio | value | target | |',
    '|---|---:|---|---|',
    ...r.ratios.map((x) => `| ${x.label} | ${value(x)} | ${x.target} | ${verdict(x)}${x.note ? ` (${x.note})` : ''} |`),
    '',
    '## Whole document (latency per request, ms)',
    '',
    '| scenario | median | p25–p75 | min–max | db commands | Σ db command time | db CPU | gateway CPU | answers |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const s of r.scenarios.filter((x) => !x.name.startsWith('floor.') && !x.name.includes('oneFigure.'))) {
    if (s.status === 'unavailable') {
      lines.push(`| ${s.label} | – | – | – | – | – | – | – | unavailable${s.note ? `: ${s.note}` : ''} |`);
      continue;
    }
    lines.push(
      `| ${s.label} | ${ms(s.latencyMs.median)} | ${spread(s)} | ${range(s)} | ${s.commands} | ${ms(s.databaseMs.median)} | ${ms(s.databaseCpuMs.median)} | ${s.gatewayCpuMs ? ms(s.gatewayCpuMs.median) : '–'} | ${answers(s)} |`,
    );
  }
  const whole = find('graphqlWhole');
  lines.push(
    '',
    '## One figure per query (ms)',
    '',
    'One figure per database query of the catalog (src/figures/catalog.ts), the first that reads that query alone.',
    '',
    '| family | query | figure asked | driver, query alone | gateway, one figure | p25–p75 | db commands | whole document ÷ this | answers |',
    '|---|---|---|---:|---:|---:|---:|---:|---|',
  );
  for (const family of queryNames) {
    const alone = find(`floor.${family}`);
    const one = find(oneFigureName(family));
    if (!one) continue;
    const times = whole ? `${(whole.latencyMs.median / one.latencyMs.median).toFixed(1)}×` : '–';
    lines.push(
      `| ${catalogFamilyOfQuery(family)} | ${family} | \`${oneFigureOfFamily[family]}\` | ${alone ? ms(alone.latencyMs.median) : '–'} | ${ms(one.latencyMs.median)} | ${spread(one)} | ${one.commands} | ${times} | ${answers(one)}${alone && alone.status === 'wrong' ? ' (driver: wrong)' : ''} |`,
    );
  }
  lines.push(
    '',
    '## Load (no refresh: figures shared for STATISTICS_TTL_MS)',
    '',
    '| document | connections | req/s | p50 ms | p99 ms | requests | cache windows | computations (per family) | db commands | answers |',
    '|---|---:|---:|---:|---:|---:|---:|---|---:|---|',
  );
  const loadLines: string[] = [];
  for (const l of r.load) {
    const counts = Object.values(l.computations);
    const computations =
      counts.length === 0
        ? 'none'
        : `${counts.reduce((a, b) => a + b, 0)} in all, ${Math.min(...counts)}–${Math.max(...counts)} per family (${counts.length} families)`;
    const bad = l.non2xx + l.mismatches + l.errors;
    const fine =
      l.name === 'typename' || !l.label.startsWith('dashboard') ? 'all identical to the checked answer' : 'all 2xx (figures checked before the load)';
    lines.push(
      `| ${l.label} | ${l.connections} | ${l.requestsPerSecond} | ${l.latencyMs.p50} | ${l.latencyMs.p99} | ${l.requests} | ${l.cacheWindows} | ${computations} | ${l.commands} | ${bad === 0 ? fine : `**${l.non2xx} non-2xx, ${l.mismatches} different, ${l.errors} errors**`} |`,
    );
    const part = (p: LatencyPart | null | undefined) => (p ? `${p.p50} | ${p.p99} | ${p.max} | ${p.requests}` : '– | – | – | 0');
    const machineLoad = l.loadAverage ? `${l.loadAverage.atStart.toFixed(1)}–${l.loadAverage.atEnd.toFixed(1)}` : '–';
    loadLines.push(
      `| ${l.label} | ${l.recomputingMs === undefined ? '–' : ms(l.recomputingMs)} | ${part(l.duringRecomputation)} | ${part(l.warm)} | ${machineLoad} |`,
    );
  }
  if (loadLines.length > 0) {
    lines.push(
      '',
      '## Pollers during a recomputation',
      '',
      'The answers of the load above whose request overlapped a database command of the gateway (a recomputation of',
      'the figures, in the background when stale figures may be answered) against the others (warm figures).',
      "`{ __typename }` reads nothing: its answers during a recomputation show what the database's work on the same",
      "cores costs any request. The warm-figures load (a window of an hour, computed just before) is the pollers'",
      "reference: the target compares the p99 of the dashboard's answers during a recomputation with its warm p99.",
      "Load average: the machine's 1-minute load average at the start and end of that load.",
      '',
      '| document | recomputing (ms of the load) | during: p50 ms | p99 ms | max ms | answers | warm: p50 ms | p99 ms | max ms | answers | load average |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...loadLines,
    );
  }
  const wrong = r.scenarios.filter((s) => s.checks.failed > 0);
  if (wrong.length > 0) {
    lines.push('', '## Wrong answers', '');
    for (const s of wrong) lines.push(`- ${s.label}: ${s.checks.failed} wrong; first differences: ${s.checks.differences.join('; ')}`);
  }
  lines.push(
    '',
    'Σ db command time adds the driver-measured durations of the commands (parallel commands overlap); db CPU is the',
    "database process's CPU time during the request; gateway CPU is the gateway process's. Chart: [latency.svg](latency.svg).",
    '',
  );
  return lines.join('\n');
}
