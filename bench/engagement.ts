import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { MongoClient } from 'mongodb';
import { testConfig, type GatewayConfig } from '../src/config';
import type { BenchArgs } from './args';
import { GatewayUnderTest } from './gateway-client';
import { describeMachine, machineLine, type MachineInfo } from './machine';
import type { BenchWorkspace, SeedRecord } from './workspace';

const day = 24 * 3600 * 1000;

/** The engagement dashboard's routes, as its client asks them (Rocket.Chat's EE engagementDashboard). */
const endpoints = [
  'users/new-users',
  'users/active-users',
  'users/users-by-time-of-the-day-in-a-week',
  'users/chat-busier/hourly-data',
  'users/chat-busier/weekly-data',
  'messages/messages-sent',
  'messages/origin',
  'messages/top-five-popular-channels',
  'channels/list',
] as const;

/**
 * Days asked per scale. On FerretDB each day's query reads the whole collection, so the large
 * workspace's first 90-day call would take most of an hour: there a week is measured.
 */
const periodDays = (args: BenchArgs) => (args.scale === 'small' ? 90 : 7);

export interface EndpointCall {
  status: number;
  ms: number;
  commands: number;
}

export interface EngagementResults {
  machine: MachineInfo;
  scale: string;
  workspace?: Pick<SeedRecord, 'options' | 'counts'> & { reused: boolean };
  period: { start: string; end: string; days: number };
  settings: { statisticsTtlMs: number; statisticsMaxStaleMs?: number; waitBeforeRepeatMs: number };
  endpoints: Array<{ endpoint: string; first: EndpointCall; repeated: EndpointCall; periodAnswer: string }>;
}

/** The client's "last N days": N days ago at 00:00Z to today's last millisecond (spec: Periods). */
function periodOf(days: number, now = Date.now()) {
  const today = Math.floor(now / day) * day;
  return { start: new Date(today - days * day).toISOString(), end: new Date(today + day - 1).toISOString(), days };
}

const pathOf = (endpoint: string, period: { start: string; end: string }) => {
  // The busier charts take only `start`: the day the client shows, today.
  const params: Record<string, string> = endpoint.startsWith('users/chat-busier/')
    ? { start: new Date(Math.floor(Date.now() / day) * day).toISOString() }
    : { start: period.start, end: period.end };
  if (endpoint === 'channels/list') Object.assign(params, { offset: '0', count: '25' });
  return `/api/v1/engagement-dashboard/${endpoint}?${new URLSearchParams(params)}`;
};

/** A short proof that the answer holds figures: the number of entries of its first list. */
function describeAnswer(json: Record<string, unknown> | undefined): string {
  if (!json) return 'no JSON';
  const list = Object.entries(json).find(([, value]) => Array.isArray(value));
  return list ? `${list[0]}: ${(list[1] as unknown[]).length} entries` : Object.keys(json).join(', ');
}

async function timedCall(gateway: GatewayUnderTest, path: string, headers: Record<string, string>) {
  const before = (await gateway.counters()).commands;
  const answer = await gateway.get(path, headers);
  const after = (await gateway.counters()).commands;
  return { call: { status: answer.status, ms: Math.round(answer.ms), commands: after - before }, json: answer.json as Record<string, unknown> | undefined };
}

/**
 * Each endpoint on a fresh gateway with no kept days (its first call computes every day of the
 * period), then once more after the figure window, when only today is computed again.
 */
export async function benchEngagement(args: BenchArgs, workspace: BenchWorkspace, log: (line: string) => void): Promise<number> {
  if (!workspace.credentials) throw new Error('the engagement benchmark needs a login: a seeded workspace, or BENCH_USER_ID and BENCH_AUTH_TOKEN');
  // A first call over a long period queues many day queries; on a loaded machine one may outlast the
  // default per-command limit (a 503), so the limit is lifted as the README advises for long queries.
  // No stale answers (max stale = the window): with the default bound, the repeated call would be
  // answered at once with the held today while today is recomputed behind it, and so measure nothing.
  const window = testConfig().statisticsTtlMs;
  const settings: Partial<GatewayConfig> = { dbQueryTimeoutMs: 0, statisticsMaxStaleMs: window };
  const config = testConfig(settings);
  const waitBeforeRepeatMs = config.statisticsTtlMs + 1000;
  const headers = { 'X-User-Id': workspace.credentials.userId, 'X-Auth-Token': workspace.credentials.authToken };
  const period = periodOf(periodDays(args));
  const loadAverageAtStart = loadavg()[0];
  const client = new MongoClient(workspace.url, { serverSelectionTimeoutMS: 10_000 });
  const results: EngagementResults['endpoints'] = [];
  try {
    for (const endpoint of endpoints) {
      // Days kept by an earlier endpoint would make this one's first call cheap.
      if (!workspace.readOnly) await client.db().collection(config.engagementCollection).deleteMany({});
      const gateway = await GatewayUnderTest.start(workspace.url, settings);
      try {
        const path = pathOf(endpoint, period);
        const first = await timedCall(gateway, path, headers);
        await new Promise((resolve) => setTimeout(resolve, waitBeforeRepeatMs));
        const repeated = await timedCall(gateway, path, headers);
        if (first.call.status !== 200 || repeated.call.status !== 200)
          throw new Error(`${endpoint} answered ${first.call.status}, then ${repeated.call.status}`);
        results.push({
          endpoint,
          first: first.call,
          repeated: repeated.call,
          periodAnswer: first.call.status === 200 ? describeAnswer(first.json) : `HTTP ${first.call.status}, then ${repeated.call.status}`,
        });
        log(`  ${endpoint}: first ${first.call.ms} ms (${first.call.commands} commands), repeated ${repeated.call.ms} ms (${repeated.call.commands} commands)`);
      } finally {
        await gateway.close();
      }
    }
  } finally {
    await client.close();
  }
  const report: EngagementResults = {
    machine: { ...describeMachine(), loadAverage: { atStart: loadAverageAtStart, atEnd: loadavg()[0] } },
    scale: args.scale,
    ...(workspace.record ? { workspace: { options: workspace.record.options, counts: workspace.record.counts, reused: workspace.reused } } : {}),
    period,
    settings: { statisticsTtlMs: config.statisticsTtlMs, statisticsMaxStaleMs: config.statisticsMaxStaleMs, waitBeforeRepeatMs },
    endpoints: results,
  };
  mkdirSync(args.outDir, { recursive: true });
  const name = `engagement-${args.external ? 'external' : args.scale}`;
  writeFileSync(join(args.outDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = engagementReport(report);
  writeFileSync(join(args.outDir, `${name}.md`), markdown);
  process.stdout.write(markdown);
  log(`Wrote ${name}.json and ${name}.md to ${args.outDir}`);
  return results.every((e) => e.first.status === 200 && e.repeated.status === 200) ? 0 : 1;
}

export function engagementReport(r: EngagementResults): string {
  const w = r.workspace;
  const lines = [
    `# Engagement dashboard endpoints: ${r.scale}`,
    '',
    `- **machine**: ${machineLine(r.machine)}`,
    ...(w
      ? [
          `- **workspace**: ${w.options.users} users, ${w.options.rooms} rooms, ${w.options.messages} messages, ${w.counts.rocketchat_sessions} sessions documents, seed ${w.options.seed}${w.reused ? ' (reused from .cache/)' : ''}`,
        ]
      : []),
    `- **period**: ${r.period.start} to ${r.period.end} (${r.period.days} days before today, and today); the busier charts: today`,
    `- **first call**: a fresh gateway with no kept days computes every day of the period; **repeated**: the same request ${r.settings.waitBeforeRepeatMs} ms later, past the ${r.settings.statisticsTtlMs} ms figure window, computes today only${
      r.settings.statisticsMaxStaleMs === r.settings.statisticsTtlMs
        ? ' (no stale answers: STATISTICS_MAX_STALE_MS is the window, so the repeated call waits for today)'
        : ' (or answers the held today at once within STATISTICS_MAX_STALE_MS while recomputing it: a repeat of a few ms)'
    }`,
    '',
    '| endpoint | first call ms | commands | repeated ms | commands | answer |',
    '|---|---:|---:|---:|---:|---|',
    ...r.endpoints.map((e) => `| \`${e.endpoint}\` | ${e.first.ms} | ${e.first.commands} | ${e.repeated.ms} | ${e.repeated.commands} | ${e.periodAnswer} |`),
    '',
  ];
  return lines.join('\n');
}
