import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { CommandSucceededEvent } from 'mongodb';
import { testConfig, type GatewayConfig } from '../src/config';
import { connectDatabase, type DatabaseHandle } from '../src/db/connect';
import { BenchArgsError, benchParts, benchUsage, readBenchArgs, type BenchArgs } from './args';
import { latencyChart } from './chart';
import { dashboardDocument, typenameDocument } from './documents';
import { asJson, brief, differences, figuresFrom, rootFiguresOf } from './expected';
import { databaseQueries } from '../src/figures/catalog';
import type { DatabaseQuery } from '../src/queries/database-query';
import { runEager } from './eager';
import { runFloor } from './floor';
import { GatewayUnderTest } from './gateway-client';
import { runLoad, type LoadResult } from './load';
import { describeMachine } from './machine';
import { runRounds, type Scenario } from './measure';
import { markdownReport } from './report';
import { ratiosOf, type BenchResults } from './results';
import { driverScenarios, gatewayScenarios, type ScenarioContext } from './scenarios';
import { describeDatabase } from './database-facts';
import { benchEngagement } from './engagement';
import { historyBench } from './history';
import { soak, soakReportOnly } from './soak-run';
import { openBenchWorkspace, openExternalWorkspace, type BenchWorkspace } from './workspace';

const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/**
 * Rounds per scale. On FerretDB every query but an `_id` lookup reads its whole collection, so a
 * round of the large workspace takes most of an hour: there the reference run is the warm-up, and
 * the driver-alone timing of each query and the queue diagnostic are left out. The large load runs
 * longer: its first window is the warm figures, the rest one recomputation of several minutes.
 */
const planFor = (args: BenchArgs) => {
  const small = args.scale === 'small' || Boolean(args.external && !args.external.seedInto);
  const plan = small
    ? { warmup: 1, rounds: args.quick ? 3 : 8, familiesAlone: !args.skipAlone, queueDiagnostic: true, loadSeconds: args.quick ? 3 : 10 }
    : { warmup: 0, rounds: args.quick ? 1 : 2, familiesAlone: false, queueDiagnostic: false, loadSeconds: args.quick ? 3 : 30 };
  return { ...plan, rounds: args.rounds ?? plan.rounds, small };
};

/**
 * The gateway as benchmarked: defaults (the 5 s figure window included), except a long token cache
 * so command counts are the figures' own. At the large scale a whole computation on FerretDB takes
 * minutes, so the gateway is configured as the README advises for such a workspace: no per-command
 * time limit, and stale figures answered for longer than one computation takes.
 */
const gatewaySettingsFor = (args: BenchArgs): Partial<GatewayConfig> =>
  args.scale === 'small' && !args.external?.seedInto
    ? { authCacheTtlMs: 600_000, dbTimeoutMs: connectTimeoutMs }
    : { authCacheTtlMs: 600_000, dbTimeoutMs: connectTimeoutMs, dbQueryTimeoutMs: 0, statisticsMaxStaleMs: 1_800_000 };

/**
 * How long a connection may take to open (DB_TIMEOUT_MS). On a machine shared with other work the
 * database may take seconds to answer a handshake while it scans; the default's 3 s would end a
 * run of many minutes. It bounds connecting and server selection only, never a query.
 */
const connectTimeoutMs = 30_000;

/**
 * The results' file name: the scale, or `external` for a server named by MONGO_URL; a run of some
 * parts only (`--only load`) writes beside the full run's file (`large-load`), never over it.
 */
const resultsName = (args: BenchArgs) => {
  const target = args.external ? 'external' : args.scale;
  const partial = benchParts.filter((part) => args.parts.has(part));
  return partial.length === benchParts.length ? target : `${target}-${partial.join('-')}`;
};

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = readBenchArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof BenchArgsError)) throw error;
    process.stderr.write(`bench: ${error.message}\n\n${benchUsage}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(benchUsage);
    return 0;
  }
  if (args.reportOnly && args.soak) return soakReportOnly(args, log);
  if (args.reportOnly) {
    const file = join(args.outDir, `${resultsName(args)}.json`);
    if (!existsSync(file)) throw new Error(`${file} does not exist: run the benchmark first`);
    writeReports(args, JSON.parse(readFileSync(file, 'utf8')) as BenchResults);
    return 0;
  }
  const workspace = args.external
    ? await openExternalWorkspace(args.external, args.scale, args.seed, log)
    : await openBenchWorkspace(args.scale, args.seed, log);
  try {
    if (args.prepareOnly) return 0;
    if (args.soak) return await soak(args, workspace, log);
    if (args.engagement) return await benchEngagement(args, workspace, log);
    if (args.history) return await historyBench(args, workspace, log);
    const results = await benchmark(args, workspace);
    mkdirSync(args.outDir, { recursive: true });
    writeFileSync(join(args.outDir, `${resultsName(args)}.json`), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(writeReports(args, results));
    const wrong = results.scenarios.some((s) => s.status === 'wrong') || results.load.some((l) => l.status === 'wrong') || results.floorVsEager.length > 0;
    if (wrong) log('Some answers were wrong: see the results file');
    return wrong ? 1 : 0;
  } finally {
    await workspace.stop();
  }
}

/** <scale>.md from this run, and the chart from every scale's results in the folder. */
function writeReports(args: BenchArgs, results: BenchResults): string {
  const markdown = markdownReport(results);
  writeFileSync(join(args.outDir, `${resultsName(args)}.md`), markdown);
  const all = (['small', 'large'] as const).map((scale) => resultsOfScale(args.outDir, scale)).filter((r): r is BenchResults => r !== undefined);
  writeFileSync(join(args.outDir, 'latency.svg'), latencyChart(all));
  log(`Wrote ${resultsName(args)}.md and latency.svg to ${args.outDir}`);
  return markdown;
}

/** A scale's results for the chart: its full run, else its partial runs (`large-whole`, `large-load`) together. */
function resultsOfScale(outDir: string, scale: 'small' | 'large'): BenchResults | undefined {
  const read = (file: string) => JSON.parse(readFileSync(join(outDir, file), 'utf8')) as BenchResults;
  if (existsSync(join(outDir, `${scale}.json`))) return read(`${scale}.json`);
  const partial = readdirSync(outDir)
    .filter((file) => file.startsWith(`${scale}-`) && file.endsWith('.json'))
    .map(read);
  if (partial.length === 0) return undefined;
  return { ...partial[0], scenarios: partial.flatMap((r) => r.scenarios), load: partial.flatMap((r) => r.load) };
}

async function benchmark(args: BenchArgs, workspace: BenchWorkspace): Promise<BenchResults> {
  const gatewaySettings = gatewaySettingsFor(args);
  const config = testConfig(gatewaySettings);
  const { warmup, rounds, familiesAlone, queueDiagnostic, loadSeconds, small } = planFor(args);
  const parts = args.parts;
  const loadAverageAtStart = loadavg()[0];
  const loadAverages: number[] = [loadAverageAtStart];
  // The machine is shared: its load average, sampled through the run, says how quiet it was.
  const sampler = setInterval(() => loadAverages.push(loadavg()[0]), 10_000).unref();
  const load = { connections: args.quick ? 50 : 200, seconds: loadSeconds };
  const credentials = workspace.credentials;
  const headers: Record<string, string> = credentials ? { 'X-User-Id': credentials.userId, 'X-Auth-Token': credentials.authToken } : {};

  const floor = floorConnection(workspace.url, config);
  let floorDatabaseMs = 0;
  floor.client.on('commandSucceeded', (event: CommandSucceededEvent) => {
    floorDatabaseMs += event.duration;
  });
  // Snapshots of earlier runs would make runs differ; no figure reads them. Never on a database only read.
  if (!workspace.readOnly) {
    await floor.db
      .collection(config.snapshotCollection)
      .drop()
      .catch(() => undefined);
  }
  const database = await describeDatabase(floor.db);
  log(`Database: ${database.server}; ${database.collections.map((c) => `${c.name} ${c.documents}`).join(', ')}`);

  // A run of the load alone checks the dashboard's figures only: on the large workspace the other
  // queries would add minutes of scans before the load.
  const loadOnly = parts.size === 1 && parts.has('load');
  log(loadOnly ? "Reference figures: the floor, the dashboard's queries" : 'Reference figures: the floor, checked against the eager computation');
  const dashboardFigures = rootFiguresOf(dashboardDocument);
  const referenceQueries = loadOnly
    ? [...new Set(dashboardFigures.flatMap((figure) => figure.reads.filter((source): source is DatabaseQuery => source.kind === 'database')))]
    : databaseQueries;
  const referenceResults = await runFloor(floor.db, referenceQueries);
  const reference = await figuresFrom(referenceResults, loadOnly ? dashboardFigures : undefined);
  // The large workspace's eager run takes minutes: there the rounds' eager runs make this check.
  let floorVsEager = familiesAlone && parts.has('eager') ? differences(asJson(await runEager(floor.db)), reference) : [];
  for (const difference of floorVsEager) log(`  floor and eager differ: ${difference}`);

  const profileDir = args.profile ? join(args.outDir, 'tmp', `cpu-${resultsName(args)}`) : undefined;
  // The gateway's doors need a login: without one (an operator's database, no BENCH_USER_ID) only the driver runs.
  const gateway = credentials ? await GatewayUnderTest.start(workspace.url, gatewaySettings, { cpuProfileDir: profileDir }) : undefined;
  // Diagnostic: no queue in front of the 22 queries of a document (as the floor), no time limit per command.
  const unqueued =
    gateway && queueDiagnostic && parts.has('whole')
      ? await GatewayUnderTest.start(workspace.url, { ...gatewaySettings, maxConcurrentComputations: 22, dbQueryTimeoutMs: 0 })
      : undefined;
  try {
    const ctx: ScenarioContext = {
      floor,
      floorDatabaseMs: () => floorDatabaseMs,
      headers,
      reference,
      referenceResults,
      databasePid: workspace.databasePid,
    };
    const scenarios: Scenario[] = [
      ...driverScenarios(ctx, { floor: parts.has('whole'), eager: parts.has('eager'), familiesAlone: familiesAlone && parts.has('figures') }),
      // REST's refresh=true stores a snapshot: not on a database the benchmark only reads.
      ...(gateway
        ? gatewayScenarios(ctx, gateway, { whole: parts.has('whole'), rest: parts.has('rest') && !workspace.readOnly, oneFigures: parts.has('figures') })
        : []),
      ...(unqueued
        ? gatewayScenarios(ctx, unqueued, {
            whole: true,
            rest: false,
            oneFigures: false,
            prefix: 'queue22.',
            note: 'with MAX_CONCURRENT_COMPUTATIONS=22 and no time limit per command',
          })
        : []),
    ];
    log(`Single requests: ${scenarios.length} scenarios, ${warmup} warm-up + ${rounds} rounds`);
    const measured = await runRounds(scenarios, { warmup, rounds, log, eachScenario: !familiesAlone });
    if (!familiesAlone && parts.has('eager')) floorVsEager = measured.find((s) => s.name === 'eager')?.checks.differences ?? [];

    const loads: LoadResult[] = [];
    // The same load on a gateway that never answers stale figures: what pollers wait for without them.
    // Not on the large workspace: there each poller would wait minutes, past the load's time limit.
    const diagnostics = gateway && parts.has('load') && small;
    const waiting = diagnostics ? await GatewayUnderTest.start(workspace.url, { ...gatewaySettings, statisticsMaxStaleMs: config.statisticsTtlMs }) : undefined;
    // The database on the same cores as the gateway: a recomputation one query at a time leaves it a core.
    const oneAtATime = diagnostics ? await GatewayUnderTest.start(workspace.url, { ...gatewaySettings, maxConcurrentComputations: 1 }) : undefined;
    // The pollers' reference: the same load on figures that stay fresh past it (a window longer than the
    // load), so no answer meets a recomputation. On the large workspace the default window's load has
    // none of its own: a family is recomputed as soon as its window ends, and some family always is.
    const warmWindowMs = 3_600_000;
    const warmGateway =
      gateway && parts.has('load')
        ? await GatewayUnderTest.start(workspace.url, { ...gatewaySettings, statisticsTtlMs: warmWindowMs, statisticsMaxStaleMs: warmWindowMs })
        : undefined;
    const loadPlan =
      gateway && parts.has('load')
        ? [
            ['dashboard', 'dashboard (26 usage figures, no refresh)', dashboardDocument, gateway] as const,
            ...(warmGateway
              ? [['dashboardWarm', 'dashboard, warm figures (STATISTICS_TTL_MS of an hour: no recomputation)', dashboardDocument, warmGateway] as const]
              : []),
            ['typename', '{ __typename }', typenameDocument, gateway] as const,
            ...(waiting
              ? [
                  [
                    'dashboardNoStale',
                    'dashboard, STATISTICS_MAX_STALE_MS = STATISTICS_TTL_MS (pollers wait for every recomputation)',
                    dashboardDocument,
                    waiting,
                  ] as const,
                ]
              : []),
            ...(oneAtATime
              ? [
                  [
                    'dashboardOneAtATime',
                    'dashboard, MAX_CONCURRENT_COMPUTATIONS=1 (a recomputation sends one query at a time)',
                    dashboardDocument,
                    oneAtATime,
                  ] as const,
                ]
              : []),
          ]
        : [];
    if (gateway) log(`Load: ${load.connections} connections for ${load.seconds} s per document`);
    for (const [name, label, document, target] of loadPlan) {
      // Fresh figures first, as pollers find them at the start of a window: the load then sees that
      // window end and the recomputation that follows, with stale figures answered meanwhile.
      if (document === dashboardDocument) {
        const started = performance.now();
        await target.graphql(refreshed(document), headers);
        log(`  ${name}: figures computed afresh in ${((performance.now() - started) / 1000).toFixed(1)} s before the load`);
      }
      const checked = await target.graphql(document, headers);
      const problems =
        checked.status !== 200
          ? [`HTTP ${checked.status}`]
          : checked.json?.errors
            ? [brief(checked.json.errors)]
            : differences(checked.json?.data?.statistics ?? {}, reference);
      if (problems.length > 0) throw new Error(`the ${name} answer is wrong before the load: ${problems.join('; ')}`);
      // `{ __typename }` must be the checked answer byte for byte. A dashboard's answer changes its
      // figuresComputedAt with each recomputation (the figures, on a database nobody writes, stay):
      // there every answer must be a 2xx, and the figures were checked just before.
      const sameThroughout = name === 'typename';
      const result = await runLoad(target, {
        name,
        label,
        document,
        headers,
        ...load,
        ttlMs: target === warmGateway ? warmWindowMs : config.statisticsTtlMs,
        expectedBody: sameThroughout ? checked.text : undefined,
      });
      const during = result.duringRecomputation;
      log(
        `  ${name}: ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ${result.commands} db commands` +
          (during ? `; during recomputations (${result.recomputingMs} ms): p50 ${during.p50} ms, p99 ${during.p99} ms` : ''),
      );
      loads.push(result);
    }
    await waiting?.close();
    await oneAtATime?.close();
    await warmGateway?.close();

    const machine = describeMachine();
    return {
      machine: {
        ...machine,
        database: workspace.databasePid === undefined ? `${database.server}, named by MONGO_URL` : machine.database,
        loadAverage: { atStart: loadAverageAtStart, atEnd: loadavg()[0], ...loadAverageSpread(loadAverages) },
      },
      scale: args.external ? 'external' : args.scale,
      quick: args.quick,
      parts: [...parts],
      ...(workspace.record ? { workspace: { ...workspace.record, reused: workspace.reused } } : {}),
      database: { ...database, readOnly: workspace.readOnly },
      settings: {
        warmupRounds: warmup,
        rounds,
        statisticsTtlMs: config.statisticsTtlMs,
        statisticsMaxStaleMs: config.statisticsMaxStaleMs,
        dbQueryTimeoutMs: config.dbQueryTimeoutMs,
        dbTimeoutMs: config.dbTimeoutMs,
        maxConcurrentComputations: config.maxConcurrentComputations,
        authCacheTtlMs: config.authCacheTtlMs,
        loadConnections: load.connections,
        loadSeconds: load.seconds,
      },
      floorVsEager,
      scenarios: measured,
      load: loads,
      ratios: ratiosOf(args.external ? 'external' : args.scale, measured, loads),
    };
  } finally {
    clearInterval(sampler);
    await gateway?.close();
    await unqueued?.close();
    await floor.close();
  }
}

/** The same document asking for fresh figures. */
const refreshed = (document: string) => document.replace(/^\{ statistics \{/, '{ statistics(refresh: true) {');

/** The 1-minute load average's lowest and highest samples over the run. */
function loadAverageSpread(samples: number[]): { min: number; max: number } {
  return { min: Math.min(...samples), max: Math.max(...samples) };
}

/**
 * The floor's own driver: the gateway's settings (read preference, command monitoring) but no
 * socket timeout, so that 22 full scans at once on the large workspace can take as long as they take.
 */
function floorConnection(url: string, config: GatewayConfig): DatabaseHandle {
  return connectDatabase({ url, readPreference: config.readPreference, timeoutMs: connectTimeoutMs, queryTimeoutMs: 0 });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
