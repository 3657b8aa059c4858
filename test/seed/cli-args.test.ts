import { InvalidSeedArgsError, readSeedCliArgs } from '../../src/seed/cli-args';
import type { SeedProgress } from '../../src/seed/insert';
import { createSeedProgress } from '../../src/seed/seed-progress';

describe('readSeedCliArgs', () => {
  it('defaults to the small preset, seed 1, the embedded database in the demo folder', () => {
    expect(readSeedCliArgs([], {})).toEqual({
      options: { users: 1000, rooms: 200, messages: 20_000, seed: 1 },
      mongoUrl: undefined,
      dataDir: '.data/ferretdb',
      dropExisting: false,
      help: false,
    });
  });

  it('lets flags override the preset, in both spellings', () => {
    const args = readSeedCliArgs(['large', '--users', '500', '--messages=3000', '--seed', '7', '--drop'], {});
    expect(args.options).toEqual({ users: 500, rooms: 20_000, messages: 3000, seed: 7 });
    expect(args.dropExisting).toBe(true);
  });

  it('takes the URL from --mongo-url before MONGO_URL, and DATA_DIR from the environment given', () => {
    const env = { MONGO_URL: 'mongodb://env:27017/rc', DATA_DIR: '/srv/data' };
    expect(readSeedCliArgs([], env)).toMatchObject({ mongoUrl: 'mongodb://env:27017/rc', dataDir: '/srv/data' });
    expect(readSeedCliArgs(['--mongo-url', 'mongodb://flag/x'], env).mongoUrl).toBe('mongodb://flag/x');
  });

  it.each([
    [['--bogus'], 'unknown argument "--bogus" (expected small, large or one of the options of --help)'],
    [['medium'], 'unknown argument "medium" (expected small, large or one of the options of --help)'],
    [['--users'], '--users needs a value'],
    [['--users', '1e3'], '--users must be a whole number, got "1e3"'],
    [['--rooms', '-4'], '--rooms must be a whole number, got "-4"'],
    [['--users', '10'], 'users must be a whole number from 20 to 50000000, got 10'],
    [['--mongo-url', 'localhost:27017'], 'the MongoDB URL must start with mongodb:// or mongodb+srv://, got "localhost:27017"'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => readSeedCliArgs(argv, {})).toThrow(new InvalidSeedArgsError(message));
  });
});

describe('createSeedProgress', () => {
  const progress = (insertedAll: number): SeedProgress => ({
    collection: 'rocketchat_message',
    inserted: 0,
    total: 0,
    insertedAll,
    totalAll: 2000,
  });
  /** A clock the test moves: `at(ms)` before each update. */
  function clock() {
    let time = 0;
    return { now: () => time, at: (ms: number) => (time = ms) };
  }

  it('writes a whole line every interval when the output is not a terminal: done/total, rate, time left', () => {
    const written: string[] = [];
    const time = clock();
    const seed = createSeedProgress({ isTTY: false, write: (text) => written.push(text) }, { intervalMs: 5000, now: time.now });
    time.at(1000);
    seed.update(progress(100));
    time.at(3000);
    seed.update(progress(300));
    time.at(6000);
    seed.update(progress(600));
    time.at(20_000);
    seed.update(progress(2000));
    seed.finish();
    expect(written).toEqual([
      'seed: 100/2,000 documents (rocketchat_message) · 100/s · about 19 s left\n',
      'seed: 600/2,000 documents (rocketchat_message) · 100/s · about 14 s left\n',
      'seed: 2,000/2,000 documents (rocketchat_message) · 100/s · about 0 s left\n',
      'seed: 2,000 documents in 20 s (100/s)\n',
    ]);
  });

  it('redraws one line in place on a terminal, and ends it with a newline', () => {
    const written: string[] = [];
    const time = clock();
    const seed = createSeedProgress({ isTTY: true, write: (text) => written.push(text) }, { now: time.now });
    time.at(100_000);
    seed.update(progress(1000));
    time.at(100_050);
    seed.update(progress(1001));
    time.at(200_000);
    seed.update(progress(2000));
    seed.finish();
    // Each redraw covers the longer line before it with spaces.
    const first = 'seed: 1,000/2,000 documents (rocketchat_message) · 10/s · about 1 min 40 s left';
    expect(written).toEqual([
      `\r${first}`,
      `\r${'seed: 2,000/2,000 documents (rocketchat_message) · 10/s · about 0 s left'.padEnd(first.length)}`,
      `\r${'seed: 2,000 documents in 3 min 20 s (10/s)'.padEnd(first.length)}\n`,
    ]);
  });
});
