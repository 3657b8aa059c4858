import { BenchArgsError, readBenchArgs } from '../../bench/args';

describe('npm run bench -- --history', () => {
  it('is off unless asked, and takes a scale', () => {
    expect(readBenchArgs([])).toMatchObject({ history: false });
    expect(readBenchArgs(['--history', '--scale', 'large'])).toMatchObject({ history: true, scale: 'large', soak: false });
  });

  it.each([
    [['--history', '--soak'], '--history runs on its own: not with --soak or --report'],
    [['--history', '--report'], '--history runs on its own: not with --soak or --report'],
  ])('refuses %j', (argv, message) => {
    expect(() => readBenchArgs(argv)).toThrow(new BenchArgsError(message));
  });

  it('refuses an operator database: it stores one snapshot', () => {
    expect(() => readBenchArgs(['--history'], { MONGO_URL: 'mongodb://spare:27017/rocketchat' })).toThrow(
      '--history stores one snapshot: it runs on the embedded, seeded workspace, not with MONGO_URL',
    );
  });
});
