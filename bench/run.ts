import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { MongoClient, type CommandSucceededEvent } from 'mongodb';
import { testConfig, type GatewayConfig } from '../src/config';
import { CommandLog } from '../src/db/command-log';
import { databaseNameOf } from '../src/db/connect';
import type { DriverOnly } from './scenarios';
import { BenchArgsError, benchUsage, readBenchArgs, type BenchArgs } from './args';
import { latencyChart } from './chart';
import { dashboardDocument, typenameDocument } from './documents';
import { asJson, brief, differences, figuresFrom } from './expected';
import { runEager } from './eager';
import { runFloor } from './floor';
import { GatewayUnderTest } from './gateway-client';
import { runLoad, type LoadResult } from './load';
import { describeMachine } from './machine';
import { runRounds, type Scenario, type ScenarioResult } from './measure';
import { markdownReport } from './report';
import { ratiosOf, type BenchResults } from './results';
import { driverScenarios, gatewayScenarios, restPath, type ScenarioContext } from './scenarios';
import { openBenchWorkspace, type BenchWorkspace } from './workspace';

const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/**
 * Rounds per scale. On FerretDB every query but an `_id` lookup reads its whole collection, so a
 * round of the large workspace takes about twenty-five minutes: there the reference run is the
 * warm-up, and the driver-alone timing of each family and the queue diagnostic are left out.
 */
const planFor = (args: BenchArgs) =>
  args.scale === 'small'
    ? { warmup: 1, rounds: args.quick ? 3 : 8, familiesAlone: true, queueDiagnostic: true }
    : { warmup: 0, rounds: args.quick ? 1 : 2, familiesAlone: false, queueDiagnostic: false };

/**
 * The gateway as benchmarked: defaults, except a long token cache so command counts are the
 * figures' own. At the large scale a whole computation on FerretDB takes minutes, so the gateway is
 * configured as the README advises for such a workspace: no per-command time limit, and a figure
 * window longer than one computation.
 */
const gatewaySettingsFor = (args: BenchArgs): Partial<GatewayConfig> =>
  args.scale === 'small' ? { authCacheTtlMs: 600_000 } : { authCacheTtlMs: 600_000, dbQueryTimeoutMs: 0, statisticsTtlMs: 600_000 };

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = readBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BenchArgsError)) throw error;
    process.stderr.write(`bench: ${error.message}\n\n${benchUsage}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(benchUsage);
    return 0;
  }
  if (args.reportOnly) {
    const file = join(args.outDir, `${args.scale}.json`);
    if (!existsSync(file)) throw new Error(`${file} does not exist: run the benchmark first`);
    writeReports(args, JSON.parse(readFileSync(file, 'utf8')) as BenchResults);
    return 0;
  }
  const workspace = await openBenchWorkspace(args.scale, args.seed, log);
  try {
    if (args.prepareOnly) return 0;
    const results = await benchmark(args, workspace);
    mkdirSync(args.outDir, { recursive: true });
    writeFileSync(join(args.outDir, `${args.scale}.json`), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(writeReports(args, results));
    const wrong = results.scenarios.some((s) => s.status === 'wrong') || results.load.some((l) => l.status === 'wrong') || results.floorVsEager.length > 0;
    if (wrong) log('Some answers were wrong: see the results file');
    return wrong ? 1 : 0;
  } finally {
    await workspace.database.stop();
  }
}

/** <scale>.md from this run, and the chart from every scale's results in the folder. */
function writeReports(args: BenchArgs, results: BenchResults): string {
  const markdown = markdownReport(results);
  writeFileSync(join(args.outDir, `${args.scale}.md`), markdown);
  const all = (['small', 'large'] as const)
    .map((scale) => join(args.outDir, `${scale}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResults);
  writeFileSync(join(args.outDir, 'latency.svg'), latencyChart(all));
  log(`Wrote ${args.scale}.md and latency.svg to ${args.outDir}`);
  return markdown;
}

async function benchmark(args: BenchArgs, workspace: BenchWorkspace): Promise<BenchResults> {
  const gatewaySettings = gatewaySettingsFor(args);
  const config = testConfig(gatewaySettings);
  const { warmup, rounds, familiesAlone, queueDiagnostic } = planFor(args);
  const loadAverageAtStart = loadavg()[0];
  const load = args.quick ? { connections: 50, seconds: 3 } : { connections: 200, seconds: 10 };
  const headers = { 'X-User-Id': workspace.record.admin.userId, 'X-Auth-Token': workspace.record.admin.authToken };

  const floor = floorConnection(workspace.url, config);
  let floorDatabaseMs = 0;
  floor.client.on('commandSucceeded', (event: CommandSucceededEvent) => {
    floorDatabaseMs += event.duration;
  });
  // Snapshots of earlier runs would make runs differ; no figure reads them.
  await floor.db
    .collection(config.snapshotCollection)
    .drop()
    .catch(() => undefined);

  log('Reference figures: the floor, checked against the eager computation');
  const referenceResults = await runFloor(floor.db);
  const reference = await figuresFrom(referenceResults);
  // The large workspace's eager run takes minutes: there the rounds' eager runs make this check.
  let floorVsEager = familiesAlone ? differences(asJson(await runEager(floor.db)), reference) : [];
  for (const difference of floorVsEager) log(`  floor and eager differ: ${difference}`);

  const profileDir = args.profile ? join(args.outDir, 'tmp', `cpu-${args.scale}`) : undefined;
  const gateway = await GatewayUnderTest.start(workspace.url, gatewaySettings, { cpuProfileDir: profileDir });
  // Diagnostic: no queue in front of the 22 queries of a document (as the floor), no time limit per command.
  const unqueued = queueDiagnostic
    ? await GatewayUnderTest.start(workspace.url, { ...gatewaySettings, maxConcurrentComputations: 22, dbQueryTimeoutMs: 0 })
    : undefined;
  try {
    // statistics.list computes nothing: whether the REST door exists, without a whole document.
    const probe = await gateway.get('/api/v1/statistics.list?count=1', headers);
    const restAvailable = probe.status !== 404;
    log(restAvailable ? `REST door answers ${probe.status}` : `REST door: GET /api/v1/statistics.list answered 404, marked unavailable`);

    const ctx: ScenarioContext = {
      floor,
      floorDatabaseMs: () => floorDatabaseMs,
      headers,
      reference,
      referenceResults,
      databasePid: workspace.database.process.pid,
    };
    const scenarios: Scenario[] = [
      ...driverScenarios(ctx, { familiesAlone }),
      ...gatewayScenarios(ctx, gateway, { rest: restAvailable, oneFigures: true }),
      ...(unqueued
        ? gatewayScenarios(ctx, unqueued, {
            rest: false,
            oneFigures: false,
            prefix: 'queue22.',
            note: 'with MAX_CONCURRENT_COMPUTATIONS=22 and no time limit per command',
          })
        : []),
    ];
    log(`Single requests: ${scenarios.length} scenarios, ${warmup} warm-up + ${rounds} rounds`);
    const measured = await runRounds(scenarios, { warmup, rounds, log, eachScenario: !familiesAlone });
    if (!familiesAlone) floorVsEager = measured.find((s) => s.name === 'eager')?.checks.differences ?? [];
    if (!restAvailable) measured.splice(measured.findIndex((s) => s.name === 'graphqlWhole') + 1, 0, unavailableRest());

    log(`Load: ${load.connections} connections for ${load.seconds} s per document`);
    const loads: LoadResult[] = [];
    for (const [name, label, document] of [
      ['dashboard', 'dashboard (26 usage figures, no refresh)', dashboardDocument],
      ['typename', '{ __typename }', typenameDocument],
    ] as const) {
      const checked = await gateway.graphql(document, headers);
      const problems =
        checked.status !== 200
          ? [`HTTP ${checked.status}`]
          : checked.json?.errors
            ? [brief(checked.json.errors)]
            : differences(checked.json?.data?.statistics ?? {}, reference);
      if (problems.length > 0) throw new Error(`the ${name} answer is wrong before the load: ${problems.join('; ')}`);
      const result = await runLoad(gateway, { name, label, document, headers, ...load, ttlMs: config.statisticsTtlMs, expectedBody: checked.text });
      log(`  ${name}: ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ${result.commands} db commands`);
      loads.push(result);
    }

    return {
      machine: { ...describeMachine(), loadAverage: { atStart: loadAverageAtStart, atEnd: loadavg()[0] } },
      scale: args.scale,
      quick: args.quick,
      workspace: { ...workspace.record, reused: workspace.reused },
      settings: {
        warmupRounds: warmup,
        rounds,
        statisticsTtlMs: config.statisticsTtlMs,
        dbQueryTimeoutMs: config.dbQueryTimeoutMs,
        maxConcurrentComputations: config.maxConcurrentComputations,
        authCacheTtlMs: config.authCacheTtlMs,
        loadConnections: load.connections,
        loadSeconds: load.seconds,
      },
      floorVsEager,
      restStatus: restAvailable ? 'ok' : 'unavailable',
      scenarios: measured,
      load: loads,
      ratios: ratiosOf(args.scale, measured, loads),
    };
  } finally {
    await gateway.close();
    await unqueued?.close();
    await floor.close();
  }
}

/**
 * The floor's own driver: the gateway's settings (read preference, command monitoring) but no
 * socket timeout, so that 22 full scans at once on the large workspace can take as long as they take.
 */
function floorConnection(url: string, config: GatewayConfig): DriverOnly {
  const client = new MongoClient(url, { readPreference: config.readPreference, serverSelectionTimeoutMS: config.dbTimeoutMs, monitorCommands: true });
  const commands = new CommandLog();
  commands.attach(client);
  return { client, db: client.db(databaseNameOf(url)), commands, close: () => client.close() };
}

function unavailableRest(): ScenarioResult {
  const none = { n: 0, median: NaN, p25: NaN, p75: NaN, min: NaN, max: NaN };
  return {
    name: 'restWhole',
    label: `gateway, whole document, REST GET ${restPath}`,
    status: 'unavailable',
    note: 'answered 404 (the REST door is not in this tree yet)',
    latencyMs: none,
    commands: 0,
    databaseMs: none,
    databaseCpuMs: none,
    checks: { passed: 0, failed: 0, differences: [] },
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
