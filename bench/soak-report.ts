import { machineLine } from './machine';
import { refresherPauseMs, soakDoors, type SoakDoor, type SoakLatency } from './soak';
import type { SoakResults } from './soak-run';

const doorLabels: Record<SoakDoor, string> = {
  graphql: 'GraphQL (`{ statistics { … } }` cached, `takeSnapshot`)',
  restStatistics: 'REST GET /api/v1/statistics (cached, `?refresh=true`)',
  restList: 'REST GET /api/v1/statistics.list (pages of 10)',
  badTokens: 'bad tokens (wrong X-Auth-Token, existing and random user ids)',
};

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const statuses = (l: SoakLatency) =>
  Object.entries(l.statuses)
    .sort()
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
const verdict = (met: boolean) => (met ? 'met' : '**missed**');
const row = (label: string, l: SoakLatency) => `| ${label} | ${l.requests} | ${l.p50} | ${l.p99} | ${l.max} | ${statuses(l)} | ${l.fiveXx} | ${l.unexpected} |`;

/** The soak's results as Markdown: machine header, verdicts, latency per door and per request, memory. */
export function soakReport(r: SoakResults): string {
  const s = r.settings;
  const w = r.workspace;
  const l = r.load;
  const fiveXx = soakDoors.reduce((sum, door) => sum + l.doors[door].fiveXx, 0);
  const unexpected = soakDoors.reduce((sum, door) => sum + l.doors[door].unexpected, 0);
  const requests = soakDoors.reduce((sum, door) => sum + l.doors[door].requests, 0);
  const loaded = (r.machine.loadAverage?.atStart ?? 0) > r.machine.cores || (r.machine.loadAverage?.atEnd ?? 0) > r.machine.cores;
  const lines = [
    `# Soak: ${r.scale} workspace, ${s.minutes} min of mixed load`,
    '',
    `- **machine**: ${machineLine(r.machine)}`,
    ...(loaded
      ? [`- **note**: the machine was shared with other work (load average above its ${r.machine.cores} cores): latencies are higher than on a quiet machine`]
      : []),
    ...(w
      ? [
          `- **workspace**: ${w.options.users} users, ${w.options.rooms} rooms, ${w.options.messages} messages, seed ${w.options.seed}${w.reused ? ' (reused from .cache/)' : ''}`,
        ]
      : []),
    `- **settings**: gateway defaults in its own process: STATISTICS_TTL_MS=${s.statisticsTtlMs}, STATISTICS_MAX_STALE_MS=${s.statisticsMaxStaleMs}, ` +
      `SNAPSHOT_MIN_INTERVAL_MS=${s.snapshotMinIntervalMs}, AUTH_CACHE_TTL_MS=${s.authCacheTtlMs}, MAX_CONCURRENT_COMPUTATIONS=${s.maxConcurrentComputations}; ` +
      `${s.pollers} pollers (back to back) and ${s.refreshers} refreshers (${refresherPauseMs} ms after each answer) on 127.0.0.1, one request at a time each, for ${(l.durationMs / 1000).toFixed(0)} s (${requests} requests, ${(requests / (l.durationMs / 1000)).toFixed(0)} req/s)`,
    `- **mix** (each client cycles through its own, starting at another step): pollers ${l.mix.polls.join(', ')}; refreshers ${l.mix.refreshes.join(', ')}`,
    '',
    '## Verdicts',
    '',
    '| check | value | target | |',
    '|---|---:|---|---|',
    `| 5xx answers | ${fiveXx} | 0 | ${verdict(r.verdicts.noFiveXx)} |`,
    `| answers of another kind than expected (a 200 to a bad token, an error to a good request, no answer) | ${unexpected} | 0 | ${verdict(r.verdicts.allExpected)} |`,
    `| snapshots written (stored after − before: ${r.snapshots.after} − ${r.snapshots.before}) | ${r.snapshots.written} | ≤ ${r.snapshots.atMost} (one per SNAPSHOT_MIN_INTERVAL_MS) | ${verdict(r.verdicts.snapshotsBounded)} |`,
    `| gateway RSS under load: start (${l.memory[1]?.atSeconds ?? 0} s) ${mib(r.memory.start)}, middle ${mib(r.memory.middle)}, end ${mib(r.memory.end)}; idle before the load ${mib(r.memory.idle)} | ${(r.memory.largestChange * 100).toFixed(1)} % | within 20 % of the start | ${verdict(r.verdicts.memoryFlat)} |`,
    '',
    '## Latency per door (ms, as the client sees it)',
    '',
    '| door | requests | p50 | p99 | max | statuses | 5xx | unexpected |',
    '|---|---:|---:|---:|---:|---|---:|---:|',
    ...soakDoors.map((door) => row(doorLabels[door], l.doors[door])),
    '',
    '## Per request of the mix (ms)',
    '',
    '| request | requests | p50 | p99 | max | statuses | 5xx | unexpected |',
    '|---|---:|---:|---:|---:|---|---:|---:|',
    ...Object.entries(l.steps).map(([name, step]) => row(`\`${name}\``, step)),
    '',
    '## Gateway memory (sampled every 30 s)',
    '',
    '| s | RSS | JS heap used |',
    '|---:|---:|---:|',
    ...l.memory.map((m) => `| ${m.atSeconds} | ${mib(m.rssBytes)} | ${mib(m.heapUsedBytes)} |`),
    ...(r.notes && r.notes.length > 0 ? ['', '## Notes', '', ...r.notes.map((n) => `- ${n}`)] : []),
    ...(l.firstUnexpected.length > 0 ? ['', '## First unexpected answers', '', ...l.firstUnexpected.map((u) => `- ${u.replace(/\|/g, '\\|')}`)] : []),
    '',
    'The RSS is judged from the first sample under load: the idle process grows to its working set in the first seconds of',
    'the load (sockets, buffers, compiled code, cached figures); a leak is growth after that.',
    '',
    'Bad tokens are refused with 401, or 429 once a key has failed too often (authentication failures are rate limited).',
    '',
  ];
  return lines.join('\n');
}
