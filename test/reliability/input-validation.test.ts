import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';
import { rawRequest, requestOnNewConnection } from './doors';

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  // A high failed-login limit: this file sends many bad credentials from one address on purpose.
  h = await startHarness({ config: { ...everyRefreshStores, authFailureLimit: { maxFailures: 100_000, windowMs: 60_000 } } });
  admin = await insertAdmin(h.db);
  // Stored snapshots with known dates: on an empty collection the database refuses nothing.
  for (const createdAt of snapshotDates) {
    const taken = await h.graphql('mutation { takeSnapshot { id } }', { headers: admin.headers });
    await h.db.collection('gateway_statistics').updateOne({ _id: taken.json.data.takeSnapshot.id }, { $set: { createdAt: new Date(createdAt) } });
  }
});
afterAll(() => h.close());

const snapshotDates = ['2025-06-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-03-01T12:00:00.000Z'];

interface Malformed {
  name: string;
  path: string;
  method?: string;
  headers?: Record<string, string | string[]>;
  body?: string;
  /** Sent with the admin's credentials, so the request gets past the login check. */
  asAdmin?: boolean;
  status: number;
  /** What the message must say. */
  message: RegExp;
}

const json = { 'content-type': 'application/json' };
const preflight = { 'apollo-require-preflight': 'true' };
const graphqlGet = (params: string) => `/graphql?${params}`;

const graphqlRequests: Malformed[] = [
  { name: 'malformed JSON body', path: '/graphql', method: 'POST', headers: json, body: '{"query": "{ __typename }"', status: 400, message: /not valid JSON/ },
  { name: 'empty JSON body', path: '/graphql', method: 'POST', headers: json, body: '', status: 400, message: /body is empty/ },
  {
    name: 'prototype pollution in the body',
    path: '/graphql',
    method: 'POST',
    headers: json,
    body: '{"query":"{ __typename }","__proto__":{"admin":true}}',
    status: 400,
    message: /not valid JSON/,
  },
  {
    name: 'JSON body that is not an object',
    path: '/graphql',
    method: 'POST',
    headers: json,
    body: '"{ __typename }"',
    status: 400,
    message: /POST body missing|invalid/,
  },
  {
    name: 'query that is not a string',
    path: '/graphql',
    method: 'POST',
    headers: json,
    body: '{"query": {"$ne": null}}',
    status: 400,
    message: /must be strings/,
  },
  {
    name: 'variables as a string',
    path: '/graphql',
    method: 'POST',
    headers: json,
    body: '{"query":"{ __typename }","variables":"{}"}',
    status: 400,
    message: /variables/,
  },
  {
    name: 'operationName that is not a string',
    path: '/graphql',
    method: 'POST',
    headers: json,
    body: '{"query":"{ __typename }","operationName":["a"]}',
    status: 400,
    message: /operationName/,
  },
  {
    name: 'XML content type',
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/xml' },
    body: '<query/>',
    status: 415,
    message: /Unsupported Content-Type/,
  },
  {
    name: 'form content type',
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'query=%7B__typename%7D',
    status: 415,
    message: /Unsupported Content-Type/,
  },
  {
    name: 'multipart content type',
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    body: '--x--',
    status: 415,
    message: /Unsupported Content-Type/,
  },
  {
    name: 'text/plain (a cross-site form)',
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: '{"query":"{ __typename }"}',
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  { name: 'GET without a query', path: graphqlGet('variables=%7B%7D'), headers: preflight, status: 400, message: /non-empty `query`/ },
  { name: 'GET without a preflight header', path: graphqlGet('query=%7B__typename%7D'), status: 400, message: /Cross-Site Request Forgery/ },
  {
    name: 'GET with invalid variables JSON',
    path: graphqlGet('query=%7B__typename%7D&variables=%7B%22a'),
    headers: preflight,
    status: 400,
    message: /variables.*invalid JSON/,
  },
  {
    name: 'GET with invalid extensions JSON',
    path: graphqlGet('query=%7B__typename%7D&extensions=%5B'),
    headers: preflight,
    status: 400,
    message: /extensions.*invalid JSON/,
  },
  {
    name: 'GET with a repeated query',
    path: graphqlGet('query=%7B__typename%7D&query=%7B__typename%7D'),
    headers: preflight,
    status: 400,
    message: /only be specified once/,
  },
  {
    name: 'GET with a mutation',
    path: graphqlGet('query=mutation%7BtakeSnapshot%7Bid%7D%7D'),
    headers: preflight,
    status: 405,
    message: /GET requests only support query/,
  },
  {
    name: 'GET with a variable of the wrong type',
    path: graphqlGet(
      `query=${encodeURIComponent('query($r: Boolean!) { statistics(refresh: $r) { totalUsers } }')}&variables=${encodeURIComponent('{"r":"yes"}')}`,
    ),
    headers: preflight,
    status: 400,
    message: /Boolean cannot represent/,
  },
  { name: 'unsupported method', path: '/graphql', method: 'PUT', headers: json, body: '{}', status: 404, message: /not found/ },
];

const nosqlRequests: Malformed[] = [
  {
    name: 'GraphQL variables with $where',
    path: '/graphql',
    method: 'POST',
    headers: json,
    asAdmin: true,
    body: JSON.stringify({ query: 'query($f: JSONObject) { snapshots(filter: $f) { total } }', variables: { f: { $where: 'sleep(1000)' } } }),
    status: 400,
    message: /\$where is not allowed/,
  },
  {
    name: 'GraphQL variables with $function nested in $or',
    path: '/graphql',
    method: 'POST',
    headers: json,
    asAdmin: true,
    body: JSON.stringify({
      query: 'query($f: JSONObject) { snapshots(filter: $f) { total } }',
      variables: { f: { $or: [{ a: 1 }, { $function: { body: 'x' } }] } },
    }),
    status: 400,
    message: /\$function is not allowed/,
  },
  {
    name: 'GraphQL sort with an operator',
    path: '/graphql',
    method: 'POST',
    headers: json,
    asAdmin: true,
    body: JSON.stringify({ query: 'query($s: JSONObject) { snapshots(sort: $s) { total } }', variables: { s: { $natural: 1 } } }),
    status: 400,
    message: /sort/,
  },
  {
    name: 'REST query with $where',
    path: `/api/v1/statistics.list?query=${encodeURIComponent('{"$where":"1"}')}`,
    asAdmin: true,
    status: 400,
    message: /\$where/,
  },
  {
    name: 'REST query with $expr',
    path: `/api/v1/statistics.list?query=${encodeURIComponent('{"$expr":{"$gt":["$a","$b"]}}')}`,
    asAdmin: true,
    status: 400,
    message: /\$expr/,
  },
  { name: 'REST query that is not JSON', path: '/api/v1/statistics.list?query=%7Bnope', asAdmin: true, status: 400, message: /query/ },
  {
    name: 'REST sort with an operator',
    path: `/api/v1/statistics.list?sort=${encodeURIComponent('{"$natural":1}')}`,
    asAdmin: true,
    status: 400,
    message: /sort/,
  },
  {
    name: 'REST fields with an operator',
    path: `/api/v1/statistics.list?fields=${encodeURIComponent('{"$where":1}')}`,
    asAdmin: true,
    status: 400,
    message: /fields/,
  },
  { name: 'REST negative offset', path: '/api/v1/statistics.list?offset=-1', asAdmin: true, status: 400, message: /offset/ },
  { name: 'REST count that is not a number', path: '/api/v1/statistics.list?count=%7B%22%24gt%22%3A0%7D', asAdmin: true, status: 400, message: /count/ },
];

async function send(request: Malformed) {
  return requestOnNewConnection(h.url + request.path, {
    method: request.method,
    headers: { ...request.headers, ...(request.asAdmin ? admin.headers : {}) },
    body: request.body,
  });
}

describe.each([
  ['GraphQL', graphqlRequests],
  ['NoSQL operators', nosqlRequests],
])('%s: malformed requests get a 4xx with a clear JSON message', (_group, requests) => {
  it.each(requests.map((r) => [r.name, r] as const))('%s', async (_name, request) => {
    const answer = await send(request);
    expect({ status: answer.status, text: answer.text }).toEqual({ status: request.status, text: expect.stringMatching(request.message) });
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(() => JSON.parse(answer.text)).not.toThrow();
  });
});

/**
 * Filters and sorts that pass the operator check but that the database would refuse: each is the
 * caller's mistake on both doors, named after the parameter of that door (REST `query`, GraphQL `filter`).
 */
interface RefusedInput {
  name: string;
  parameter: 'query' | 'sort' | 'fields';
  value: unknown;
  /** The whole message, given the parameter's name at the door. */
  message: (parameter: string) => string;
}

const sortKeys = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 1]));
const keyMessage = (key: string, where: string, problem: string) => `The field name ${JSON.stringify(key)} in ${where} ${problem}.`;

const refusedInputs: RefusedInput[] = [
  {
    name: 'an empty $or',
    parameter: 'query',
    value: { $or: [] },
    message: (p) => `${p}.$or must be a non-empty array of filters, e.g. [{"totalUsers": 1}, {"totalUsers": 2}].`,
  },
  {
    name: '$and that is a string',
    parameter: 'query',
    value: { $and: 'x' },
    message: (p) => `${p}.$and must be a non-empty array of filters, e.g. [{"totalUsers": 1}, {"totalUsers": 2}].`,
  },
  {
    name: '$or holding a number',
    parameter: 'query',
    value: { $or: [{ totalUsers: 1 }, 1] },
    message: (p) => `${p}.$or[1] must be a filter (an object), e.g. {"totalUsers": 1}.`,
  },
  { name: '$in that is not an array', parameter: 'query', value: { a: { $in: 1 } }, message: (p) => `${p}.a.$in must be an array of values, e.g. [1, 2].` },
  {
    name: '$nin that is not an array',
    parameter: 'query',
    value: { $and: [{ a: { $nin: 'x' } }] },
    message: (p) => `${p}.$and[0].a.$nin must be an array of values, e.g. [1, 2].`,
  },
  {
    name: '$in at the top level',
    parameter: 'query',
    value: { $in: [1, 2] },
    message: (p) => `${p}.$in compares the value of a field, so it goes under one, e.g. {"totalUsers": {"$in": …}}; it cannot stand alone.`,
  },
  {
    name: '$gt at the top level',
    parameter: 'query',
    value: { $gt: 1 },
    message: (p) => `${p}.$gt compares the value of a field, so it goes under one, e.g. {"totalUsers": {"$gt": …}}; it cannot stand alone.`,
  },
  {
    name: '$or under a field',
    parameter: 'query',
    value: { totalUsers: { $or: [{ a: 1 }] } },
    message: (p) => `${p}.totalUsers.$or combines whole filters, so it goes at the top of ${p} or inside another $and or $or, not under a field.`,
  },
  { name: 'a NUL character in a key', parameter: 'query', value: { 'a\u0000b': 1 }, message: (p) => keyMessage('a\u0000b', p, 'contains a NUL character') },
  { name: 'an empty key', parameter: 'query', value: { '': 1 }, message: (p) => keyMessage('', p, 'is empty') },
  {
    name: 'an empty part of a key path',
    parameter: 'query',
    value: { $or: [{ 'os..cpus': 1 }] },
    message: (p) => keyMessage('os..cpus', `${p}.$or[0]`, 'has an empty part (a dot at the start or end, or two in a row)'),
  },
  {
    name: 'a key path part starting with $',
    parameter: 'query',
    value: { 'a.$b': 1 },
    message: (p) => keyMessage('a.$b', p, 'has a part starting with $ ("$b"); only operators start with $'),
  },
  {
    name: 'operators mixed with field names',
    parameter: 'query',
    value: { totalUsers: { $gt: 0, b: 1 } },
    message: (p) => `${p}.totalUsers mixes operators ($gt) with field names (b); compare with either operators or a whole document.`,
  },
  {
    name: 'an operator inside a value',
    parameter: 'query',
    value: { totalUsers: { $in: [{ $gt: 1 }] } },
    message: (p) => `${p}.totalUsers.$in[0] holds the operator $gt inside a value; operators go directly under a field, e.g. {"totalUsers": {"$gt": 1}}.`,
  },
  {
    name: '$exists that is not a boolean',
    parameter: 'query',
    value: { totalUsers: { $exists: 'yes' } },
    message: (p) => `${p}.totalUsers.$exists must be true or false (or 1 or 0).`,
  },
  {
    name: 'an EJSON date that is no date',
    parameter: 'query',
    value: { createdAt: { $gte: { $date: 'yesterday' } } },
    message: (p) => `${p}.createdAt.$gte.$date must be an ISO 8601 date such as "2026-01-01T00:00:00Z" or milliseconds since 1970.`,
  },
  {
    name: 'a filter nested too deeply',
    parameter: 'query',
    value: { $and: [{ $and: [{ $and: [{ $and: [{ $and: [{ $and: [{ a: 1 }] }] }] }] }] }] },
    message: (p) => `The ${p} parameter is nested too deeply (at most 10 levels).`,
  },
  {
    name: 'a huge $in',
    parameter: 'query',
    value: { totalUsers: { $in: Array.from({ length: 1001 }, (_, i) => i) } },
    message: (p) => `The ${p} parameter is too large: at most 1000 keys and array items in all.`,
  },
  { name: 'a sort by 40 keys', parameter: 'sort', value: sortKeys(40), message: (p) => `The ${p} parameter has 40 fields; the database sorts by at most 32.` },
  { name: 'a sort by an empty key', parameter: 'sort', value: { '': 1 }, message: (p) => keyMessage('', p, 'is empty') },
  {
    name: 'a sort by a path part starting with $',
    parameter: 'sort',
    value: { 'a.$b': 1 },
    message: (p) => keyMessage('a.$b', p, 'has a part starting with $ ("$b"); only operators start with $'),
  },
  {
    name: 'a sort by a blank key',
    parameter: 'sort',
    value: { ' ': 1 },
    message: (p) => keyMessage(' ', p, 'has a part that starts or ends with white space (" ")'),
  },
  {
    name: 'a dotted key with a padded part',
    parameter: 'query',
    value: { 'os. cpus': 1 },
    message: (p) => keyMessage('os. cpus', p, 'has a part that starts or ends with white space (" cpus")'),
  },
  { name: 'a sort by a key with NUL', parameter: 'sort', value: { 'a\u0000': -1 }, message: (p) => keyMessage('a\u0000', p, 'contains a NUL character') },
  {
    name: 'fields with 300 keys',
    parameter: 'fields',
    value: sortKeys(300),
    message: (p) => `The ${p} parameter has 300 fields; it takes at most 256, more than a snapshot has keys.`,
  },
  {
    name: 'an EJSON date beside an operator',
    parameter: 'query',
    value: { createdAt: { $date: '2026-01-01T00:00:00Z', $lt: 1 } },
    message: (p) => `${p}.createdAt holds $date beside other keys; a date stands alone, e.g. {"$date": "2026-01-01T00:00:00Z"}.`,
  },
  {
    name: 'fields with a trailing dot',
    parameter: 'fields',
    value: { 'os.': 1 },
    message: (p) => keyMessage('os.', p, 'has an empty part (a dot at the start or end, or two in a row)'),
  },
  {
    name: 'fields with a path part starting with $',
    parameter: 'fields',
    value: { 'os.$cpus': 1 },
    message: (p) => keyMessage('os.$cpus', p, 'has a part starting with $ ("$cpus"); only operators start with $'),
  },
];

const snapshotsQuery = 'query($f: JSONObject, $s: JSONObject) { snapshots(filter: $f, sort: $s) { total } }';
const graphqlParameter = { query: 'filter', sort: 'sort' } as const;

describe('filters and sorts the database would refuse are the caller\u2019s mistake on both doors', () => {
  it.each(refusedInputs.map((input) => [input.name, input] as const))('REST: %s', async (_name, input) => {
    h.dbCommands();
    const answer = await send({
      name: '',
      path: `/api/v1/statistics.list?${input.parameter}=${encodeURIComponent(JSON.stringify(input.value))}`,
      asAdmin: true,
      status: 400,
      message: /./,
    });
    expect({ status: answer.status, body: JSON.parse(answer.text) }).toEqual({
      status: 400,
      body: { success: false, error: input.message(input.parameter), errorType: 'error-invalid-params' },
    });
    expect(h.dbCommands().filter((command) => command.collection === 'gateway_statistics')).toEqual([]);
  });

  it.each(refusedInputs.filter((input) => input.parameter !== 'fields').map((input) => [input.name, input] as const))('GraphQL: %s', async (_name, input) => {
    h.dbCommands();
    const parameter = graphqlParameter[input.parameter as 'query' | 'sort'];
    const answer = await h.graphql(snapshotsQuery, { headers: admin.headers, variables: { [parameter === 'filter' ? 'f' : 's']: input.value } });
    expect({ status: answer.status, errors: answer.json.errors }).toEqual({
      status: 400,
      errors: [expect.objectContaining({ message: input.message(parameter), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })],
    });
    expect(h.dbCommands().filter((command) => command.collection === 'gateway_statistics')).toEqual([]);
  });
});

/** Edge cases the checks must let through: each runs on both doors and matches exactly the snapshots it should. */
const acceptedInputs: Array<{ name: string; query?: unknown; sort?: unknown; total: number }> = [
  { name: 'an EJSON date as an ISO string', query: { createdAt: { $gte: { $date: '2026-01-01T00:00:00Z' } } }, total: 2 },
  { name: 'an EJSON date as milliseconds', query: { createdAt: { $lt: { $date: Date.parse('2026-01-01T00:00:00Z') } } }, total: 1 },
  { name: 'an EJSON date as a canonical $numberLong', query: { createdAt: { $date: { $numberLong: String(Date.parse(snapshotDates[2])) } } }, total: 1 },
  { name: 'EJSON dates in $in', query: { createdAt: { $in: [{ $date: snapshotDates[0] }, { $date: snapshotDates[1] }] } }, total: 2 },
  {
    name: 'EJSON dates inside $or',
    query: { $or: [{ createdAt: { $lt: { $date: '2025-12-31T00:00:00Z' } } }, { createdAt: { $gt: { $date: '2026-02-01T00:00:00+01:00' } } }] },
    total: 2,
  },
  { name: '$exists: 1', query: { totalUsers: { $exists: 1 } }, total: 3 },
  { name: '$exists: 0', query: { noSuchField: { $exists: 0 } }, total: 3 },
  { name: '$and of an empty filter', query: { $and: [{}] }, total: 3 },
  { name: 'a path into an array by index', query: { 'os.cpus.0': { $exists: true } }, total: 3 },
  { name: 'a sort by 32 keys (the database’s limit)', sort: { createdAt: -1, ...sortKeys(31) }, total: 3 },
];

describe('filters and sorts the database can run still run on both doors', () => {
  it.each(acceptedInputs.map((input) => [input.name, input] as const))('%s', async (_name, input) => {
    const params = new URLSearchParams({
      ...(input.query ? { query: JSON.stringify(input.query) } : {}),
      ...(input.sort ? { sort: JSON.stringify(input.sort) } : {}),
      fields: '{"_id":1}',
    });
    const rest = await h.rest(`/api/v1/statistics.list?${params}`, admin.headers);
    expect({ status: rest.status, total: rest.json.total }).toEqual({ status: 200, total: input.total });
    const graphql = await h.graphql(snapshotsQuery, { headers: admin.headers, variables: { f: input.query, s: input.sort } });
    expect(graphql.json).toEqual({ data: { snapshots: { total: input.total } } });
  });
});

/** Checks that apply to every door alike. */
const doors = ['/graphql', '/api/v1/statistics', '/api/v1/statistics.list', '/metrics', '/workspace/'];

describe.each(doors)('header abuse on %s', (door) => {
  const path = door === '/graphql' ? graphqlGet('query=%7Bstatistics%7BtotalUsers%7D%7D') : door;

  it('a header block over 16 KiB: 431 and the gateway goes on', async () => {
    const answer = await send({ name: '', path, headers: { ...preflight, 'x-padding': 'x'.repeat(20_000) }, status: 431, message: /./ }).catch(
      (error: NodeJS.ErrnoException) => ({
        status: error.code,
        text: '',
        headers: {},
      }),
    );
    // Node answers 431 and closes; a client still writing may see the reset instead.
    expect([431, 'ECONNRESET', 'EPIPE']).toContain(answer.status);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });

  it('an X-Auth-Token sent twice is no credential: 401, not a server error', async () => {
    const answer = await send({
      name: '',
      path,
      headers: { ...preflight, 'x-user-id': admin.userId, 'x-auth-token': [admin.authToken, admin.authToken] },
      status: 401,
      message: /./,
    });
    expect(answer.status).toBe(door === '/workspace/' ? 200 : 401);
  });

  it('an X-User-Id sent twice, or holding a query operator, is no credential: 401', async () => {
    for (const userId of [[admin.userId, admin.userId], '{"$ne":null}', '[object Object]']) {
      const answer = await send({ name: '', path, headers: { ...preflight, 'x-user-id': userId, 'x-auth-token': admin.authToken }, status: 401, message: /./ });
      expect(answer.status).toBe(door === '/workspace/' ? 200 : 401);
    }
  });

  it('an over-long or empty token is no credential: 401', async () => {
    for (const token of ['x'.repeat(5000), '', ' ']) {
      const answer = await send({ name: '', path, headers: { ...preflight, 'x-user-id': admin.userId, 'x-auth-token': token }, status: 401, message: /./ });
      expect(answer.status).toBe(door === '/workspace/' ? 200 : 401);
    }
  });

  it('an X-Forwarded-Host from a peer that is no trusted proxy is ignored, however unreadable', async () => {
    const answer = await send({ name: '', path, headers: { ...preflight, ...admin.headers, 'x-forwarded-host': 'exa mple[' }, status: 200, message: /./ });
    expect(answer.status).toBe(200);
  });

  it('a Host header sent twice, or an absolute-form URL naming another host: 400 with a JSON message', async () => {
    const host = new URL(h.url).host;
    const credentials = [`X-User-Id: ${admin.userId}`, `X-Auth-Token: ${admin.authToken}`, 'Apollo-Require-Preflight: true'];
    const answers = [
      await rawRequest(h.url, [`GET ${path} HTTP/1.1`, `Host: ${host}`, 'Host: other.example', ...credentials]),
      await rawRequest(h.url, [`GET ${path} HTTP/1.1`, 'Host: other.example', `Host: ${host}`, ...credentials]),
      await rawRequest(h.url, [`GET http://other.example${path} HTTP/1.1`, `Host: ${host}`, ...credentials]),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400]);
    expect(answers.map((answer) => JSON.stringify(JSON.parse(answer.text)))).toEqual([
      expect.stringMatching(/Host header must appear once/),
      expect.stringMatching(/Host header must appear once/),
      expect.stringMatching(/names another host/),
    ]);
    // The same URL in absolute form, naming this very host, is served.
    const sameHost = await rawRequest(h.url, [`GET http://${host}${path} HTTP/1.1`, `Host: ${host}`, ...credentials]);
    expect(sameHost.status).toBe(200);
  });

  it('wrong methods are a 4xx', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const answer = await send({ name: '', path, method, headers: { ...json, ...admin.headers }, body: '{}', status: 404, message: /./ });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
  });
});
