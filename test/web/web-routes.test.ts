import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../../src/project-root';
import { appDir } from '../../src/web/web-dist';
import { startHarness, type Harness } from '../helpers/harness';
import { ensureWebBuilt } from './browser';

let harness: Harness;

beforeAll(async () => {
  ensureWebBuilt();
  // The refused-Host check below needs X-Forwarded-Host to be read: the test client is the trusted proxy.
  harness = await startHarness({ config: { trustProxy: ['127.0.0.1'] } });
});

afterAll(async () => {
  await harness?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(harness.url + path, { headers, redirect: 'manual' });

describe('GraphiQL as the landing page of /graphql', () => {
  test('a browser (Accept: text/html) gets our GraphiQL page, which loads only from /graphiql/ on this host', async () => {
    const answer = await get('/graphql', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await answer.text();
    expect(html).toBe(await readFile(join(appDir('graphiql'), 'index.html'), 'utf8'));
    expect(html.match(/(?:src|href)="[^"]*"/g)).toEqual(['href="data:,"', 'href="/graphiql/graphiql.css"', 'src="/graphiql/graphiql.js"']);
    expect(html).not.toMatch(/https?:\/\//);
    expect(answer.headers.get('content-security-policy')).toContain("connect-src 'self'");
  });

  test('a GraphQL client on the same path still gets GraphQL', async () => {
    const answer = await fetch(`${harness.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/html, application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the built pages under /graphiql/ and /workspace/', () => {
  test.each(['graphiql', 'workspace'])('/%s redirects to the folder, which answers with its index.html', async (app) => {
    const bare = await get(`/${app}`);
    expect([bare.status, bare.headers.get('location')]).toEqual([302, `/${app}/`]);
    const index = await get(`/${app}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toBe(await readFile(join(appDir(app as 'graphiql'), 'index.html'), 'utf8'));
  });

  test('bundles go gzipped to browsers that accept it, plain to others, and revalidate by ETag', async () => {
    const file = await readFile(join(appDir('workspace'), 'workspace.js'));
    const zipped = await get('/workspace/workspace.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // fetch unzips by itself; the length on the wire is the gzip twin's.
    expect(Number(zipped.headers.get('content-length'))).toBe(gzipSync(file, { level: 9 }).length);
    expect(Buffer.from(await zipped.arrayBuffer()).equals(file)).toBe(true);

    const plain = await get('/workspace/workspace.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer()).equals(file)).toBe(true);

    const again = await get('/workspace/workspace.js', { 'if-none-match': plain.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  test.each([
    '/graphiql/..%2F..%2Fpackage.json',
    '/graphiql/%2E%2E%2Fworkspace%2Fworkspace.js',
    '/workspace/.env',
    '/workspace/index.html.gz',
    '/workspace/workspace.js.LEGAL.txt.gz',
    '/workspace/no-such-file.js',
  ])('%s is not served', async (path) => {
    const answer = await get(path);
    expect(answer.status).toBe(404);
  });

  test('every url() in the built style sheets is inline data or a file beside them', async () => {
    for (const app of ['graphiql', 'workspace'] as const) {
      const folder = appDir(app);
      const files = await readdir(folder);
      for (const sheet of files.filter((name) => name.endsWith('.css'))) {
        const css = await readFile(join(folder, sheet), 'utf8');
        const urls = [...css.matchAll(/url\(\s*["']?([^"')]+)/g)].map((match) => match[1]!);
        const elsewhere = urls.filter((url) => !url.startsWith('data:') && !files.includes(url.replace(/^\.\//, '')));
        expect([sheet, elsewhere]).toEqual([sheet, []]);
      }
    }
  });
});

describe('security headers', () => {
  /** The pages' policy: every byte from this host (the editor's workers included), and never inside another site's frame. */
  const pagePolicy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  const directives = (header: string | null) =>
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean);
  const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  test.each([
    ['GraphiQL on /graphql', '/graphql', html],
    ['GraphiQL under /graphiql/', '/graphiql/', {}],
    ['the Workspace page', '/workspace/', {}],
  ])('%s: the policy as a header (not a <meta>), no framing, no sniffing, no referrer', async (_page, path, headers) => {
    const answer = await get(path, headers);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(directives(answer.headers.get('content-security-policy'))).toEqual(pagePolicy);
    expect(await answer.text()).not.toMatch(/http-equiv/i);
    expect({
      'x-frame-options': answer.headers.get('x-frame-options'),
      'x-content-type-options': answer.headers.get('x-content-type-options'),
      'referrer-policy': answer.headers.get('referrer-policy'),
    }).toEqual({ 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  });

  test('other answers are not sniffed either, carry no page policy, and no HSTS (TLS ends in front of the gateway)', async () => {
    const refusedHost = await fetch(`${harness.url}/healthz`, { headers: { 'x-forwarded-host': 'exa mple[' } });
    expect(refusedHost.status).toBe(400);
    for (const answer of [await get('/healthz'), await get('/api/v1/statistics'), await get('/graphiql/graphiql.js'), await get('/api/v1/nope'), refusedHost]) {
      expect([answer.url, answer.headers.get('x-content-type-options')]).toEqual([answer.url, 'nosniff']);
      expect([answer.url, answer.headers.get('content-security-policy'), answer.headers.get('strict-transport-security')]).toEqual([answer.url, null, null]);
    }
  });
});

describe('the start page at /', () => {
  test('links the Workspace page, GraphiQL, the REST endpoints, /metrics and the docs, every one a route of this gateway', async () => {
    const answer = await get('/');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await answer.text();
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!).filter((href) => href !== 'data:,');
    expect(links).toEqual([
      '/start/start.css',
      '/workspace/',
      '/graphql',
      '/api/v1/statistics',
      '/api/v1/statistics.list',
      '/api/v1/openapi.json',
      '/metrics',
      '/healthz',
      '/readyz',
      '/docs/figures.md',
      '/docs/openapi.json',
    ]);
    expect(html).not.toMatch(/<script|https?:\/\//);
    // Without credentials the doors refuse (401), the others answer: none is missing.
    const statuses = await Promise.all(links.map(async (link) => [link, (await get(link, { accept: 'text/html' })).status]));
    expect(statuses).toEqual(links.map((link) => [link, ['/api/v1/statistics', '/api/v1/statistics.list', '/metrics'].includes(link) ? 401 : 200]));
  });

  test('the docs are the committed files, markdown as plain text', async () => {
    const figures = await get('/docs/figures.md');
    expect(figures.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await figures.text()).toBe(await readFile(join(projectRoot, 'docs', 'figures.md'), 'utf8'));
    expect((await get('/docs/../package.json')).status).toBe(404);
    expect((await get('/docs/%2E%2E%2Fpackage.json')).status).toBe(404);
  });
});
