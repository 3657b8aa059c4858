import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { rawRequest, requestOnNewConnection } from './doors';

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  // A high failed-login limit: this file sends many bad credentials from one address on purpose.
  h = await startHarness({ config: { authFailureLimit: { maxFailures: 100_000, windowMs: 60_000 } } });
  admin = await insertAdmin(h.db);
});
afterAll(() => h.close());

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

  it('an unreadable X-Forwarded-Host: 400 with a JSON message', async () => {
    const answer = await send({ name: '', path, headers: { ...preflight, ...admin.headers, 'x-forwarded-host': 'exa mple[' }, status: 400, message: /./ });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/Host header is not a valid host name/);
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
