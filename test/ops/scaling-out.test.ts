import { startTestDatabase, type TestDatabase } from '../helpers/database';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';
import { parseSamples, sample } from './prometheus-text';

/**
 * Two gateways on one database, as two replicas behind a load balancer: each has its own caches and
 * metrics, and everything they share lives in the database.
 */
let database: TestDatabase;
let first: Harness;
let second: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  database = await startTestDatabase();
  [first, second] = await Promise.all([startHarness({ database, config: everyRefreshStores }), startHarness({ database, config: everyRefreshStores })]);
  admin = await insertAdmin(database.handle.db);
});
afterAll(async () => {
  await first.close();
  await second.close();
  await database.stop();
});

const listQuery = '{ snapshots { total snapshots { id } } }';

async function takeSnapshot(through: Harness): Promise<string> {
  const answer = await through.graphql('mutation { takeSnapshot { id } }', { headers: admin.headers });
  expect(answer.json.errors).toBeUndefined();
  return answer.json.data.takeSnapshot.id;
}

it('a snapshot taken through one gateway is listed by the other', async () => {
  const a = await takeSnapshot(first);
  expect((await second.graphql(listQuery, { headers: admin.headers })).json.data.snapshots).toEqual({ total: 1, snapshots: [{ id: a }] });

  const b = await takeSnapshot(second);
  expect((await first.graphql(listQuery, { headers: admin.headers })).json.data.snapshots).toEqual({ total: 2, snapshots: [{ id: a }, { id: b }] });
});

it('a gateway that stops leaves the shared database to the others', async () => {
  const alone = await startHarness({ database });
  await alone.close();
  expect((await second.graphql(listQuery, { headers: admin.headers })).json.data.snapshots.total).toBe(2);
});

it('each gateway counts only the requests it answered', async () => {
  const scrape = async (h: Harness) => parseSamples((await h.rest('/metrics', admin.headers)).text);
  const graphqlOk = { door: 'graphql', outcome: 'ok' };
  const before = [
    sample(await scrape(first), 'rcstats_http_requests_total', graphqlOk),
    sample(await scrape(second), 'rcstats_http_requests_total', graphqlOk),
  ];
  await first.graphql('{ __typename }');
  await first.graphql('{ __typename }');
  await second.graphql('{ __typename }');
  const after = [sample(await scrape(first), 'rcstats_http_requests_total', graphqlOk), sample(await scrape(second), 'rcstats_http_requests_total', graphqlOk)];
  expect([after[0] - before[0], after[1] - before[1]]).toEqual([2, 1]);
});
