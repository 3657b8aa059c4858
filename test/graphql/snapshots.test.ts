import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { expectedFigures, insertFiguresWorkspace } from '../helpers/figures-workspace';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness({ config: everyRefreshStores });
  admin = await insertAdmin(h.db);
  await insertFiguresWorkspace(h.db, new Date());
});
afterAll(() => h.close());

const gql = async (query: string, variables?: Record<string, unknown>) => {
  const answer = await h.graphql(query, { headers: admin.headers, variables });
  expect(answer.json.errors).toBeUndefined();
  return answer.json.data;
};
const snapshots = () => h.db.collection('gateway_statistics');

describe('snapshots', () => {
  it('latestSnapshot is null before any snapshot', async () => {
    expect(await gql('{ latestSnapshot { id } }')).toEqual({ latestSnapshot: null });
  });

  it('takeSnapshot stores every figure once, in the gateway collection only', async () => {
    const { takeSnapshot } = await gql(
      'mutation { takeSnapshot { id createdAt updatedAt totalUsers onlineUsers totalMessages uploadsTotalSize legacy { totalMessages activeUsers } } }',
    );
    expect(takeSnapshot).toMatchObject({
      totalUsers: expectedFigures.totalUsers,
      onlineUsers: expectedFigures.onlineUsers,
      totalMessages: expectedFigures.totalMessages,
      uploadsTotalSize: expectedFigures.uploadsTotalSize,
      legacy: { totalMessages: expectedFigures.legacy.totalMessages, activeUsers: expectedFigures.legacy.activeUsers },
    });
    expect(takeSnapshot.id).toMatch(/^[0-9A-Za-z]{17}$/);
    expect(await snapshots().countDocuments()).toBe(1);
    expect(await h.db.collection('rocketchat_statistics').countDocuments()).toBe(2);

    const stored = await snapshots().findOne({});
    expect(stored).toMatchObject({ _id: takeSnapshot.id, totalUsers: 13, busyUsers: 1, legacy: { offlineUsers: 8 } });
    expect(stored!.createdAt).toBeInstanceOf(Date);
    expect(stored!.os.cpus.length).toBeGreaterThan(0);
  });

  it('stored snapshots come back as stored, with no database query for figures', async () => {
    await h.db.collection('users').insertOne({ _id: 'late-user' as never, active: true, status: 'online' });
    h.dbCommands();
    const { latestSnapshot } = await gql('{ latestSnapshot { totalUsers onlineUsers process { pid } } }');
    expect(latestSnapshot).toEqual({ totalUsers: 13, onlineUsers: 3, process: { pid: process.pid } });
    expect(h.dbCommands().map((c) => c.collection)).toEqual(['gateway_statistics']);
  });

  it('snapshots lists with offset, count, sort and a safe filter', async () => {
    await gql('mutation { takeSnapshot { id } }');
    await gql('mutation { takeSnapshot { id } }');
    const all = await gql('{ snapshots { total count offset snapshots { id totalUsers createdAt } } }');
    expect(all.snapshots).toMatchObject({ total: 3, count: 3, offset: 0 });
    expect(all.snapshots.snapshots.map((s: { totalUsers: number }) => s.totalUsers)).toEqual([13, 14, 14]);
    const dates = all.snapshots.snapshots.map((s: { createdAt: string }) => s.createdAt);
    expect([...dates].sort()).toEqual(dates);

    const newest = await gql('{ snapshots(count: 1, sort: { createdAt: -1 }) { count total snapshots { createdAt } } }');
    expect(newest.snapshots).toEqual({ count: 1, total: 3, snapshots: [{ createdAt: dates[2] }] });

    const filtered = await gql('query($f: JSONObject) { snapshots(filter: $f) { total } }', { f: { totalUsers: { $gte: 14 } } });
    expect(filtered.snapshots.total).toBe(2);
  });

  it('a forbidden operator is the caller\u2019s mistake and never reaches the database', async () => {
    h.dbCommands();
    const answer = await h.graphql('query($f: JSONObject) { snapshots(filter: $f) { total } }', {
      headers: admin.headers,
      variables: { f: { $where: 'sleep(1000)' } },
    });
    expect(answer.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.json.errors[0].message).toContain('$where');
    expect(h.dbCommands().filter((c) => c.collection === 'gateway_statistics')).toEqual([]);
  });

  it('a snapshot whose computation fails is not stored', async () => {
    const before = await snapshots().countDocuments();
    // One query family fails while the others succeed: the insert must never happen.
    const failing = jest.spyOn(h.gateway.services.snapshots, 'insert');
    const original = h.gateway.services.figureCache.get.bind(h.gateway.services.figureCache);
    jest.spyOn(h.gateway.services.figureCache, 'get').mockImplementation(async (family, refresh) => {
      if (family.name === 'countRoomsByType') throw new Error('simulated failure of one query family');
      return original(family, refresh);
    });
    const answer = await h.graphql('mutation { takeSnapshot { id } }', { headers: admin.headers });
    expect(answer.json.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(answer.json.errors[0].message).toBe('Internal server error');
    expect(failing).not.toHaveBeenCalled();
    expect(await snapshots().countDocuments()).toBe(before);
    jest.restoreAllMocks();
  });
});
