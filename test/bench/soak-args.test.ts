import { BenchArgsError, readBenchArgs } from '../../bench/args';
import { expected } from '../../bench/soak';
import type { HttpAnswer } from '../../bench/gateway-client';

describe('npm run bench -- --soak', () => {
  it('runs 10 minutes unless --minutes says otherwise', () => {
    expect(readBenchArgs(['--soak'])).toMatchObject({ soak: true, soakMinutes: 10, scale: 'small' });
    expect(readBenchArgs(['--soak', '--minutes', '1'])).toMatchObject({ soak: true, soakMinutes: 1 });
    expect(readBenchArgs([])).toMatchObject({ soak: false });
  });

  it.each([
    [['--soak', '--minutes', '0'], '--minutes must be a number of minutes above 0 and at most 1440, got "0"'],
    [['--soak', '--minutes', 'ten'], '--minutes must be a number of minutes above 0 and at most 1440, got "ten"'],
    [['--minutes', '5'], '--minutes goes with --soak'],
    [['--soak', '--minutes'], '--minutes needs a value'],
  ])('refuses %j', (argv, message) => {
    expect(() => readBenchArgs(argv)).toThrow(new BenchArgsError(message));
  });

  it('refuses an operator database: refreshes store snapshots', () => {
    expect(() => readBenchArgs(['--soak'], { MONGO_URL: 'mongodb://spare:27017/rocketchat' })).toThrow(
      '--soak stores snapshots: it runs on the embedded, seeded workspace, not with MONGO_URL',
    );
  });
});

describe('the answers the soak counts as right', () => {
  const answer = (status: number, json?: unknown): HttpAnswer => ({ status, text: JSON.stringify(json ?? {}), json, ms: 1 });

  it('takes a refusal for a bad token and nothing else', () => {
    const bad = { door: 'badTokens', expect: 'refused' } as const;
    expect([401, 403, 429].map((s) => expected(bad, answer(s)))).toEqual([true, true, true]);
    expect([200, 500, 503].map((s) => expected(bad, answer(s)))).toEqual([false, false, false]);
  });

  it('takes a GraphQL 200 only without errors', () => {
    const graphql = { door: 'graphql', expect: 'ok' } as const;
    expect(expected(graphql, answer(200, { data: { statistics: {} } }))).toBe(true);
    expect(expected(graphql, answer(200, { data: { statistics: null }, errors: [{ message: 'DB_UNAVAILABLE' }] }))).toBe(false);
    expect(expected({ door: 'restList', expect: 'ok' }, answer(400))).toBe(false);
  });
});
