import fc from 'fast-check';
import { snapshotFields, snapshotFilter, snapshotSort } from './filter-arbitraries';

/** Seeded generator of malformed and hostile requests for every door of the gateway. */

export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** mulberry32: small, fast and reproducible from one 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fields = [
  'totalUsers',
  'onlineUsers',
  'totalRooms',
  'totalMessages',
  'lastLogin',
  'version',
  'instanceCount',
  'uploadsTotalSize',
  'os',
  'cpus',
  'times',
  'legacy',
  'nope',
  '__typename',
];
const operators = [
  '$where',
  '$function',
  '$expr',
  '$accumulator',
  '$regex',
  '$ne',
  '$gt',
  '$in',
  '$or',
  '$and',
  '$lookup',
  '$merge',
  '$out',
  '$jsonSchema',
  '$text',
];
const contentTypes = [
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=z',
  'application/graphql',
  'application/octet-stream',
  '',
  '*/*',
  'application/json, text/html',
  'application/graphql-response+json',
];
const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
export const doors = ['/graphql', '/api/v1/statistics', '/api/v1/statistics.list', '/metrics', '/workspace/'];

export function createFuzzer(seed: number, credentials: { userId: string; authToken: string }) {
  const random = seededRandom(seed);
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const chance = (p: number) => random() < p;

  const randomText = (length: number) => {
    let text = '';
    for (let i = 0; i < length; i += 1) text += String.fromCharCode(chance(0.9) ? 32 + int(95) : int(0xffff));
    return text;
  };
  const randomBytes = (length: number) => {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i += 1) bytes[i] = int(256);
    return bytes;
  };

  /** A JSON value that may hide query operators at any depth. */
  const hostileValue = (depth: number): unknown => {
    const roll = int(depth > 6 ? 4 : 9);
    if (roll === 0) return randomText(int(20));
    if (roll === 1) return chance(0.5) ? int(1e9) - 5e8 : random() * 1e308;
    if (roll === 2) return null;
    if (roll === 3) return chance(0.5);
    if (roll === 4 || roll === 5) return Array.from({ length: int(4) }, () => hostileValue(depth + 1));
    const object: Record<string, unknown> = {};
    for (let i = int(4); i >= 0; i -= 1) object[chance(0.5) ? pick(operators) : pick(fields)] = hostileValue(depth + 1);
    return object;
  };

  const deepNesting = (depth: number) => '{ statistics ' + '{ os '.repeat(depth) + '}'.repeat(depth + 1);
  const aliasBomb = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: statistics(refresh: true) { ${pick(fields)} }`).join(' ')} }`;
  const randomDocument = () => {
    let document = '';
    for (let i = int(60); i >= 0; i -= 1)
      document += pick(['{', '}', '(', ')', ' ', '...', '@include(if: true)', 'query', 'mutation', 'fragment', 'on', '$v', ':', '"', '#', ...fields]) + ' ';
    return document;
  };
  const validDocument = () =>
    `{ statistics${chance(0.3) ? '(refresh: true)' : ''} { ${Array.from({ length: 1 + int(4) }, () => pick(fields.slice(0, 8))).join(' ')} } }`;

  const authHeaders = (): Record<string, string> => {
    const roll = int(6);
    if (roll === 0) return {};
    if (roll === 1) return { 'x-user-id': credentials.userId, 'x-auth-token': credentials.authToken };
    if (roll === 2) return { 'x-user-id': credentials.userId, 'x-auth-token': randomText(int(600)).replace(/[^\x20-\x7e]/g, 'x') };
    if (roll === 3) return { 'x-user-id': '{"$ne":null}', 'x-auth-token': '{"$gt":""}' };
    if (roll === 4) return { 'x-user-id': credentials.userId, 'x-auth-token': `${credentials.authToken}, ${credentials.authToken}` };
    return { authorization: `Bearer ${randomText(int(80)).replace(/[^\x20-\x7e]/g, 'y')}` };
  };

  const graphqlBody = (query: unknown, variables?: unknown) => JSON.stringify({ query, ...(variables === undefined ? {} : { variables }) });
  /** One value of the property test's generators, reproducible from this fuzzer's seed. */
  const drawn = (arbitrary: fc.Arbitrary<unknown>) => fc.sample(arbitrary, { seed: int(2 ** 31), numRuns: 1 })[0];
  /** Mostly the admin: a filter is only read after the login and the permission. */
  const filterCaller = () => (chance(0.8) ? { 'x-user-id': credentials.userId, 'x-auth-token': credentials.authToken } : authHeaders());

  const generators: Array<() => FuzzRequest> = [
    () => ({ kind: 'random bytes', method: 'POST', path: pick(doors), headers: { 'content-type': pick(contentTypes) }, body: randomBytes(int(2000)) }),
    () => ({
      kind: 'random text body',
      method: pick(['POST', 'PUT', 'PATCH']),
      path: pick(doors),
      headers: { 'content-type': pick(contentTypes), ...authHeaders() },
      body: randomText(int(3000)),
    }),
    () => ({
      kind: 'deep nesting',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: graphqlBody(deepNesting(5 + int(400))),
    }),
    () => ({
      kind: 'deep JSON',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: `{"query":"query($f: JSONObject){ snapshots(filter: $f) { total } }","variables":{"f":${'{"a":['.repeat(1000 + int(5000))}1${']}'.repeat(1000 + int(5000))}}}`,
    }),
    () => ({
      kind: 'alias bomb',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: graphqlBody(aliasBomb(10 + int(1500))),
    }),
    () => ({
      kind: 'huge string',
      method: 'POST',
      path: pick(doors),
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: graphqlBody('{ __typename }', { s: 'x'.repeat(50_000 + int(100_000)) }),
    }),
    () => ({
      kind: 'random document',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: graphqlBody(randomDocument()),
    }),
    () => ({
      kind: 'wrong JSON types',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: JSON.stringify(hostileValue(0)),
    }),
    () => ({
      kind: 'operators in GraphQL variables',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: graphqlBody(
        'query($f: JSONObject, $s: JSONObject, $o: Int!, $c: Int!) { snapshots(filter: $f, sort: $s, offset: $o, count: $c) { total count } }',
        {
          f: hostileValue(0),
          s: hostileValue(3),
          o: chance(0.5) ? int(10) : hostileValue(4),
          c: chance(0.5) ? int(200) - 50 : hostileValue(4),
        },
      ),
    }),
    () => {
      const params = new URLSearchParams();
      for (const name of ['query', 'sort', 'fields', 'offset', 'count', 'refresh']) {
        if (chance(0.5)) params.append(name, chance(0.7) ? JSON.stringify(hostileValue(0)) : randomText(int(40)));
        if (chance(0.1)) params.append(name, String(int(1000) - 500));
      }
      return { kind: 'REST parameters', method: 'GET', path: `${pick(['/api/v1/statistics', '/api/v1/statistics.list'])}?${params}`, headers: authHeaders() };
    },
    () => {
      const params = new URLSearchParams();
      if (chance(0.8)) params.set('query', JSON.stringify(drawn(snapshotFilter)));
      if (chance(0.4)) params.set('sort', JSON.stringify(drawn(snapshotSort)));
      if (chance(0.2)) params.set('fields', JSON.stringify(drawn(snapshotFields)));
      return { kind: 'REST snapshot filters', method: 'GET', path: `/api/v1/statistics.list?${params}`, headers: filterCaller() };
    },
    () => ({
      kind: 'GraphQL snapshot filters',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...filterCaller() },
      body: graphqlBody('query($f: JSONObject, $s: JSONObject) { snapshots(filter: $f, sort: $s) { total count } }', {
        f: drawn(snapshotFilter),
        s: chance(0.4) ? drawn(snapshotSort) : undefined,
      }),
    }),
    () => ({
      kind: 'REST $where',
      method: 'GET',
      path: `/api/v1/statistics.list?query=${encodeURIComponent(JSON.stringify({ [pick(['$where', '$function', '$expr'])]: '1' }))}`,
      headers: authHeaders(),
    }),
    () => {
      const params = new URLSearchParams();
      if (chance(0.8)) params.append('query', chance(0.5) ? validDocument() : randomDocument());
      if (chance(0.5)) params.append('variables', chance(0.5) ? JSON.stringify(hostileValue(0)) : randomText(int(30)));
      if (chance(0.3))
        params.append('extensions', chance(0.5) ? JSON.stringify({ persistedQuery: { version: 1, sha256Hash: randomText(64) } }) : randomText(10));
      if (chance(0.2)) params.append('operationName', randomText(int(20)));
      if (chance(0.1)) params.append('query', '{ __typename }');
      return {
        kind: 'GET /graphql parameters',
        method: 'GET',
        path: `/graphql?${params}`,
        headers: { ...(chance(0.8) ? { 'apollo-require-preflight': '1' } : {}), ...authHeaders() },
      };
    },
    () => ({
      kind: 'wrong method',
      method: pick(methods),
      path: pick(doors),
      headers: { 'content-type': pick(contentTypes), ...authHeaders() },
      body: undefined,
    }),
    () => ({
      kind: 'valid query, odd credentials',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: graphqlBody(validDocument()),
    }),
    () => ({
      kind: 'odd paths',
      method: 'GET',
      path: pick([
        '/workspace/..%2f..%2fpackage.json',
        '/workspace/%00',
        '/api/v1/statistics%00',
        '/graphql/../metrics',
        '/metrics?x=' + '%'.repeat(int(5)),
        '/workspace/' + randomText(30).replace(/[^a-z0-9.]/gi, ''),
      ]),
      headers: authHeaders(),
    }),
  ];

  return { next: (): FuzzRequest => generators[int(generators.length)]() };
}
