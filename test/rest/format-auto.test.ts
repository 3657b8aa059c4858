import { PassThrough } from 'node:stream';
import type { RestFormatSetting } from '../../src/config';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { startTestDatabase, type TestDatabase } from '../helpers/database';
import { parseSamples } from '../ops/prometheus-text';

let database: TestDatabase;
let admin: TestCredentials;

beforeAll(async () => {
  database = await startTestDatabase();
  admin = await insertAdmin(database.handle.db);
});
afterAll(() => database.stop());

/** A gateway started on a database whose newest Rocket.Chat snapshot says `version` (none: no snapshot). */
async function gatewayBeside(version: string | null, restFormat: RestFormatSetting = 'auto', logStream?: NodeJS.WritableStream): Promise<Harness> {
  const snapshots = database.handle.db.collection('rocketchat_statistics');
  await snapshots.deleteMany({});
  if (version) {
    await snapshots.insertMany([
      { version: '0.60.0', createdAt: new Date('2020-01-01T00:00:00Z') },
      { version, createdAt: new Date('2026-01-01T00:00:00Z') },
    ]);
  }
  database.handle.commands.take();
  return startHarness({ database, config: { restFormat, logLevel: logStream ? 'info' : 'silent' }, logStream });
}

async function formatOf(h: Harness) {
  const ok = await h.rest('/api/v1/statistics', admin.headers);
  const unauthenticated = await h.rest('/api/v1/statistics');
  const gateway = (await h.graphql('{ statistics { gateway { restFormat restFormatChosenBy } } }', { headers: admin.headers })).json.data.statistics.gateway;
  const info = [...parseSamples((await h.rest('/metrics', admin.headers)).text)].filter(([key]) => key.startsWith('rcstats_rest_format{'));
  return {
    format: 'statistics' in ok.json ? '0.61' : 'current',
    indented: ok.text.startsWith('{\n  '),
    unauthenticated: unauthenticated.json,
    gateway: gateway.restFormat,
    chosenBy: gateway.restFormatChosenBy,
    metric: info,
  };
}

const body061 = { status: 'error', message: 'You must be logged in to do this.' };
const bodyBefore80 = { success: false, error: 'You must be logged in to do this.', status: 'error', message: 'You must be logged in to do this.' };
const body8x = { success: false, error: 'You must be logged in to do this.' };

describe('REST_FORMAT=auto follows the version of the newest Rocket.Chat snapshot', () => {
  test.each([
    [null, '0.61', body061, 'bodies="0.61"'],
    ['0.61.0', '0.61', body061, 'bodies="0.61"'],
    ['6.12.0', 'current', bodyBefore80, 'bodies="before-8.0"'],
    ['7.10.2', 'current', bodyBefore80, 'bodies="before-8.0"'],
    ['8.1.0', 'current', body8x, 'bodies="8.x"'],
  ])('Rocket.Chat %s → %s, and its 401 body', async (version, format, unauthenticated, bodies) => {
    const h = await gatewayBeside(version);
    try {
      const seen = await formatOf(h);
      expect(seen).toMatchObject({ format, indented: format === '0.61', unauthenticated, gateway: format });
      expect(seen.chosenBy).toContain(version ? `auto: Rocket.Chat ${version}` : 'auto: no Rocket.Chat snapshot');
      expect(seen.metric).toEqual([[`rcstats_rest_format{format="${format}",${bodies},setting="auto"}`, 1]]);
    } finally {
      await h.close();
    }
  });

  test('an explicit REST_FORMAT wins over the version', async () => {
    const h = await gatewayBeside('6.12.0', '0.61');
    try {
      expect(await formatOf(h)).toMatchObject({ format: '0.61', unauthenticated: body061, chosenBy: '0.61 (REST_FORMAT)' });
    } finally {
      await h.close();
    }
    const current = await gatewayBeside(null, 'current');
    try {
      expect(await formatOf(current)).toMatchObject({ format: 'current', unauthenticated: body8x });
    } finally {
      await current.close();
    }
  });

  test('the log says at start which format is in use and why', async () => {
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    const h = await gatewayBeside('6.12.1', 'auto', stream);
    try {
      const line = lines.map((text) => JSON.parse(text)).find((entry) => entry.restFormat !== undefined);
      expect(line).toMatchObject({
        restFormat: 'current',
        msg: expect.stringMatching(/^REST format: current, bodies of Rocket.Chat before 8.0 \(auto: Rocket.Chat 6.12.1/),
      });
    } finally {
      await h.close();
    }
  });

  test('the version is read once, at start, with one query', async () => {
    const h = await gatewayBeside('6.12.0');
    try {
      const reads = h.dbCommands().filter((command) => command.name === 'find' && command.collection === 'rocketchat_statistics');
      expect(reads).toEqual([{ name: 'find', collection: 'rocketchat_statistics' }]);
      for (let i = 0; i < 3; i += 1) await h.rest('/api/v1/statistics');
      expect(h.dbCommands()).toEqual([]);
    } finally {
      await h.close();
    }
  });

  test('with the database down at start: 0.61 until it answers, said so', async () => {
    const { connectDatabase } = await import('../../src/db/connect');
    const { createGateway } = await import('../../src/server/create-gateway');
    const { testConfig } = await import('../../src/config');
    const down = connectDatabase({ url: 'mongodb://127.0.0.1:9/down', readPreference: 'primary', timeoutMs: 200 });
    const gateway = await createGateway(testConfig({ dbTimeoutMs: 200 }), down, { logger: false });
    try {
      expect(gateway.services.restDialect.current).toMatchObject({ format: '0.61', chosenBy: expect.stringMatching(/did not answer/) });
    } finally {
      await gateway.close();
      await down.close();
    }
  });
});
