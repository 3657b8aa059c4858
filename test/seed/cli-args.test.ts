import { InvalidSeedArgsError, readSeedCliArgs } from '../../src/seed/cli-args';
import type { SeedProgress } from '../../src/seed/insert';
import { createProgressBar } from '../../src/seed/progress-bar';

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

describe('createProgressBar', () => {
  const progress = (insertedAll: number): SeedProgress => ({
    collection: 'rocketchat_message',
    inserted: 0,
    total: 0,
    insertedAll,
    totalAll: 200,
  });

  it('draws one line per change of percentage on a terminal', () => {
    const written: string[] = [];
    const bar = createProgressBar({ isTTY: true, write: (text) => written.push(text) }, 10);
    bar.update(progress(90));
    bar.update(progress(90));
    bar.update(progress(200));
    bar.finish();
    expect(written).toEqual(['\r[#####     ]  45% rocketchat_message', '\r[##########] 100% rocketchat_message', '\n']);
  });

  it('writes nothing when the output is not a terminal', () => {
    const written: string[] = [];
    const bar = createProgressBar({ isTTY: false, write: (text) => written.push(text) });
    bar.update(progress(100));
    bar.finish();
    expect(written).toEqual([]);
  });
});
