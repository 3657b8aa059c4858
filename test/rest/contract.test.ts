import type { RestFormat } from '../../src/config';
import { hashToken } from '../../src/auth/hash-token';
import { credentialsHeaders, insertAdmin, insertUserWithToken } from '../helpers/fixtures';
import { startHarness, type Harness, type HttpAnswer } from '../helpers/harness';
import { openApiErrors } from './openapi-validator';

/**
 * The REST contract as a list of named cases, each run against both wire formats: who may see
 * figures, what a wrong parameter answers, and that a forbidden filter never reaches the database.
 */

type Caller = 'nobody' | 'admin' | 'member' | 'wrongToken' | 'userIdOnly' | 'inactiveAdmin' | 'personalAccessToken';
type Expected = { status: number; body: unknown };

interface ContractCase {
  name: string;
  path: string;
  caller: Caller;
  expected: Record<RestFormat, Expected>;
  /** The request must send no command at all to the snapshot collection. */
  snapshotsUntouched?: boolean;
  /** Further checks on a 200. */
  check?: (answer: HttpAnswer, h: Harness, format: RestFormat) => Promise<void>;
}

const both = (expected: Expected): Record<RestFormat, Expected> => ({ '0.61': expected, current: expected });
const loginRequired: Record<RestFormat, Expected> = {
  '0.61': { status: 401, body: { status: 'error', message: 'You must be logged in to do this.' } },
  current: { status: 401, body: { success: false, error: 'You must be logged in to do this.' } },
};
const statisticsNotAllowed: Record<RestFormat, Expected> = {
  '0.61': { status: 400, body: { success: false, error: 'Not allowed [error-not-allowed]', errorType: 'error-not-allowed' } },
  current: { status: 400, body: { success: false, error: 'error-not-allowed' } },
};
const listNotAllowed: Record<RestFormat, Expected> = {
  '0.61': { status: 403, body: { success: false, error: 'unauthorized' } },
  current: { status: 400, body: { success: false, error: 'error-not-allowed' } },
};
const invalid = (error: string | RegExp) =>
  both({ status: 400, body: { success: false, error: typeof error === 'string' ? error : expect.stringMatching(error), errorType: 'error-invalid-params' } });
const ok = both({ status: 200, body: expect.objectContaining({ success: true }) });

const list = '/api/v1/statistics.list';
const withQuery = (filter: unknown) => `${list}?query=${encodeURIComponent(JSON.stringify(filter))}`;
const countMessage = (raw: string) => `The count parameter must be a whole number from 0 to 100 (0 means all); got ${JSON.stringify(raw)}.`;
const offsetMessage = (raw: string) => `The offset parameter must be a whole number from 0 to 2147483647; got ${JSON.stringify(raw)}.`;
const operatorMessage = (operator: string) =>
  `The operator ${operator} is not allowed in query; use plain field comparisons and $and, $or, $in, $nin, $eq, $ne, $gt, $gte, $lt, $lte, $exists.`;

/** The snapshot a figure-less answer must be: the newest one stored. */
async function latestStoredId(h: Harness): Promise<string> {
  const [latest] = await h.db.collection('gateway_statistics').find().sort({ createdAt: -1, _id: -1 }).limit(1).toArray();
  return String(latest._id);
}
const snapshotOf = (answer: HttpAnswer, format: RestFormat) => (format === '0.61' ? answer.json.statistics : answer.json);

const cases: ContractCase[] = [
  // Who may see figures.
  { name: 'statistics: no credentials', path: '/api/v1/statistics', caller: 'nobody', expected: loginRequired },
  { name: 'statistics.list: no credentials', path: list, caller: 'nobody', expected: loginRequired },
  { name: 'statistics: X-User-Id without X-Auth-Token', path: '/api/v1/statistics', caller: 'userIdOnly', expected: loginRequired },
  { name: 'statistics: wrong token', path: '/api/v1/statistics', caller: 'wrongToken', expected: loginRequired },
  { name: 'statistics.list: wrong token', path: list, caller: 'wrongToken', expected: loginRequired },
  { name: 'statistics: token of an inactive user', path: '/api/v1/statistics', caller: 'inactiveAdmin', expected: loginRequired },
  { name: 'statistics.list: token of an inactive user', path: list, caller: 'inactiveAdmin', expected: loginRequired },
  { name: 'statistics: user without view-statistics', path: '/api/v1/statistics', caller: 'member', expected: statisticsNotAllowed },
  { name: 'statistics.list: user without view-statistics', path: list, caller: 'member', expected: listNotAllowed },
  {
    name: 'statistics: personal access token works',
    path: '/api/v1/statistics',
    caller: 'personalAccessToken',
    expected: ok,
    check: async (answer, h, format) => expect(snapshotOf(answer, format)._id).toBe(await latestStoredId(h)),
  },
  { name: 'statistics.list: personal access token works', path: list, caller: 'personalAccessToken', expected: ok },

  // refresh: anything but the exact string "true" means the latest snapshot, never an error.
  ...['false', 'TRUE', 'True', '1', 'yes', '', 'true%20'].map((value): ContractCase => ({
    name: `statistics: refresh=${JSON.stringify(value)} answers the latest stored snapshot`,
    path: `/api/v1/statistics?refresh=${value}`,
    caller: 'admin',
    expected: ok,
    check: async (answer, h, format) => expect(snapshotOf(answer, format)._id).toBe(await latestStoredId(h)),
  })),

  // count and offset.
  ...['-1', '1.5', '101', 'abc', '', '1e2', '0x10'].map((raw): ContractCase => ({
    name: `statistics.list: count=${JSON.stringify(raw)}`,
    path: `${list}?count=${encodeURIComponent(raw)}`,
    caller: 'admin',
    expected: invalid(countMessage(raw)),
  })),
  ...['-1', '0.5', 'x', '2147483648'].map((raw): ContractCase => ({
    name: `statistics.list: offset=${JSON.stringify(raw)}`,
    path: `${list}?offset=${encodeURIComponent(raw)}`,
    caller: 'admin',
    expected: invalid(offsetMessage(raw)),
  })),
  {
    name: 'statistics.list: count given twice',
    path: `${list}?count=1&count=2`,
    caller: 'admin',
    expected: invalid('The count parameter must be given once.'),
  },
  { name: 'statistics.list: count=100 is the largest page', path: `${list}?count=100`, caller: 'admin', expected: ok },
  {
    name: 'statistics.list: count=0 means every snapshot',
    path: `${list}?count=0`,
    caller: 'admin',
    expected: ok,
    check: async (answer, h) => expect(answer.json.count).toBe(await h.db.collection('gateway_statistics').countDocuments()),
  },

  // JSON parameters.
  ...['sort', 'fields', 'query'].map((name): ContractCase => ({
    name: `statistics.list: invalid JSON in ${name}`,
    path: `${list}?${name}=${encodeURIComponent('{"createdAt": ')}`,
    caller: 'admin',
    expected: invalid(new RegExp(`^The ${name} parameter is not valid JSON \\(.+\\)\\.$`)),
    snapshotsUntouched: true,
  })),
  ...['sort', 'fields', 'query'].map((name): ContractCase => ({
    name: `statistics.list: ${name} is a JSON array, not an object`,
    path: `${list}?${name}=${encodeURIComponent('[1]')}`,
    caller: 'admin',
    expected: invalid(`The ${name} parameter must be a JSON object.`),
    snapshotsUntouched: true,
  })),
  {
    name: 'statistics.list: sort direction other than 1 or -1',
    path: `${list}?sort=${encodeURIComponent('{"createdAt":2}')}`,
    caller: 'admin',
    expected: invalid('The sort parameter maps field names to 1 or -1; "createdAt" is not valid.'),
  },
  {
    name: 'statistics.list: fields mixing 1 and 0',
    path: `${list}?fields=${encodeURIComponent('{"totalUsers":1,"os":0}')}`,
    caller: 'admin',
    expected: invalid('The fields parameter either selects fields (1) or leaves them out (0), not both; only _id may differ.'),
  },
  // Parameters are read after the login and the permission, as Rocket.Chat does.
  { name: 'statistics.list: invalid JSON without credentials', path: `${list}?sort=%7B`, caller: 'nobody', expected: loginRequired },
  { name: 'statistics.list: invalid JSON from a user without view-statistics', path: `${list}?sort=%7B`, caller: 'member', expected: listNotAllowed },

  // Forbidden operators never reach the database.
  {
    name: 'statistics.list: $where',
    path: withQuery({ $where: 'sleep(1000) || true' }),
    caller: 'admin',
    expected: invalid(operatorMessage('$where')),
    snapshotsUntouched: true,
  },
  {
    name: 'statistics.list: $function inside $or',
    path: withQuery({ $or: [{ totalUsers: { $gt: 0 } }, { $function: { body: 'function () { return true; }', args: [], lang: 'js' } }] }),
    caller: 'admin',
    expected: invalid(operatorMessage('$function')),
    snapshotsUntouched: true,
  },
  {
    name: 'statistics.list: $expr inside $and',
    path: withQuery({ $and: [{ $expr: { $gt: ['$totalUsers', 0] } }] }),
    caller: 'admin',
    expected: invalid(operatorMessage('$expr')),
    snapshotsUntouched: true,
  },
  // What the database would refuse is refused first, with a message that says where.
  {
    name: 'statistics.list: an empty $or',
    path: withQuery({ $or: [] }),
    caller: 'admin',
    expected: invalid('query.$or must be a non-empty array of filters, e.g. [{"totalUsers": 1}, {"totalUsers": 2}].'),
    snapshotsUntouched: true,
  },
  {
    name: 'statistics.list: $in that is not an array',
    path: withQuery({ totalUsers: { $in: 1 } }),
    caller: 'admin',
    expected: invalid('query.totalUsers.$in must be an array of values, e.g. [1, 2].'),
    snapshotsUntouched: true,
  },
  {
    name: 'statistics.list: sort by 33 fields',
    path: `${list}?sort=${encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`f${i}`, 1]))))}`,
    caller: 'admin',
    expected: invalid('The sort parameter has 33 fields; the database sorts by at most 32.'),
    snapshotsUntouched: true,
  },
  {
    name: 'statistics.list: query is read as EJSON (the spec\u2019s date example)',
    path: withQuery({ createdAt: { $gte: { $date: '2026-01-01T00:00:00Z' } } }),
    caller: 'admin',
    expected: ok,
    check: async (answer, h) =>
      expect(answer.json.total).toBe(await h.db.collection('gateway_statistics').countDocuments({ createdAt: { $gte: new Date('2026-01-01T00:00:00Z') } })),
  },
  {
    name: 'statistics.list: an EJSON date after every snapshot matches none',
    path: withQuery({ createdAt: { $gt: { $date: '2999-01-01T00:00:00Z' } } }),
    caller: 'admin',
    expected: ok,
    check: async (answer) => expect(answer.json).toMatchObject({ total: 0, count: 0, statistics: [] }),
  },
  {
    name: 'statistics.list: allowed operators pass',
    path: withQuery({ $and: [{ totalUsers: { $gte: 1, $lte: 1000 } }, { _id: { $exists: true } }], createdAt: { $ne: null } }),
    caller: 'admin',
    expected: ok,
    check: async (answer, h) => expect(answer.json.total).toBe(await h.db.collection('gateway_statistics').countDocuments()),
  },
];

describe.each(['0.61', 'current'] as const)('REST contract, %s format', (format) => {
  let h: Harness;
  let callers: Record<Caller, Record<string, string>>;

  beforeAll(async () => {
    // Room for the deliberate failed logins of the cases below (the default limit is 10 a minute).
    h = await startHarness({ config: { restFormat: format, authFailureLimit: { maxFailures: 1000, windowMs: 60_000 } } });
    const admin = await insertAdmin(h.db);
    const member = await insertUserWithToken(h.db);
    const inactiveAdmin = await insertAdmin(h.db, { active: false });
    const personalAccessToken = 'pat-monitoring-0123456789abcdef';
    const patOwner = await insertAdmin(h.db, {
      services: {
        resume: { loginTokens: [{ hashedToken: hashToken(personalAccessToken), type: 'personalAccessToken', name: 'monitoring', createdAt: new Date() }] },
      },
    });
    callers = {
      nobody: {},
      admin: admin.headers,
      member: member.headers,
      wrongToken: credentialsHeaders(admin.userId, `${admin.authToken}x`),
      userIdOnly: { 'x-user-id': admin.userId },
      inactiveAdmin: inactiveAdmin.headers,
      personalAccessToken: credentialsHeaders(patOwner.userId, personalAccessToken),
    };
    await h.rest('/api/v1/statistics?refresh=true', admin.headers);
  });
  afterAll(() => h.close());

  test.each(cases)('$name', async (contract) => {
    const snapshotsBefore = await h.db.collection('gateway_statistics').countDocuments();
    h.dbCommands();
    const answer = await h.rest(contract.path, callers[contract.caller]);
    const commands = h.dbCommands();
    const expected = contract.expected[format];

    expect({ status: answer.status, body: answer.json }).toEqual({ status: expected.status, body: expected.body });
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.text).toBe(format === '0.61' ? JSON.stringify(answer.json, null, 2) : JSON.stringify(answer.json));
    expect(openApiErrors(contract.path.split('?')[0], answer)).toEqual([]);
    if (contract.snapshotsUntouched) expect(commands.filter((command) => command.collection === 'gateway_statistics')).toEqual([]);
    // No case here asks for a new snapshot, and none may store one.
    expect(await h.db.collection('gateway_statistics').countDocuments()).toBe(snapshotsBefore);
    await contract.check?.(answer, h, format);
  });

  test.each([
    ['GET', '/api/v1/statistics.nope'],
    ['GET', '/api/v2/statistics'],
    ['GET', '/api/'],
    ['POST', '/api/v1/statistics'],
  ])("%s %s, no such endpoint: 404 in Rocket.Chat's shape", async (method, path) => {
    const response = await fetch(`${h.url}${path}?authToken=not-echoed`, { method, headers: callers.admin });
    const text = await response.text();
    expect({ status: response.status, type: response.headers.get('content-type'), body: JSON.parse(text) }).toEqual({
      status: 404,
      type: 'application/json; charset=utf-8',
      body: {
        success: false,
        error: `Resource not found: ${method} ${path} is not an endpoint of this gateway; it serves GET /api/v1/statistics and GET /api/v1/statistics.list (see /api/v1/openapi.json).`,
      },
    });
    expect(text).toBe(format === '0.61' ? JSON.stringify(JSON.parse(text), null, 2) : JSON.stringify(JSON.parse(text)));
  });

  test('an unknown path outside /api/ stays a plain 404', async () => {
    const answer = await h.rest('/api-docs', callers.admin);
    expect(answer.status).toBe(404);
    expect(answer.json?.success).toBeUndefined();
  });
});
