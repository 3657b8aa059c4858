import type { Browser, Page } from 'playwright-core';
import { daysAgo, insertHealthWorkspace, now, type HealthCallers } from '../health/health-workspace';
import { insertMany } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';
import { ensureWebBuilt, launchChromium, openOfflinePage, screenshot, type OfflinePage } from './browser';
import { figure, signIn } from './workspace-suite';

let harness: Harness;
let browser: Browser;
let callers: HealthCallers;

beforeAll(async () => {
  ensureWebBuilt();
  // The health counts back from the gateway's clock: the constructed workspace's own "now".
  [harness, browser] = await Promise.all([startHarness({ clock: () => now.getTime(), config: everyRefreshStores }), launchChromium()]);
  callers = await insertHealthWorkspace(harness.db);
  // Ten more channels silent for 40 days: the 30-day list then runs to a second page.
  await insertMany(
    harness.db,
    'rocketchat_room',
    Array.from({ length: 10 }, (_, i) => ({ _id: `r-bulk-0${i}`, t: 'c', name: `bulk-${i}`, lm: daysAgo(40), msgs: 2, usersCount: 4, ts: daysAgo(60) })),
  );
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

async function openHealth(caller: HealthCallers[keyof HealthCallers], width: number): Promise<OfflinePage> {
  const opened = await openOfflinePage(browser, harness.url, { width, height: 900 });
  await opened.page.goto(`${harness.url}/workspace`);
  await signIn(opened.page, caller.userId, caller.authToken);
  await opened.page.getByTestId('tab-health').click();
  await opened.page.getByTestId('card-room-health').waitFor();
  return opened;
}

const rowIds = (page: Page) =>
  page
    .getByTestId('health-rows')
    .locator('[data-testid="health-row"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));

/** Waits for the list to show the page numbered `n` (1 is the first). */
const pageShown = (page: Page, n: number) => page.locator(`[data-testid="health-rows"][data-page="${n}"]`).waitFor();

describe.each([1280, 390])('the Health tab at %i px wide', (width) => {
  test('counts for the chosen days, and a list page after page; screenshots kept', async () => {
    const { page, context, foreignRequests, pageErrors } = await openHealth(callers.admin, width);
    await page.getByTestId('figure-health.roomsWithoutOwner').waitFor();
    // 90 days by default
    expect(await figure(page, 'health.silentRooms')).toBe('3');
    expect(await figure(page, 'health.neverUsedRooms')).toBe('2');
    expect(await figure(page, 'health.roomsWithoutOwner')).toBe('14');
    expect(await figure(page, 'health.usersNotLoggedIn')).toBe('4');
    expect(await figure(page, 'health.usersNeverLoggedIn')).toBe('2');
    expect(await figure(page, 'health.usersNotLoggedInByType.user')).toBe('3');
    expect(await figure(page, 'health.usersNotLoggedInByRole.livechat-agent')).toBe('1');

    await page.getByTestId('health-days-30').click();
    await page.locator('[data-testid="health-tab"][data-days="30"] [data-testid="card-room-health"]').waitFor();
    expect(await figure(page, 'health.silentRooms')).toBe('14');
    await pageShown(page, 1);
    expect(await rowIds(page)).toEqual([
      'r-old1',
      'r-old2',
      'r-edge90b',
      'r-edge90',
      'r-bulk-00',
      'r-bulk-01',
      'r-bulk-02',
      'r-bulk-03',
      'r-bulk-04',
      'r-bulk-05',
    ]);
    expect(await page.getByTestId('health-previous').isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `workspace-health-${width}.png`);

    await page.getByTestId('health-next').click();
    await pageShown(page, 2);
    expect(await rowIds(page)).toEqual(['r-bulk-06', 'r-bulk-07', 'r-bulk-08', 'r-bulk-09']);
    expect(await page.getByTestId('health-next').isDisabled()).toBe(true);
    await screenshot(page, `workspace-health-${width}-page-2.png`);
    await page.getByTestId('health-previous').click();
    await pageShown(page, 1);
    expect((await rowIds(page))[0]).toBe('r-old1');

    await page.getByTestId('health-list-users-never-logged-in').click();
    await page.locator('[data-testid="health-list"][data-list="users-never-logged-in"] [data-testid="health-rows"]').waitFor();
    expect(await rowIds(page)).toEqual(['u-never1', 'u-never2']);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

test('with view-statistics alone: the counts, and the list says which permission it needs', async () => {
  const { page, context } = await openHealth(callers.statisticsOnly, 1280);
  expect(await figure(page, 'health.silentRooms')).toBe('3');
  const problem = page.getByTestId('health-list').getByTestId('problem');
  await problem.waitFor();
  expect(await problem.getAttribute('data-kind')).toBe('no-permission');
  expect(await problem.getByTestId('problem-message').innerText()).toBe('This list needs the “view-room-administration” permission.');
  await screenshot(page, 'workspace-health-statistics-only.png');
  await context.close();
});
