import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { getIntrospectionQuery, parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import * as fixedDocuments from '../../src/generated/operations';
import { loadConfig } from '../../src/config';
import { queryProtection } from '../../src/limits/query-protection';
import { buildGatewaySchema } from '../../src/schema/build-schema';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';

const limits = loadConfig({}).limits;
let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness();
  admin = await insertAdmin(h.db);
  await h.graphql('{ statistics { totalUsers } }', { headers: admin.headers });
});
afterAll(() => h.close());

/** A document one step past a limit, each otherwise valid against the schema. */
const overLimit: Array<[limit: string, query: string, message: RegExp, code: string]> = [
  [
    `depth ${limits.maxDepth}`,
    `{ __type(name: "Statistics") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }`,
    new RegExp(`depth limit of ${limits.maxDepth} exceeded, found 10`),
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    `aliases ${limits.maxAliases}`,
    `{ statistics { ${Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: totalUsers`).join(' ')} } }`,
    new RegExp(`Aliases limit of ${limits.maxAliases} exceeded, found ${limits.maxAliases + 1}`),
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    `tokens ${limits.maxTokens}`,
    `{ statistics { ${'totalUsers '.repeat(limits.maxTokens)} } }`,
    new RegExp(`more that ${limits.maxTokens} tokens`),
    'GRAPHQL_PARSE_FAILED',
  ],
  [
    // Each fragment spreads the previous one twice: a few dozen tokens, a cost that grows 4.5-fold per level.
    `cost ${limits.maxCost}`,
    `query { statistics { ...F4 } }
     fragment F0 on Statistics { os { cpus { times { user nice sys idle irq } } } }
     fragment F1 on Statistics { ...F0 ...F0 }
     fragment F2 on Statistics { ...F1 ...F1 }
     fragment F3 on Statistics { ...F2 ...F2 }
     fragment F4 on Statistics { ...F3 ...F3 }`,
    new RegExp(`Cost limit of ${limits.maxCost} exceeded`),
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'directives 20',
    `{ statistics { ${'totalUsers @include(if: true) '.repeat(21)} } }`,
    /Directives limit of 20 exceeded, found 21/,
    'GRAPHQL_VALIDATION_FAILED',
  ],
];

describe('GraphQL documents over a limit (defaults from config)', () => {
  it.each(overLimit)('over the %s limit: 400 naming the limit, and no resolver runs', async (_limit, query, message, code) => {
    h.dbCommands();
    const answer = await h.graphql(query, { headers: admin.headers });
    expect(answer.status).toBe(400);
    expect(answer.json.data).toBeUndefined();
    expect(answer.json.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(message);
    expect(answer.json.errors[0].extensions.code).toBe(code);
    expect(h.dbCommands()).toEqual([]);
  });

  it('a document just under every limit runs', async () => {
    const aliases = Array.from({ length: limits.maxAliases }, (_, i) => `a${i}: totalUsers`).join(' ');
    const answer = await h.graphql(`{ statistics { ${aliases} os { cpus { times { user } } } } }`, { headers: admin.headers });
    expect(answer.status).toBe(200);
    expect(answer.json.data.statistics.a14).toBe(1);
  });

  it('field suggestions are masked', async () => {
    const answer = await h.graphql('{ statistics { totalUser } }', { headers: admin.headers });
    expect(answer.status).toBe(400);
    expect(answer.text).not.toMatch(/Did you mean/);
  });

  it('a syntax error is a 400, not a server error', async () => {
    const answer = await h.graphql('{ statistics { totalUsers ', { headers: admin.headers });
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

/** A POST with Apollo's persisted-query extension, the document sent along only to register it. */
async function postPersisted(request: { query?: string; sha256Hash: string }, headers: Record<string, string> = {}) {
  const response = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: request.query, extensions: { persistedQuery: { version: 1, sha256Hash: request.sha256Hash } } }),
  });
  return { status: response.status, json: (await response.json()) as any };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('automatic persisted queries are held to the same limits', () => {
  it('a document within the limits is registered with its hash; then a short GET of the hash alone runs it', async () => {
    const query = '{ statistics { totalUsers } }';
    const unknown = await postPersisted({ sha256Hash: sha256(query) }, admin.headers);
    expect(unknown.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await postPersisted({ query, sha256Hash: sha256(query) }, admin.headers)).json.data).toEqual({ statistics: { totalUsers: 1 } });
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });
    const short = await h.rest(`/graphql?extensions=${encodeURIComponent(extensions)}`, admin.headers);
    expect(short.status).toBe(200);
    expect(short.json.data).toEqual({ statistics: { totalUsers: 1 } });
  });

  it.each(overLimit)('a document over the %s limit is refused at registration and never stored under its hash', async (_limit, query, message, code) => {
    h.dbCommands();
    const register = await postPersisted({ query, sha256Hash: sha256(query) }, admin.headers);
    expect(register.status).toBe(400);
    expect(register.json.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(message);
    expect(register.json.errors[0].extensions.code).toBe(code);
    const lookUp = await postPersisted({ sha256Hash: sha256(query) }, admin.headers);
    expect(lookUp.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(h.dbCommands()).toEqual([]);
  });
});

describe('every fixed document (REST, the page, /metrics) and GraphiQL fit the default limits', () => {
  // The documents the doors send: codegen's typed documents of src/operations, fragments included.
  const documents: Array<[string, string]> = Object.entries(fixedDocuments)
    .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode).kind === 'Document')
    .map(([name, value]) => [name, print(value as DocumentNode)]);
  documents.push([
    'GraphiQL introspection',
    getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true }),
  ]);

  it.each(documents)('%s passes parsing and validation with the gateway rules', async (_name, source) => {
    const schema = await buildGatewaySchema();
    const protection = queryProtection(limits);
    expect(validate(schema, parse(source, protection.parseOptions), [...specifiedRules, ...protection.validationRules])).toEqual([]);
  });
});

describe('request shapes the gateway refuses', () => {
  it('batched requests: 400', async () => {
    const response = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin.headers },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching disabled/i);
  });

  it('a persisted-query hash that is not the SHA-256 of its document is refused, and nothing is stored', async () => {
    const sha256Hash = 'ab'.repeat(32);
    const register = await postPersisted({ query: '{ __typename }', sha256Hash });
    expect(register.status).toBe(400);
    expect(register.json.errors[0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
    expect((await postPersisted({ sha256Hash })).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it(`a body over ${limits.bodyLimitBytes} bytes: 413 with a JSON error, and the gateway goes on`, async () => {
    const response = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(limits.bodyLimitBytes) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: `The request body is too large: at most ${limits.bodyLimitBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect((await h.graphql('{ __typename }')).json).toEqual({ data: { __typename: 'Query' } });
  });
});
