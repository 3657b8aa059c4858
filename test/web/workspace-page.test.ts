import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { expectedFigures } from '../helpers/figures-workspace';
import { insertMany, insertUserWithToken } from '../helpers/fixtures';
import { openOfflinePage, type OfflinePage } from './browser';
import { expectedText, shownFigures, valueAt } from './workspace-figures';
import { count, figure, signIn, useWorkspaceSuite } from './workspace-suite';

const suite = useWorkspaceSuite();

test("another host is refused twice: by the page's Content-Security-Policy, and by the test's guard", async () => {
  const { page, context, foreignRequests } = await openOfflinePage(suite.browser, suite.harness.url);
  const beacon = () =>
    fetch('http://192.0.2.1/beacon').then(
      () => 'answered',
      () => 'failed',
    );
  // The page's policy stops the request before it leaves the browser.
  await page.goto(`${suite.harness.url}/workspace/`);
  expect(await page.evaluate(beacon)).toBe('failed');
  expect(foreignRequests).toEqual([]);
  // A gateway answer without that policy: the request goes out, and the guard records and fails it.
  await page.goto(`${suite.harness.url}/healthz`);
  expect(await page.evaluate(beacon)).toBe('failed');
  expect(foreignRequests).toEqual(['http://192.0.2.1/beacon']);
  await context.close();
});

/** The labels of one section of a card, in order (icons and status dots are not text). */
const labelsOf = (page: Page, section: string) => page.getByTestId(`section-${section}`).locator('.figure-label-text').allInnerTexts();

describe('the Workspace page, signed in as an admin', () => {
  let workspace: OfflinePage;
  let page: Page;

  beforeAll(async () => {
    workspace = await suite.open();
    page = workspace.page;
  });

  afterAll(async () => {
    expect(workspace.foreignRequests).toEqual([]);
    expect(workspace.pageErrors).toEqual([]);
    await workspace.context.close();
  });

  test("sign-in shows the exact figures of the inserted workspace, with Rocket.Chat's cards, order and labels", async () => {
    await signIn(page, suite.admin.userId, suite.admin.authToken);
    await page.getByTestId('card-users').waitFor();

    // Rocket.Chat's UsersUploadsCard and MessagesRoomsCard, label for label (its en.i18n.json).
    expect(await labelsOf(page, 'users')).toEqual(['Online', 'Busy', 'Away', 'Offline', 'Total']);
    expect(await page.getByTestId('section-users').locator('.rcx-status-bullet, svg').count()).toBeGreaterThanOrEqual(4);
    expect(await labelsOf(page, 'types')).toEqual(['Connected', 'Activated Users', 'Activated Guests', 'Deactivated Users', 'Rocket.Chat App Users']);
    expect(await labelsOf(page, 'uploads')).toEqual(['Total Uploads', 'Total Uploads Size']);
    expect(await labelsOf(page, 'total-rooms')).toEqual(['Channels', 'Private Groups', 'Direct Messages', 'Discussions', 'Omnichannel', 'Total']);
    expect(await labelsOf(page, 'messages')).toEqual(['In channels', 'In private groups', 'In direct messages', 'In discussions', 'In omnichannel', 'Total']);
    expect(await page.getByTestId('card-deployment').locator('[data-testid^="field-"] > div:first-child').allInnerTexts()).toEqual([
      'Version',
      'Deployment ID',
      'Cloud Workspace ID',
      'Apps Engine Version',
      'Node Version',
      'Database Migration',
      'MongoDB',
      'Commit Details',
      'REST Format',
      'PID',
    ]);

    for (const id of [
      'totalUsers',
      'onlineUsers',
      'busyUsers',
      'awayUsers',
      'offlineUsers',
      'totalConnectedUsers',
      'activeUsers',
      'activeGuests',
      'nonActiveUsers',
      'appUsers',
      'uploadsTotal',
      'totalRooms',
      'totalChannels',
      'totalPrivateGroups',
      'totalDirect',
      'totalDiscussions',
      'totalLivechat',
      'totalMessages',
      'totalChannelMessages',
      'totalPrivateGroupMessages',
      'totalDirectMessages',
      'totalDiscussionsMessages',
      'totalLivechatMessages',
    ] as const) {
      expect([id, await figure(page, id)]).toEqual([id, count(expectedFigures[id])]);
    }
    // 3,002,501,000 bytes as Rocket.Chat writes them: 1024-based, two decimals.
    expect(await figure(page, 'uploadsTotalSize')).toBe('2.80 GB');

    const live = await suite.harness.graphql('{ statistics { mongoVersion mongoStorageEngine oplogEnabled } }', { headers: suite.admin.headers });
    const { mongoVersion, mongoStorageEngine, oplogEnabled } = live.json.data.statistics;
    const field = (name: string) => page.getByTestId(`field-${name}`).locator('div').nth(1).innerText();
    expect({
      version: await field('version'),
      uniqueId: await field('uniqueId'),
      cloudWorkspaceId: await field('cloudWorkspaceId'),
      appsEngineVersion: await field('appsEngineVersion'),
      nodeVersion: await field('nodeVersion'),
      migration: await field('migration'),
      mongo: await field('mongo'),
      commit: await field('commit'),
      pid: await field('pid'),
      restFormat: await field('restFormat'),
    }).toEqual({
      version: '6.12.1',
      uniqueId: 'wD4EP3M7FeFzJZgk9',
      cloudWorkspaceId: '5f1c3e2a-workspace',
      appsEngineVersion: '1.45.0',
      // The gateway runs inside this test process.
      nodeVersion: process.version,
      // Version and the lock date, in the browser's locale and zone (en-US, UTC here).
      migration: '304 (Feb 1, 2026, 12:00:00 AM)',
      // The engine and the oplog state, as Rocket.Chat's DeploymentCard writes them.
      mongo: `${mongoVersion} / ${mongoStorageEngine} (oplog ${oplogEnabled ? 'Enabled' : 'Disabled'})`,
      commit: 'Not recorded',
      pid: String(process.pid),
      // REST_FORMAT=auto, read when the gateway started, before the test stored Rocket.Chat's snapshot.
      restFormat: '0.61 (auto: no Rocket.Chat snapshot in rocketchat_statistics)',
    });
    if (!loadConfig().mongoUrl) expect(oplogEnabled).toBe(false);

    // No snapshot was stored, so the page took the first one. The trend begins with Rocket.Chat's two
    // snapshots (1 January and 1 February, which hold no counts) and ends with the gateway's of today.
    await page.getByTestId('tab-trend').click();
    await page.getByTestId('trend-points').waitFor();
    expect(await page.getByTestId('trend-points').getAttribute('data-count')).toBe('3');
    expect(await page.getByTestId('trend-totalUsers').getAttribute('data-values')).toBe(`,,${expectedFigures.totalUsers}`);
    await page.getByTestId('tab-workspace').click();
    const stored = await suite.harness.graphql('{ snapshots(count: 0) { total } }', { headers: suite.admin.headers });
    expect(stored.json.data.snapshots.total).toBe(1);

    // The credentials live in this tab's sessionStorage only.
    const storage = await page.evaluate(() => ({ session: { ...sessionStorage }, local: localStorage.length, cookies: document.cookie }));
    expect(storage).toEqual({
      session: { 'rocketchat-statistics.credentials': JSON.stringify({ userId: suite.admin.userId, authToken: suite.admin.authToken }) },
      local: 0,
      cookies: '',
    });
  });

  test("Instances: one open item per instance, titled by address, with Rocket.Chat's rows", async () => {
    const button = page.getByTestId('instances-button');
    expect(await button.innerText()).toBe('Instances (2)');
    await button.click();
    const modal = page.getByTestId('instances-modal');
    await modal.waitFor();
    expect(await modal.getByTestId('instance-address').allInnerTexts()).toEqual(['10.0.0.5:3000', '10.0.0.6:3000']);
    expect(await modal.getByTestId('instance-state').allInnerTexts()).toEqual(['Live', 'No recent heartbeat']);
    const rows = modal.getByTestId('instance-rows').first();
    expect(await rows.locator('th').allInnerTexts()).toEqual([
      'Address',
      'Auth',
      'Current Status > Connected',
      'Current Status > Local',
      'Current Status > Last Heartbeat Time',
      'Instance Record > ID',
      'Instance Record > PID',
      'Instance Record > Created at',
      'Instance Record > Updated at',
      'Node Version',
    ]);
    expect(await rows.locator('td').allInnerTexts()).toEqual([
      '10.0.0.5:3000',
      'Not recorded',
      'true (heartbeat within 60 s)',
      'false',
      expect.stringMatching(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2} [AP]M$/),
      'live',
      '101',
      'Not recorded',
      expect.stringMatching(/^[A-Z][a-z]{2} \d{1,2}, \d{4}/),
      'v22.16.0',
    ]);
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });
  });

  test("Refresh takes a newer snapshot, shows its figures and today's point of the trend", async () => {
    const takenBefore = await page.getByTestId('snapshot-time').getAttribute('data-created-at');
    await insertMany(suite.harness.db, 'users', [{ type: 'user', active: true, roles: ['user'], status: 'online', statusConnection: 'online' }]);

    await page.getByTestId('refresh-button').click();
    await page.waitForFunction((before) => document.querySelector('[data-testid="snapshot-time"]')?.getAttribute('data-created-at') !== before, takenBefore);
    const takenAfter = await page.getByTestId('snapshot-time').getAttribute('data-created-at');
    expect(Date.parse(takenAfter!)).toBeGreaterThan(Date.parse(takenBefore!));
    expect(await page.getByTestId('snapshot-time').innerText()).toMatch(/^Figures taken [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2} [AP]M$/);
    expect(await figure(page, 'totalUsers')).toBe(count(expectedFigures.totalUsers + 1));
    expect(await figure(page, 'onlineUsers')).toBe(count(expectedFigures.onlineUsers + 1));

    // Both of today's snapshots fall on one day: its point is the newer one, read anew after Refresh.
    await page.getByTestId('tab-trend').click();
    await page.waitForFunction(
      (users) => document.querySelector('[data-testid="trend-totalUsers"]')?.getAttribute('data-values') === `,,${users}`,
      expectedFigures.totalUsers + 1,
    );
    expect(await page.getByTestId('trend-points').getAttribute('data-count')).toBe('3');
    expect(await page.getByTestId('trend-totalMessages').getAttribute('data-values')).toBe(`,,${expectedFigures.totalMessages}`);
    await page.getByTestId('tab-workspace').click();
  });

  test("Download Info saves exactly the figures on screen, in Rocket.Chat's current statistics object, though REST answers 0.61", async () => {
    expect(suite.harness.gateway.services.restDialect.current.format).toBe('0.61');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-button').click()]);
    expect(download.suggestedFilename()).toBe('statistics.json');
    const text = await readFile((await download.path())!, 'utf8');
    const file = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(file, null, 2)}\n`);

    const shown = await shownFigures(page);
    expect(shown.length).toBeGreaterThanOrEqual(30);
    for (const { key, value, text: onScreen } of shown) {
      expect([key, valueAt(file, key)]).toEqual([key, value]);
      expect([key, onScreen]).toEqual([key, expectedText(key, value)]);
    }
    // The current format: flat, the figures the 0.61 body lacks, no REST envelope; the snapshot after Refresh.
    expect(file).toMatchObject({
      busyUsers: expectedFigures.busyUsers,
      totalUsers: expectedFigures.totalUsers + 1,
      uploadsTotalSize: expectedFigures.uploadsTotalSize,
    });
    expect(file).not.toHaveProperty('success');
    expect(file).not.toHaveProperty('statistics');
    const rest = await suite.harness.rest('/api/v1/statistics', suite.admin.headers);
    expect(rest.json.statistics).not.toHaveProperty('busyUsers');
  });

  test('GraphiQL in the same tab is signed in by the page: its headers carry the credentials and the query runs', async () => {
    await page.goto(`${suite.harness.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    const headers = page.locator('section.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden) .view-lines');
    expect((await headers.textContent())?.replace(/\u00a0/g, ' ')).toContain(`"X-User-Id": "${suite.admin.userId}"`);
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    await page.waitForFunction(() => document.querySelector('section.result-window .view-lines')?.textContent?.includes('totalUsers'));
    expect(await page.locator('section.result-window .view-lines').textContent()).not.toContain('UNAUTHENTICATED');
    await page.goto(`${suite.harness.url}/workspace/`);
  });

  test('a reload keeps the tab signed in (sessionStorage), and Sign out forgets the token', async () => {
    await page.reload();
    await page.getByTestId('card-users').waitFor();
    expect(await figure(page, 'totalUsers')).toBe(count(expectedFigures.totalUsers + 1));

    await page.getByTestId('sign-out-button').click();
    await page.getByTestId('sign-in-form').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('rocketchat-statistics.credentials'))).toBeNull();
  });
});

test('the download door refuses what is not a snapshot it holds, in words the page shows', async () => {
  const get = (path: string, headers: Record<string, string> = suite.admin.headers) => fetch(`${suite.harness.url}${path}`, { headers });
  const noLogin = await get('/workspace/download/abc', {});
  expect([noLogin.status, (await noLogin.json()).code]).toEqual([401, 'UNAUTHENTICATED']);
  const wrongToken = await get('/workspace/download/abc', { ...suite.admin.headers, 'X-Auth-Token': 'not-the-token' });
  expect([wrongToken.status, (await wrongToken.json()).code]).toEqual([401, 'UNAUTHENTICATED']);
  const user = await insertUserWithToken(suite.harness.db);
  const noPermission = await get('/workspace/download/abc', { 'X-User-Id': user.userId, 'X-Auth-Token': user.authToken });
  expect([noPermission.status, (await noPermission.json()).code]).toEqual([403, 'FORBIDDEN']);
  const unknown = await get('/workspace/download/NoSuchSnapshot42');
  expect([unknown.status, await unknown.json()]).toEqual([
    400,
    { success: false, code: 'BAD_USER_INPUT', error: 'No stored snapshot has the id NoSuchSnapshot42; reload the Workspace page.' },
  ]);
  const odd = await get('/workspace/download/%24where');
  expect([odd.status, (await odd.json()).error]).toEqual([400, '"$where" is no snapshot id; reload the Workspace page.']);
});
