import { loadConfig } from '../../src/config';
import { print } from 'graphql';
import { LiveStatisticsDocument } from '../../src/generated/operations';
import { insertAdmin, clearWorkspace, type TestCredentials } from '../helpers/fixtures';
import { expectedFigures, insertFiguresWorkspace, migrationBuildAt, migrationLockedAt } from '../helpers/figures-workspace';
import { startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness({ config: { deployMethod: 'docker', deployPlatform: 'kubernetes' } });
  admin = await insertAdmin(h.db, { status: 'offline', statusConnection: 'offline' });
  await insertFiguresWorkspace(h.db, new Date());
});
afterAll(() => h.close());

async function statistics(selection: string, refresh = true) {
  const answer = await h.graphql(`{ statistics(refresh: ${refresh}) { ${selection} } }`, { headers: admin.headers });
  expect(answer.json.errors).toBeUndefined();
  return answer.json.data.statistics;
}

describe('every figure, current definitions', () => {
  it.each(Object.entries(expectedFigures).filter(([name]) => name !== 'legacy'))('%s', async (name, expected) => {
    expect((await statistics(name))[name]).toEqual(expected);
  });

  it('legacy (0.61) definitions where they differ', async () => {
    const legacyFields = Object.keys(expectedFigures.legacy).join(' ');
    expect((await statistics(`legacy { ${legacyFields} }`)).legacy).toEqual(expectedFigures.legacy);
  });

  it('the whole document agrees with the single figures', async () => {
    const answer = await h.graphql(print(LiveStatisticsDocument), { headers: admin.headers, variables: { refresh: true } });
    expect(answer.json.errors).toBeUndefined();
    expect(answer.json.data.statistics).toMatchObject(expectedFigures);
  });

  it('deployment objects: migration, instances, deploy, commit, gateway', async () => {
    const s = await statistics(
      'migration { id version locked lockedAt buildAt } instances { id pid host port nodeVersion live } deploy { method platform } commit { hash } gateway { version }',
    );
    expect(s.migration).toEqual({
      id: 'control',
      version: 304,
      locked: false,
      lockedAt: migrationLockedAt.toISOString(),
      buildAt: migrationBuildAt.toISOString(),
    });
    expect(s.instances).toEqual([
      { id: 'live', pid: 101, host: '10.0.0.5', port: '3000', nodeVersion: 'v22.16.0', live: true },
      { id: 'stale', pid: 102, host: '10.0.0.6', port: '3000', nodeVersion: null, live: false },
    ]);
    expect(s.deploy).toEqual({ method: 'docker', platform: 'kubernetes' });
    expect(s.commit).toBeNull();
    expect(s.gateway.version).toBe(require('../../package.json').version);
  });

  it('mongo facts come from the server', async () => {
    const s = await statistics('mongoVersion mongoStorageEngine oplogEnabled');
    expect(s.mongoVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(typeof s.mongoStorageEngine).toBe('string');
    // The embedded FerretDB is a single server with no replica set, hence no change streams.
    if (loadConfig().mongoUrl) expect(typeof s.oplogEnabled).toBe('boolean');
    else expect(s.oplogEnabled).toBe(false);
  });

  it('host figures describe the gateway process, and uptime moves', async () => {
    const first = await statistics('os { type platform arch totalmem loadavg cpus { model speed times { user idle } } } process { nodeVersion pid uptime }');
    expect(first.process.pid).toBe(process.pid);
    expect(first.process.nodeVersion).toBe(process.version);
    expect(first.os.platform).toBe(process.platform);
    expect(first.os.cpus.length).toBeGreaterThan(0);
    expect(first.os.loadavg).toHaveLength(3);
    await new Promise((r) => setTimeout(r, 20));
    const second = await statistics('process { uptime }');
    expect(second.process.uptime).toBeGreaterThan(first.process.uptime);
  });
});

describe('an empty workspace', () => {
  beforeAll(() => clearWorkspace(h.db, [admin.userId]));

  it('answers zeros and nulls, and never writes the migration control document', async () => {
    const s = await statistics(
      'totalUsers uploadsTotal uploadsTotalSize totalMessages totalThreads lastMessageSentAt lastSeenSubscription uniqueId installedAt cloudWorkspaceId version appsEngineVersion instanceCount migration { version locked lockedAt } legacy { totalMessages }',
    );
    expect(s).toEqual({
      totalUsers: 1,
      uploadsTotal: 0,
      uploadsTotalSize: 0,
      totalMessages: 0,
      totalThreads: 0,
      lastMessageSentAt: null,
      lastSeenSubscription: null,
      uniqueId: null,
      installedAt: null,
      cloudWorkspaceId: null,
      version: null,
      appsEngineVersion: null,
      instanceCount: 0,
      migration: { version: 0, locked: false, lockedAt: null },
      legacy: { totalMessages: 0 },
    });
    expect(await h.db.collection('migrations').countDocuments()).toBe(0);
  });
});
