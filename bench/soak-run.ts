import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { MongoClient } from 'mongodb';
import { testConfig, type GatewayConfig } from '../src/config';
import type { BenchArgs } from './args';
import { GatewayUnderTest } from './gateway-client';
import { describeMachine, type MachineInfo } from './machine';
import { expected, memoryVerdict, runSoak, soakMix, soakDoors, type SoakLoad } from './soak';
import { soakReport } from './soak-report';
import type { BenchWorkspace, SeedRecord } from './workspace';

/** Concurrent clients: enough to keep the gateway busy, few enough for 2 cores shared with the database and the clients. */
const soakClients = { pollers: 14, refreshers: 2 };

export interface SoakResults {
  machine: MachineInfo;
  scale: string;
  workspace?: Pick<SeedRecord, 'options' | 'counts'> & { reused: boolean };
  settings: {
    minutes: number;
    pollers: number;
    refreshers: number;
    statisticsTtlMs: number;
    statisticsMaxStaleMs: number;
    snapshotMinIntervalMs: number;
    authCacheTtlMs: number;
    maxConcurrentComputations: number;
  };
  load: SoakLoad;
  snapshots: { before: number; after: number; written: number; atMost: number };
  memory: ReturnType<typeof memoryVerdict>;
  /** What the numbers do not say by themselves, written beside them after the run (kept by --report). */
  notes?: string[];
  verdicts: { noFiveXx: boolean; allExpected: boolean; snapshotsBounded: boolean; memoryFlat: boolean };
}

/** --soak --report: soak.md again from soak.json (the verdicts recomputed), measuring nothing. */
export function soakReportOnly(args: BenchArgs, log: (line: string) => void): number {
  const file = join(args.outDir, 'soak.json');
  if (!existsSync(file)) throw new Error(`${file} does not exist: run the soak first`);
  const results = JSON.parse(readFileSync(file, 'utf8')) as SoakResults;
  results.memory = memoryVerdict(results.load.memory);
  results.verdicts.memoryFlat = results.memory.largestChange <= 0.2;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(args.outDir, 'soak.md'), soakReport(results));
  log(`Wrote soak.json and soak.md to ${args.outDir}`);
  return Object.values(results.verdicts).every(Boolean) ? 0 : 1;
}

/**
 * The soak: the gateway with its default settings in its own process, the fixed mix for `minutes`,
 * then soak.json and soak.md. Refreshes store snapshots, so it runs only on a seeded workspace.
 */
export async function soak(args: BenchArgs, workspace: BenchWorkspace, log: (line: string) => void): Promise<number> {
  if (workspace.readOnly || !workspace.credentials) throw new Error('the soak stores snapshots: it runs on a seeded workspace only, not with MONGO_URL');
  const settings: Partial<GatewayConfig> = {};
  const config = testConfig(settings);
  const loadAverageAtStart = loadavg()[0];
  const client = new MongoClient(workspace.url, { serverSelectionTimeoutMS: 10_000 });
  const snapshotCount = () => client.db().collection(config.snapshotCollection).countDocuments();
  const gateway = await GatewayUnderTest.start(workspace.url, settings);
  try {
    const mix = soakMix(gateway, workspace.credentials);
    const kinds = [...mix.polls, ...mix.refreshes];
    // Each kind of request once, checked, before the clock starts: the figures are computed and the mix is right.
    for (const step of kinds.filter((s, i) => kinds.findIndex((t) => t.name === s.name) === i)) {
      const answer = await step.send();
      if (!expected(step, answer)) throw new Error(`${step.name} is answered HTTP ${answer.status} before the soak: ${answer.text.slice(0, 300)}`);
    }
    const before = await snapshotCount();
    log(`Soak: ${soakClients.pollers} pollers and ${soakClients.refreshers} refreshers for ${args.soakMinutes} min; ${before} snapshots stored before`);
    const load = await runSoak(gateway, mix, { ...soakClients, seconds: args.soakMinutes * 60, memoryEverySeconds: 30, log });
    const after = await snapshotCount();
    // One snapshot per minimum interval at most (the first may come at once).
    const atMost = Math.floor(load.durationMs / config.snapshotLimits.minIntervalMs) + 1;
    const memory = memoryVerdict(load.memory);
    const doors = Object.values(load.doors);
    const results: SoakResults = {
      machine: { ...describeMachine(), loadAverage: { atStart: loadAverageAtStart, atEnd: loadavg()[0] } },
      scale: args.scale,
      ...(workspace.record ? { workspace: { options: workspace.record.options, counts: workspace.record.counts, reused: workspace.reused } } : {}),
      settings: {
        minutes: args.soakMinutes,
        ...soakClients,
        statisticsTtlMs: config.statisticsTtlMs,
        statisticsMaxStaleMs: config.statisticsMaxStaleMs,
        snapshotMinIntervalMs: config.snapshotLimits.minIntervalMs,
        authCacheTtlMs: config.authCacheTtlMs,
        maxConcurrentComputations: config.maxConcurrentComputations,
      },
      load,
      snapshots: { before, after, written: after - before, atMost },
      memory,
      verdicts: {
        noFiveXx: doors.every((d) => d.fiveXx === 0),
        allExpected: doors.every((d) => d.unexpected === 0),
        snapshotsBounded: after - before <= atMost,
        memoryFlat: memory.largestChange <= 0.2,
      },
    };
    mkdirSync(args.outDir, { recursive: true });
    writeFileSync(join(args.outDir, 'soak.json'), `${JSON.stringify(results, null, 2)}\n`);
    const markdown = soakReport(results);
    writeFileSync(join(args.outDir, 'soak.md'), markdown);
    process.stdout.write(markdown);
    for (const door of soakDoors) log(`  ${door}: ${load.doors[door].requests} requests, p50 ${load.doors[door].p50} ms, p99 ${load.doors[door].p99} ms`);
    log(`Wrote soak.json and soak.md to ${args.outDir}`);
    return Object.values(results.verdicts).every(Boolean) ? 0 : 1;
  } finally {
    await gateway.close();
    await client.close();
  }
}
