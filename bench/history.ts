import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { MongoClient, type Db } from 'mongodb';
import { testConfig } from '../src/config';
import { historyFigures, storedKeysOf } from '../src/history/history-figures';
import { LatestSnapshotDocument, LiveStatisticsDocument } from '../src/generated/operations';
import { maxSnapshotsPerRead } from '../src/queries/history';
import { historyStartsAt } from '../src/seed/statistics-history';
import type { BenchArgs } from './args';
import { GatewayUnderTest, type HttpAnswer } from './gateway-client';
import { describeMachine, type MachineInfo } from './machine';
import { median, round, spreadOf, type Spread } from './stats';
import type { BenchWorkspace } from './workspace';

// `history` over the seeded two years of Rocket.Chat's daily snapshots, against one whole-document
// read on the same workspace (the gateway's newest stored snapshot, every figure), each through the
// gateway and by the raw driver alone, in one run. The claim measured: one command per history (a find
// of rocketchat_statistics; the gateway holds its own snapshots), and an answer in the same order of
// time as reading one whole document.

const figures = ['totalUsers', 'activeUsers', 'legacy.activeUsers', 'totalMessages', 'legacy.totalMessages'];
const historyDocument = `query BenchHistory($from: DateTime!, $to: DateTime!, $figures: [String!]!) {
  history(from: $from, to: $to, figures: $figures, step: DAY) { points { period source snapshotId values { figure value } } }
}`;
const latestSnapshotDocument = print(LatestSnapshotDocument);
const liveDocument = print(LiveStatisticsDocument);
/** Every figure computed anew takes seconds to minutes on FerretDB: a few rounds only. */
const liveRounds = 3;

interface Measured {
  ms: Spread;
  /** Database commands the gateway sent per request (0 for the driver's own scenarios: see `commands`). */
  commandsPerRequest: number;
}

export interface HistoryBenchResults {
  machine: MachineInfo;
  scale: string;
  rocketChatSnapshots: number;
  range: { from: string; to: string; figures: string[]; step: 'DAY'; points: number };
  rounds: number;
  gateway: { history: Measured; wholeDocument: Measured; liveDocument: Measured };
  driver: { history: Spread; rocketChatFindLast: Spread; wholeDocument: Spread };
  ratios: { historyOverFindLast: number; historyOverWholeDocument: number; historyOverLiveDocument: number; driverHistoryOverFindLast: number };
  verdicts: { oneCommand: boolean; sameOrderOfTime: boolean; answersChecked: boolean };
}

async function timed<T>(call: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await call();
  return [performance.now() - started, result];
}

const storedKeys = storedKeysOf(figures.map((name) => historyFigures.get(name)!));

/** The driver's floor of `history`: the same projected find of rocketchat_statistics the gateway sends. */
function driverHistory(db: Db, from: Date, to: Date) {
  return db
    .collection('rocketchat_statistics')
    .find({ createdAt: { $gte: from, $lte: to } }, { projection: Object.fromEntries(['createdAt', 'version', ...storedKeys.rocketChat].map((f) => [f, 1])) })
    .sort({ createdAt: 1 })
    .limit(maxSnapshotsPerRead + 1)
    .batchSize(maxSnapshotsPerRead + 1)
    .toArray();
}

export async function historyBench(args: BenchArgs, workspace: BenchWorkspace, log: (line: string) => void): Promise<number> {
  if (workspace.readOnly || !workspace.credentials) throw new Error('--history stores one snapshot to read back whole: it runs on a seeded workspace only');
  const config = testConfig({});
  const loadAverageAtStart = loadavg()[0]!;
  const client = new MongoClient(workspace.url, { serverSelectionTimeoutMS: 10_000 });
  const db = client.db();
  // On a busy shared machine one whole computation can pass the default 60 s per command: no limit here.
  const gateway = await GatewayUnderTest.start(workspace.url, { authCacheTtlMs: 600_000, dbQueryTimeoutMs: 0 });
  const headers = { 'X-User-Id': workspace.credentials.userId, 'X-Auth-Token': workspace.credentials.authToken };
  const rounds = args.quick ? 5 : 30;
  try {
    const [first] = await db.collection('rocketchat_statistics').find({}).sort({ createdAt: 1 }).limit(1).toArray();
    const [newest] = await db.collection('rocketchat_statistics').find({}).sort({ createdAt: -1 }).limit(1).toArray();
    const from = historyStartsAt;
    const to = new Date((newest!.createdAt as Date).getTime() + 3600_000);
    const rocketChatSnapshots = await db.collection('rocketchat_statistics').countDocuments();
    if (!first || (first.createdAt as Date).getTime() < from.getTime()) throw new Error('the seeded history does not begin where the seeder says');
    const variables = { from: from.toISOString(), to: to.toISOString(), figures };
    const check = (answer: HttpAnswer, what: string) => {
      if (answer.status !== 200 || answer.json?.errors) throw new Error(`${what} answered HTTP ${answer.status}: ${answer.text.slice(0, 300)}`);
      return answer.json.data;
    };
    // A stored snapshot to read back whole (taken when there is none), and one request of each kind before the clock starts (token cached).
    if (!check(await gateway.graphql('{ latestSnapshot { id } }', headers), 'latestSnapshot').latestSnapshot) {
      check(await gateway.graphql('mutation { takeSnapshot { id } }', headers), 'takeSnapshot');
    }
    const points = check(await gateway.graphql(historyDocument, headers, variables), 'history').history.points as { snapshotId: string }[];
    check(await gateway.graphql(latestSnapshotDocument, headers), 'latestSnapshot');

    // The answer against the driver's: one point per day that holds a snapshot, each the newest of its day.
    const rocketChatRead = await driverHistory(db, from, to);
    const newestOfDay = new Map<string, string>();
    for (const document of rocketChatRead) newestOfDay.set((document.createdAt as Date).toISOString().slice(0, 10), String(document._id));
    const answersChecked = points.length === newestOfDay.size && points.every((point, index) => point.snapshotId === [...newestOfDay.values()][index]);
    if (!answersChecked) throw new Error(`history answered ${points.length} points; the driver reads ${newestOfDay.size} days`);
    log(`History: ${points.length} daily points from ${rocketChatSnapshots} Rocket.Chat snapshots; ${rounds} rounds of each scenario`);

    const samples = {
      history: [] as number[],
      wholeDocument: [] as number[],
      live: [] as number[],
      driverHistory: [] as number[],
      findLast: [] as number[],
      driverWhole: [] as number[],
    };
    const commands = { history: 0, wholeDocument: 0, live: 0 };
    // Rocket.Chat's own findLast (packages/models/src/models/Statistics.ts): one whole document of the same collection.
    const findLast = () => db.collection('rocketchat_statistics').find({}).sort({ createdAt: -1 }).limit(1).toArray();
    for (let index = 0; index < rounds; index++) {
      // Interleaved, so a busy moment of the shared machine falls on every scenario alike.
      let before = (await gateway.counters()).commands;
      samples.history.push(await lastMs(gateway, historyDocument, headers, variables));
      commands.history += (await gateway.counters()).commands - before;
      before = (await gateway.counters()).commands;
      samples.wholeDocument.push(await lastMs(gateway, latestSnapshotDocument, headers));
      commands.wholeDocument += (await gateway.counters()).commands - before;
      samples.driverHistory.push((await timed(() => driverHistory(db, from, to)))[0]);
      samples.findLast.push((await timed(findLast))[0]);
      samples.driverWhole.push((await timed(() => db.collection(config.snapshotCollection).find({}).sort({ createdAt: -1 }).limit(1).toArray()))[0]);
    }
    for (let index = 0; index < liveRounds; index++) {
      const before = (await gateway.counters()).commands;
      samples.live.push(await lastMs(gateway, liveDocument, headers, { refresh: true }));
      commands.live += (await gateway.counters()).commands - before;
    }
    const perHistory = commands.history / rounds;
    const results: HistoryBenchResults = {
      machine: { ...describeMachine(), loadAverage: { atStart: loadAverageAtStart, atEnd: loadavg()[0]! } },
      scale: args.scale,
      rocketChatSnapshots,
      range: { from: from.toISOString(), to: to.toISOString(), figures, step: 'DAY', points: points.length },
      rounds,
      gateway: {
        history: { ms: rounded(spreadOf(samples.history)), commandsPerRequest: perHistory },
        wholeDocument: { ms: rounded(spreadOf(samples.wholeDocument)), commandsPerRequest: commands.wholeDocument / rounds },
        liveDocument: { ms: rounded(spreadOf(samples.live)), commandsPerRequest: commands.live / liveRounds },
      },
      driver: {
        history: rounded(spreadOf(samples.driverHistory)),
        rocketChatFindLast: rounded(spreadOf(samples.findLast)),
        wholeDocument: rounded(spreadOf(samples.driverWhole)),
      },
      ratios: {
        historyOverFindLast: round(median(samples.history) / median(samples.findLast)),
        historyOverWholeDocument: round(median(samples.history) / median(samples.wholeDocument)),
        historyOverLiveDocument: round(median(samples.history) / median(samples.live), 3),
        driverHistoryOverFindLast: round(median(samples.driverHistory) / median(samples.findLast)),
      },
      verdicts: { oneCommand: perHistory === 1, sameOrderOfTime: false, answersChecked },
    };
    results.verdicts.sameOrderOfTime = results.ratios.historyOverFindLast < 10;
    mkdirSync(args.outDir, { recursive: true });
    writeFileSync(join(args.outDir, `history-${args.scale}.json`), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(args.outDir, `history-${args.scale}.md`), historyReport(results));
    process.stdout.write(historyReport(results));
    return Object.values(results.verdicts).every(Boolean) ? 0 : 1;
  } finally {
    await gateway.close();
    await client.close();
  }
}

async function lastMs(gateway: GatewayUnderTest, document: string, headers: Record<string, string>, variables?: Record<string, unknown>): Promise<number> {
  const answer = await gateway.graphql(document, headers, variables);
  if (answer.status !== 200 || answer.json?.errors) throw new Error(`answered HTTP ${answer.status}: ${answer.text.slice(0, 300)}`);
  return answer.ms;
}

const rounded = (spread: Spread): Spread => Object.fromEntries(Object.entries(spread).map(([key, value]) => [key, round(value)])) as unknown as Spread;

export function historyReport(results: HistoryBenchResults): string {
  const { machine: m, gateway: g, driver: d } = results;
  const row = (name: string, spread: Spread, commands: string) =>
    `| ${name} | ${spread.median} | ${spread.p25}–${spread.p75} | ${spread.min}–${spread.max} | ${commands} |`;
  return [
    `# history over two years of daily snapshots (${results.scale})`,
    '',
    `${m.cpuModel} × ${m.cores}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.database}, ${m.os}; ${m.date}; commit ${m.commit ?? 'unknown'}${m.uncommittedChanges ? ' (uncommitted changes)' : ''}; load average ${m.loadAverage?.atStart.toFixed(2)} → ${m.loadAverage?.atEnd.toFixed(2)} (a shared machine: judge ratios, not milliseconds).`,
    '',
    `\`history(from: ${results.range.from}, to: ${results.range.to}, step: DAY, figures: [${results.range.figures.join(', ')}])\` over the seeded`,
    `rocketchat_statistics (${results.rocketChatSnapshots} snapshots, ${results.range.points} daily points), against whole-document reads on`,
    `the same workspace: Rocket.Chat's own \`findLast\` (one whole document of rocketchat_statistics, the collection history reads), the`,
    `gateway's \`latestSnapshot\` with every figure (its newest stored snapshot, whole) and the live document (every figure computed anew,`,
    `refresh: true; ${liveRounds} rounds). ${results.rounds} rounds of the others, interleaved; milliseconds as a client sees them.`,
    '',
    '| scenario | median ms | p25–p75 | min–max | database commands per request |',
    '|---|---|---|---|---|',
    row('gateway: history', g.history.ms, String(g.history.commandsPerRequest)),
    row('gateway: latestSnapshot, every figure', g.wholeDocument.ms, String(g.wholeDocument.commandsPerRequest)),
    row('gateway: live document, every figure (refresh: true)', g.liveDocument.ms, String(g.liveDocument.commandsPerRequest)),
    row("driver: history's projected find of rocketchat_statistics", d.history, '1'),
    row("driver: Rocket.Chat's findLast on rocketchat_statistics", d.rocketChatFindLast, '1'),
    row("driver: the gateway collection's newest document", d.wholeDocument, '1'),
    '',
    `Ratios of medians: gateway history / findLast ${results.ratios.historyOverFindLast}; driver history / findLast ${results.ratios.driverHistoryOverFindLast};`,
    `gateway history / latestSnapshot ${results.ratios.historyOverWholeDocument}; gateway history / live document ${results.ratios.historyOverLiveDocument}.`,
    '',
    `Verdicts: one command per history (a find of rocketchat_statistics; the gateway holds its own snapshots; getMore is not counted, and the test suite checks none is sent): ${results.verdicts.oneCommand ? 'yes' : 'NO'};`,
    `same order of time as one whole-document read of the same collection (history below 10× findLast): ${results.verdicts.sameOrderOfTime ? 'yes' : 'NO'};`,
    `answer checked against the driver's read (one point per day, the newest snapshot of each): ${results.verdicts.answersChecked ? 'yes' : 'NO'}.`,
    '',
  ].join('\n');
}
