import { BenchArgsError, readBenchArgs } from '../../bench/args';
import { engagementReport, type EngagementResults } from '../../bench/engagement';

describe('npm run bench -- --engagement', () => {
  it('is off unless asked, and not with --soak', () => {
    expect(readBenchArgs(['--engagement', '--scale', 'large'])).toMatchObject({ engagement: true, soak: false, scale: 'large' });
    expect(readBenchArgs([])).toMatchObject({ engagement: false });
    expect(() => readBenchArgs(['--engagement', '--soak'])).toThrow(new BenchArgsError('--engagement and --soak are two runs: give one of them'));
  });

  it('reports each endpoint with its first and repeated call', () => {
    const call = (ms: number, commands: number) => ({ status: 200, ms, commands });
    const results: EngagementResults = {
      machine: {
        cpuModel: 'cpu',
        cores: 2,
        memoryGiB: 4,
        node: 'v20',
        os: 'Linux',
        database: 'FerretDB',
        date: '2026-12-01T00:00:00.000Z',
        commit: 'abc',
        uncommittedChanges: false,
      },
      scale: 'small',
      period: { start: '2026-09-02T00:00:00.000Z', end: '2026-12-01T23:59:59.999Z', days: 90 },
      settings: { statisticsTtlMs: 5000, waitBeforeRepeatMs: 6000 },
      endpoints: [{ endpoint: 'messages/messages-sent', first: call(900, 91), repeated: call(40, 1), periodAnswer: 'days: 91 entries' }],
    };
    expect(engagementReport(results)).toContain('| `messages/messages-sent` | 900 | 91 | 40 | 1 | days: 91 entries |');
  });
});
