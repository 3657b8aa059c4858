import type { Browser, Page } from 'playwright-core';
import { expectedFigures, insertFiguresWorkspace } from '../helpers/figures-workspace';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { ensureWebBuilt, launchChromium, openOfflinePage, screenshot } from './browser';

let harness: Harness;
let browser: Browser;
let admin: TestCredentials;

beforeAll(async () => {
  ensureWebBuilt();
  [harness, browser] = await Promise.all([startHarness(), launchChromium()]);
  admin = await insertAdmin(harness.db);
  await insertFiguresWorkspace(harness.db, new Date());
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

/** Monaco draws text with non-breaking spaces; the result pane's text, as plain JSON text. */
const resultText = (page: Page) => page.locator('section.result-window .view-lines').evaluate((lines) => (lines.textContent ?? '').replace(/\u00a0/g, ' '));

test('GET /graphql in a browser opens GraphiQL from this host; with the headers put in, the statistics query shows the figures', async () => {
  const { page, context, foreignRequests, pageErrors } = await openOfflinePage(browser, harness.url);
  const answer = await page.goto(`${harness.url}/graphql`);
  expect(answer?.headers()['content-type']).toMatch(/^text\/html/);
  await page.locator('.graphiql-container').waitFor();

  // The schema's documentation, fetched by introspection without any credentials.
  const docs = page.getByRole('region', { name: 'Documentation Explorer' });
  await docs.getByText('Root Types').waitFor();
  expect(await docs.innerText()).toContain('Statistics');

  // The sample query and the headers template are there from the start.
  const query = page.locator('section.graphiql-query-editor .view-lines');
  expect((await query.textContent())?.replace(/\u00a0/g, ' ')).toContain('totalUsers');
  const headers = page.locator('section.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden)');
  expect((await headers.locator('.view-lines').textContent())?.replace(/\u00a0/g, ' ')).toContain('"X-User-Id": ""');

  // Without credentials the query is refused, in GraphQL's own words.
  await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
  await page.waitForFunction(() => document.querySelector('section.result-window .view-lines')?.textContent?.includes('UNAUTHENTICATED'));

  await headers.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(JSON.stringify({ 'X-User-Id': admin.userId, 'X-Auth-Token': admin.authToken }));
  // The editor closes brackets and quotes by itself: drop what it added after the cursor.
  await page.keyboard.press('Shift+Control+End');
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
  await page.waitForFunction(() => document.querySelector('section.result-window .view-lines')?.textContent?.includes('totalUsers'));
  await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
  await page.waitForFunction(() => document.querySelector('section.result-window .view-lines')?.textContent?.includes('totalUsers'));

  const result = JSON.parse(await resultText(page));
  expect(result).toEqual({
    extensions: { figuresComputedAt: expect.any(String) },
    data: {
      statistics: {
        totalUsers: expectedFigures.totalUsers,
        onlineUsers: expectedFigures.onlineUsers,
        totalMessages: expectedFigures.totalMessages,
        os: { type: expect.any(String) },
      },
    },
  });

  await screenshot(page, 'graphiql-desktop.png', false);
  // GraphiQL's history records the headers, token included: it is kept for this tab only.
  const storage = await page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) }));
  expect(storage.local).not.toContain(admin.authToken);
  expect(storage.session).toContain(admin.authToken);
  expect(foreignRequests).toEqual([]);
  // The browser's own note on the refused first run is the only error logged.
  expect(pageErrors).toEqual(['Failed to load resource: the server responded with a status of 401 (Unauthorized)']);

  // The headers the gateway accepted are the tab's sign-in: the Workspace page opens signed in.
  await page.goto(`${harness.url}/workspace/`);
  await page.getByTestId('card-users').waitFor();
  expect(await page.getByTestId('signed-in-user').innerText()).toBe(admin.userId);
  expect(await page.getByTestId('figure-totalUsers').innerText()).toBe(String(expectedFigures.totalUsers));
  await context.close();
});

describe('with INTROSPECTION=false', () => {
  let closed: Harness;

  beforeAll(async () => {
    closed = await startHarness({ database: harness.database, config: { introspection: false } });
  });
  afterAll(() => closed.close());

  test('GraphQL refuses __schema and __type with a message naming the setting; other documents run', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Statistics") { name } }']) {
      const refused = await closed.graphql(query, { headers: admin.headers });
      expect([
        query,
        refused.status,
        refused.json.errors.map((e: { message: string; extensions: { code: string } }) => [e.message, e.extensions.code]),
      ]).toEqual([
        query,
        400,
        [[expect.stringMatching(/^GraphQL introspection is turned off on this gateway \(INTROSPECTION=false\)/), 'GRAPHQL_VALIDATION_FAILED']],
      ]);
    }
    expect((await closed.graphql('{ __typename statistics { totalUsers } }', { headers: admin.headers })).json).toEqual({
      extensions: { figuresComputedAt: expect.any(String) },
      data: { __typename: 'Query', statistics: { totalUsers: expectedFigures.totalUsers } },
    });
  });

  test('GraphiQL still loads, says why it has no schema docs, and runs queries', async () => {
    const { page, context, foreignRequests } = await openOfflinePage(browser, closed.url);
    await page.goto(`${closed.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    // GraphiQL shows the refused schema fetch in its result pane, in the gateway's words.
    await page.waitForFunction(() => document.querySelector('section.result-window .view-lines')?.textContent?.includes('INTROSPECTION=false'));
    await screenshot(page, 'graphiql-no-introspection.png', false);
    // A query still goes out and gets its answer (here: no credentials).
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    await page.waitForFunction(() => document.querySelector('section.result-window .view-lines')?.textContent?.includes('UNAUTHENTICATED'));
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
