import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expectedFigures } from '../helpers/figures-workspace';
import { insertMany } from '../helpers/fixtures';
import { openOfflinePage, screenshot, type OfflinePage } from './browser';
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

  test('sign-in shows the exact figures of the inserted workspace on every card', async () => {
    await signIn(page, suite.admin.userId, suite.admin.authToken);
    await page.getByTestId('card-users').waitFor();

    const usage: Record<string, string> = {};
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
      'totalThreads',
      'totalChannelMessages',
      'totalPrivateGroupMessages',
      'totalDirectMessages',
      'totalDiscussionsMessages',
      'totalLivechatMessages',
    ] as const) {
      usage[id] = await figure(page, id);
      expect([id, usage[id]]).toEqual([id, count(expectedFigures[id])]);
    }
    // 3,002,501,000 bytes in binary units.
    expect(await figure(page, 'uploadsTotalSize')).toBe('2.8 GB');

    const live = await suite.harness.graphql('{ statistics { mongoVersion mongoStorageEngine } }', { headers: suite.admin.headers });
    const { mongoVersion, mongoStorageEngine } = live.json.data.statistics;
    expect({
      version: await figure(page, 'version'),
      uniqueId: await figure(page, 'uniqueId'),
      cloudWorkspaceId: await figure(page, 'cloudWorkspaceId'),
      appsEngineVersion: await figure(page, 'appsEngineVersion'),
      nodeVersion: await figure(page, 'nodeVersion'),
      migration: await figure(page, 'migration'),
      mongo: await figure(page, 'mongo'),
      commit: await figure(page, 'commit'),
      pid: await figure(page, 'pid'),
      restFormat: await figure(page, 'restFormat'),
    }).toEqual({
      version: '6.12.1',
      uniqueId: 'wD4EP3M7FeFzJZgk9',
      cloudWorkspaceId: '5f1c3e2a-workspace',
      appsEngineVersion: '1.45.0',
      // The gateway runs inside this test process.
      nodeVersion: process.version,
      // Version and the lock date, in the browser's zone (UTC here).
      migration: '304 (Feb 1, 2026, 12:00:00 AM)',
      mongo: `${mongoVersion} / ${mongoStorageEngine}`,
      commit: 'Not recorded',
      pid: String(process.pid),
      // REST_FORMAT=auto, read when the gateway started, before the test stored Rocket.Chat's snapshot.
      restFormat: '0.61 (auto: no Rocket.Chat snapshot in rocketchat_statistics)',
    });

    const instancesButton = page.getByTestId('instances-button');
    expect(await instancesButton.innerText()).toBe('Instances (2)');
    expect(await page.getByTestId('instances-list').count()).toBe(0);
    await instancesButton.click();
    const instances = page.getByTestId('instance');
    expect(await instances.count()).toBe(2);
    expect(await instances.nth(0).innerText()).toContain('10.0.0.5:3000');
    expect(await instances.nth(0).innerText()).toContain('Live');
    expect(await instances.nth(1).innerText()).toContain('No recent heartbeat');

    // No snapshot was stored, so the page took the first one; the trend waits for a second.
    expect(await page.getByTestId('trend-empty').count()).toBe(1);
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

  test('Refresh takes a newer snapshot, shows its figures and extends the trend', async () => {
    const takenBefore = await page.getByTestId('snapshot-time').getAttribute('data-created-at');
    await insertMany(suite.harness.db, 'users', [{ type: 'user', active: true, roles: ['user'], status: 'online', statusConnection: 'online' }]);

    await page.getByTestId('refresh-button').click();
    await page.waitForFunction((before) => document.querySelector('[data-testid="snapshot-time"]')?.getAttribute('data-created-at') !== before, takenBefore);
    const takenAfter = await page.getByTestId('snapshot-time').getAttribute('data-created-at');
    expect(Date.parse(takenAfter!)).toBeGreaterThan(Date.parse(takenBefore!));
    expect(await page.getByTestId('snapshot-time').innerText()).toMatch(/^Figures taken [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2} [AP]M$/);
    expect(await figure(page, 'totalUsers')).toBe(count(expectedFigures.totalUsers + 1));
    expect(await figure(page, 'onlineUsers')).toBe(count(expectedFigures.onlineUsers + 1));

    expect(await page.getByTestId('trend-points').getAttribute('data-count')).toBe('2');
    expect(await page.getByTestId('trend-totalUsers').getAttribute('data-values')).toBe(`${expectedFigures.totalUsers},${expectedFigures.totalUsers + 1}`);
    expect(await page.getByTestId('trend-totalMessages').getAttribute('data-values')).toBe(`${expectedFigures.totalMessages},${expectedFigures.totalMessages}`);
  });

  test('Download Info saves statistics.json: the REST body for the newest snapshot, indented by two spaces', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-button').click()]);
    expect(download.suggestedFilename()).toBe('statistics.json');
    const text = await readFile((await download.path())!, 'utf8');

    const rest = await suite.harness.rest('/api/v1/statistics', suite.admin.headers);
    expect(rest.status).toBe(200);
    expect(JSON.parse(text)).toEqual(rest.json);
    expect(text).toBe(JSON.stringify(rest.json, null, 2));
    expect(text.startsWith('{\n  "')).toBe(true);
    // The file describes the snapshot the page shows after Refresh.
    expect(rest.json.success).toBe(true);
    expect(rest.json.statistics.totalUsers).toBe(expectedFigures.totalUsers + 1);
  });

  test('a reload keeps the tab signed in (sessionStorage), and Sign out forgets the token', async () => {
    await page.reload();
    await page.getByTestId('card-users').waitFor();
    expect(await figure(page, 'totalUsers')).toBe(count(expectedFigures.totalUsers + 1));
    expect(await page.getByTestId('trend-points').getAttribute('data-count')).toBe('2');

    await page.getByTestId('sign-out-button').click();
    await page.getByTestId('sign-in-form').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });
});

describe('screenshots (test/artifacts/)', () => {
  beforeAll(async () => {
    // A few more snapshots, with the workspace growing between them, so the trend has a shape.
    for (const step of [1, 2, 3, 4, 5]) {
      await insertMany(
        suite.harness.db,
        'users',
        Array.from({ length: step }, () => ({ type: 'user', active: true, roles: ['user'], status: step % 2 ? 'online' : 'away' })),
      );
      await suite.harness.db.collection('rocketchat_room').updateOne({ _id: 'c1' as never }, { $inc: { msgs: step * 7 } });
      const taken = await suite.harness.graphql('mutation { takeSnapshot { id } }', { headers: suite.admin.headers });
      expect(taken.json.data.takeSnapshot.id).toEqual(expect.any(String));
    }
  });

  test.each([
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 375, height: 812 }],
  ])('the signed-in page at %s width', async (name, viewport) => {
    const { page, context, pageErrors } = await suite.open(viewport);
    await signIn(page, suite.admin.userId, suite.admin.authToken);
    await page.getByTestId('card-users').waitFor();
    await page.getByTestId('instances-button').click();
    // Nothing wider than the window: no sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, `workspace-${name}.png`);
    await screenshot(page, `workspace-${name}-first-screen.png`, false);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
