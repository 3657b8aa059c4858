import { MongoServerError } from 'mongodb';
import { roomHealthQueries } from '../../src/queries/health-rooms';
import { roomQueries } from '../../src/queries/rooms';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { expectedFigures, insertFiguresWorkspace } from '../helpers/figures-workspace';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness({ config: { ...everyRefreshStores, restFormat: 'current' } });
  admin = await insertAdmin(h.db);
  await insertFiguresWorkspace(h.db, new Date());
});
afterAll(() => h.close());
afterEach(() => jest.restoreAllMocks());

/** The database refuses one query (as a server that lacks an aggregation stage would); the others answer. */
const refuseTheRoomsGrouping = () =>
  jest.spyOn(roomQueries.countRoomsByType, 'run').mockRejectedValue(new MongoServerError({ message: 'unsupported stage', code: 40324 }));

describe('one failing query costs only its own figures', () => {
  it('GraphQL answers every other figure, the failed ones null with an error naming the query', async () => {
    refuseTheRoomsGrouping();
    const answer = await h.graphql('{ statistics(refresh: true) { totalUsers totalRooms totalDirectMessages totalChannels } }', { headers: admin.headers });
    expect(answer.status).toBe(200);
    expect(answer.json.data.statistics).toEqual({
      totalUsers: expectedFigures.totalUsers,
      totalRooms: expectedFigures.totalRooms,
      totalDirectMessages: null,
      totalChannels: null,
    });
    const errors = answer.json.errors as Array<{ message: string; path: string[]; extensions: { code: string } }>;
    expect(errors.map((error) => [error.path.join('.'), error.extensions.code])).toEqual([
      ['statistics.totalDirectMessages', 'DB_UNAVAILABLE'],
      ['statistics.totalChannels', 'DB_UNAVAILABLE'],
    ]);
    expect(errors[0].message).toMatch(/the query countRoomsByType/);
    // The driver's words stay in the log, not in the answer.
    expect(JSON.stringify(answer.json)).not.toMatch(/unsupported stage/);
  });

  it('REST answers 503 error-database-unavailable and stores no snapshot', async () => {
    const before = await h.db.collection('gateway_statistics').countDocuments();
    refuseTheRoomsGrouping();
    const answer = await h.rest('/api/v1/statistics?refresh=true', admin.headers);
    expect(answer.status).toBe(503);
    expect(answer.json).toMatchObject({ success: false, errorType: 'error-database-unavailable' });
    expect(answer.json.error).toMatch(/countRoomsByType/);
    expect(await h.db.collection('gateway_statistics').countDocuments()).toBe(before);
  });

  it('once the query answers again, so do its figures', async () => {
    const answer = await h.graphql('{ statistics(refresh: true) { totalDirectMessages } }', { headers: admin.headers });
    expect(answer.json).toMatchObject({ data: { statistics: { totalDirectMessages: expectedFigures.totalDirectMessages } } });
    expect(answer.json.errors).toBeUndefined();
  });
});

describe('a failing health query costs only its own fields', () => {
  it('answers the others, the failed one null with DB_UNAVAILABLE naming the query', async () => {
    jest.spyOn(roomHealthQueries.countSilentRooms, 'run').mockRejectedValue(new MongoServerError({ message: 'unsupported operator', code: 2 }));
    const answer = await h.graphql('{ health { rooms { silentSince(days: 30) { count } neverUsed { count } } } }', { headers: admin.headers });
    expect(answer.status).toBe(200);
    expect(answer.json.data.health.rooms.silentSince).toEqual({ count: null });
    expect(typeof answer.json.data.health.rooms.neverUsed.count).toBe('number');
    expect(answer.json.errors.map((error: { path: string[]; extensions: { code: string } }) => [error.path.join('.'), error.extensions.code])).toEqual([
      ['health.rooms.silentSince.count', 'DB_UNAVAILABLE'],
    ]);
    expect(answer.json.errors[0].message).toMatch(/the query countSilentRooms/);
    expect(JSON.stringify(answer.json)).not.toMatch(/unsupported operator/);
  });
});
