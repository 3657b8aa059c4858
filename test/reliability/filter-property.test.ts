import fc from 'fast-check';
import { insertFiguresWorkspace } from '../helpers/figures-workspace';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness, type HttpAnswer } from '../helpers/harness';
import { histogram } from './doors';
import { snapshotFields, snapshotFilter, snapshotSort } from './filter-arbitraries';

/**
 * Whatever filter, sort or projection a client sends, statistics.list and snapshots(filter:, sort:)
 * answer 200 or the caller's mistake (REST 400 in Rocket.Chat's body, GraphQL BAD_USER_INPUT), never a
 * server error, and the two doors refuse the same filters and sorts: they share one validator.
 */

const seed = 20260313;
const draws = 2000;
const storedSnapshots = 3;

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness({ config: everyRefreshStores });
  admin = await insertAdmin(h.db);
  await insertFiguresWorkspace(h.db, new Date());
  // Snapshots to match against: on an empty collection the database refuses nothing.
  for (let i = 0; i < storedSnapshots; i += 1) await h.graphql('mutation { takeSnapshot { id } }', { headers: admin.headers });
});
afterAll(() => h.close());

interface Draw {
  filter?: unknown;
  sort?: unknown;
  fields?: unknown;
}

/** A parameter left out, `weight` times in `weight + 1`; each one drawn is often wrong, so most draws leave most out. */
const sometimes = (arbitrary: fc.Arbitrary<unknown>, weight: number) => fc.oneof({ weight, arbitrary: fc.constant(undefined) }, arbitrary);
const draw: fc.Arbitrary<Draw> = fc.record({ filter: sometimes(snapshotFilter, 1), sort: sometimes(snapshotSort, 2), fields: sometimes(snapshotFields, 4) });
const restNames = { filter: 'query', sort: 'sort', fields: 'fields' } as const;
const snapshotsQuery = 'query($f: JSONObject, $s: JSONObject) { snapshots(filter: $f, sort: $s, count: 1) { total count snapshots { id } } }';

/** What each door sees of a value: the JSON the client sends. */
const asSent = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));

async function askRest(sent: Record<keyof Draw, string | undefined>): Promise<HttpAnswer> {
  const params = new URLSearchParams({ count: '1' });
  for (const name of ['filter', 'sort', 'fields'] as const) if (sent[name] !== undefined) params.set(restNames[name], sent[name]!);
  return h.rest(`/api/v1/statistics.list?${params}`, admin.headers);
}

async function askGraphql(sent: Record<keyof Draw, string | undefined>): Promise<HttpAnswer> {
  const variables = { f: sent.filter === undefined ? undefined : JSON.parse(sent.filter), s: sent.sort === undefined ? undefined : JSON.parse(sent.sort) };
  return h.graphql(snapshotsQuery, { headers: admin.headers, variables });
}

/** A REST answer is a page or Rocket.Chat's invalid-params body that names a parameter sent. */
function expectRestAnswer(answer: HttpAnswer, sentNames: string[]): 'page' | 'refused' {
  if (answer.status === 400) {
    expect(answer.json).toEqual({ success: false, error: expect.any(String), errorType: 'error-invalid-params' });
    expect(sentNames.some((name) => new RegExp(`\\b${name}\\b`).test(answer.json.error))).toBe(true);
    return 'refused';
  }
  expect({ status: answer.status, success: answer.json?.success }).toEqual({ status: 200, success: true });
  const { statistics, count, total } = answer.json;
  expect(statistics).toHaveLength(count);
  expect(count).toBeLessThanOrEqual(Math.min(total, 1));
  expect(total).toBeLessThanOrEqual(storedSnapshots);
  return 'page';
}

/**
 * A GraphQL answer is a page, or a 400 whose every error is BAD_USER_INPUT about the filter or the
 * sort; a body with a `__proto__` key is refused before GraphQL reads it (prototype poisoning).
 */
function expectGraphqlAnswer(answer: HttpAnswer, poisoned: boolean): 'page' | 'refused' {
  if (answer.status === 400) {
    expect(answer.json.errors.length).toBeGreaterThan(0);
    for (const error of answer.json.errors) {
      if (poisoned)
        expect({ code: error.extensions.code, message: error.message }).toEqual({ code: 'BAD_REQUEST', message: expect.stringMatching(/not valid JSON/) });
      else
        expect({ code: error.extensions.code, message: error.message }).toEqual({
          code: 'BAD_USER_INPUT',
          message: expect.stringMatching(/\bfilter\b|\bsort\b|"\$f"|"\$s"/),
        });
    }
    return 'refused';
  }
  expect({ status: answer.status, errors: answer.json?.errors }).toEqual({ status: 200, errors: undefined });
  const { snapshots } = answer.json.data;
  expect(snapshots.snapshots).toHaveLength(snapshots.count);
  expect(snapshots.total).toBeLessThanOrEqual(storedSnapshots);
  return 'page';
}

/** Sends one draw to both doors and checks both answers; returns what they answered. */
async function checkBothDoors(drawn: Draw): Promise<string> {
  const sent = { filter: asSent(drawn.filter), sort: asSent(drawn.sort), fields: asSent(drawn.fields) };
  const [rest, graphql] = await Promise.all([askRest(sent), askGraphql(sent)]);
  const restOutcome = expectRestAnswer(
    rest,
    (['filter', 'sort', 'fields'] as const).filter((name) => sent[name] !== undefined).map((name) => restNames[name]),
  );
  const poisoned = [sent.filter, sent.sort].some((json) => json?.includes('"__proto__"'));
  const graphqlOutcome = expectGraphqlAnswer(graphql, poisoned);
  // GraphQL reads no fields, and takes null for "no filter" where REST wants an object.
  const comparable = !poisoned && sent.fields === undefined && sent.filter !== 'null' && sent.sort !== 'null';
  if (comparable) expect(restOutcome).toBe(graphqlOutcome);
  else if (graphqlOutcome === 'refused' && !poisoned) expect(restOutcome).toBe('refused');
  return `REST ${rest.status}, GraphQL ${graphql.status}`;
}

it(`about ${draws} drawn filters and sorts: no server error on either door, and both doors refuse the same ones`, async () => {
  const outcomes: string[] = [];
  const started = Date.now();
  // A few draws at a time, as concurrent clients send them; a failure shrinks towards the draw that fails.
  await fc.assert(
    fc.asyncProperty(fc.array(draw, { minLength: 1, maxLength: 7 }), async (batch) => {
      outcomes.push(...(await Promise.all(batch.map(checkBothDoors))));
    }),
    { seed, numRuns: Math.round(draws / 4) },
  );
  // Logged, not asserted: on a shared machine the wall clock says more about the neighbours than about the gateway.
  const elapsedMs = Date.now() - started;
  const seen = histogram(outcomes);
  console.log(JSON.stringify({ seed, draws: outcomes.length, elapsedMs, outcomes: seen }));

  // Both paths are exercised: filters the database runs, and mistakes refused before it.
  expect(outcomes.length).toBeGreaterThan(draws * 0.8);
  expect(seen['REST 200, GraphQL 200']).toBeGreaterThan(outcomes.length * 0.3);
  expect(seen['REST 400, GraphQL 400']).toBeGreaterThan(outcomes.length * 0.3);
  expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  // A bound on the run, not a speed check: its time depends on the machine's load.
}, 240_000);
