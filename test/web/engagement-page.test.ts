import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { insertAdmin, insertUserWithToken, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { ensureWebBuilt, launchChromium, openOfflinePage, screenshot, type OfflinePage } from './browser';
import { readCsv } from './engagement/csv-reader';
import { engagementWorkspace } from './engagement/engagement-workspace';
import { signIn } from './workspace-suite';

// The Engagement tab of the Workspace page against the gateway's engagement-dashboard endpoints,
// on a workspace built around now (test/web/engagement/engagement-workspace.ts).
const workspace = engagementWorkspace(new Date());
const { expected } = workspace;
let harness: Harness;
let browser: Browser;
let admin: TestCredentials;
/** May see the statistics, not the Engagement Dashboard. */
let statistician: TestCredentials;
const opened: OfflinePage[] = [];

beforeAll(async () => {
  ensureWebBuilt();
  [harness, browser] = await Promise.all([startHarness(), launchChromium()]);
  admin = await insertAdmin(harness.db);
  // After insertAdmin, which gives view-statistics to admin alone.
  for (const [permission, roles] of [
    ['view-statistics', ['admin', 'statistician']],
    ['view-engagement-dashboard', ['admin']],
  ] as const) {
    await harness.db.collection('rocketchat_permissions').updateOne({ _id: permission as never }, { $set: { roles } }, { upsert: true });
  }
  statistician = await insertUserWithToken(harness.db, { roles: ['statistician'] });
  await workspace.insert(harness.db);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

afterEach(async () => {
  for (const { context, foreignRequests, pageErrors } of opened.splice(0)) {
    expect(foreignRequests).toEqual([]);
    // A busy gateway's 503 is asked again by the page (use-engagement.ts); any other failure is an error.
    expect(pageErrors.filter((line) => line !== 'Failed to load resource: the server responded with a status of 503 (Service Unavailable)')).toEqual([]);
    await context.close();
  }
});

/** The Engagement tab, signed in as the admin, its Users cards drawn. */
async function openEngagement(width: number, user = admin): Promise<OfflinePage & { requests: URL[] }> {
  const offline = await openOfflinePage(browser, harness.url, { width, height: 900 });
  opened.push(offline);
  const requests: URL[] = [];
  offline.page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/v1/engagement-dashboard/')) requests.push(url);
  });
  await offline.page.goto(`${harness.url}/workspace`);
  await signIn(offline.page, user.userId, user.authToken);
  await offline.page.getByTestId('tab-engagement').click();
  await settled(offline.page);
  return { ...offline, requests };
}

/** Every card has its answer (none is busy) and the fonts are in. */
async function settled(page: Page): Promise<void> {
  await page.getByTestId('engagement').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid^="engagement-"][aria-busy="true"]').length === 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const numbers = async (page: Page, testId: string, attribute = 'data-values') =>
  ((await page.getByTestId(testId).getAttribute(attribute)) ?? '').split(',').map(Number);
const counter = async (page: Page, id: string) => Number(await page.getByTestId(`counter-${id}-count`).getAttribute('data-value'));

/** The REST answer the page was given for one of its requests, asked again by the test. */
async function answerFor(url: URL): Promise<any> {
  const answer = await harness.rest(`${url.pathname}${url.search}`, admin.headers);
  expect(answer.status).toBe(200);
  return answer.json;
}

/** hourly-data's users in the page's twelve 2-hour bars. */
const bucketsOf = (hourly: { hours: { hour: number; users: number }[] }) =>
  Array.from({ length: 12 }, (_, index) => hourly.hours.filter((entry) => Math.floor(entry.hour / 2) === index).reduce((sum, entry) => sum + entry.users, 0));

/** How many marks a chart drew: bars and heatmap cells are rects, the line chart's areas are paths. */
const drawn = (page: Page, testId: string, selector: string) => page.getByTestId(testId).locator(selector).count();

describe.each([1440, 390])('at %i px wide', (width) => {
  test('every chart of Users, Messages and Channels is drawn with the workspace figures; nothing wider than the window', async () => {
    const { page, requests } = await openEngagement(width);

    expect(await page.getAttribute('[data-testid="engagement"]', 'data-start')).toBe(`${expected.lastWeek[0]}T00:00:00.000Z`);
    expect(await page.getAttribute('[data-testid="engagement"]', 'data-end')).toBe(`${expected.lastWeek[7]}T23:59:59.999Z`);
    expect(await page.getByTestId('chart-new-users').getAttribute('data-keys')).toBe(expected.lastWeek.join(','));
    expect(await numbers(page, 'chart-new-users')).toEqual(expected.newUsersPerDay);
    expect(await counter(page, 'new-users-period')).toBe(expected.newUsers['last 7 days']);
    expect(await counter(page, 'new-users-yesterday')).toBe(expected.newUsers.yesterday);
    expect(await drawn(page, 'chart-new-users', 'svg rect')).toBeGreaterThanOrEqual(8);

    expect(await numbers(page, 'chart-active-users', 'data-dau')).toEqual(expected.dauPerDay);
    expect({ dau: await counter(page, 'dau'), wau: await counter(page, 'wau'), mau: await counter(page, 'mau') }).toEqual(expected.activeToday);
    expect(await drawn(page, 'chart-active-users', 'svg path')).toBeGreaterThanOrEqual(3);

    // Sessions by hour: the page shows what the endpoint answered, one cell per weekday and hour.
    const timeOfDay = await answerFor(requests.find((url) => url.pathname.endsWith('/users-by-time-of-the-day-in-a-week'))!);
    const grid = JSON.parse((await page.getByTestId('chart-time-of-day').getAttribute('data-grid'))!) as number[][];
    const answered = timeOfDay.week.reduce((sum: number, cell: { users: number }) => sum + cell.users, 0);
    expect(grid.flat().reduce((sum, users) => sum + users, 0)).toBe(answered);
    expect(answered).toBeGreaterThan(0);
    expect(await drawn(page, 'chart-time-of-day', 'svg rect')).toBeGreaterThanOrEqual(7 * 24);

    const hourly = await answerFor(requests.find((url) => url.pathname.endsWith('/chat-busier/hourly-data'))!);
    expect(await numbers(page, 'chart-busiest-hours')).toEqual(bucketsOf(hourly));
    // Yesterday, one step back, had sessions at 9, 10 and 14 h.
    requests.splice(0);
    await page.getByTestId('busiest-previous').click();
    await settled(page);
    const yesterday = await answerFor(requests.find((url) => url.pathname.endsWith('/chat-busier/hourly-data'))!);
    expect(yesterday.hours.reduce((sum: number, entry: { users: number }) => sum + entry.users, 0)).toBeGreaterThan(0);
    expect(await numbers(page, 'chart-busiest-hours')).toEqual(bucketsOf(yesterday));
    expect(await drawn(page, 'chart-busiest-hours', 'svg rect')).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `engagement-users-${width}.png`);

    await page.getByTestId('busiest-unit').click();
    await page.getByRole('option', { name: 'Days' }).click();
    await settled(page);
    const weekly = await answerFor(requests.find((url) => url.pathname.endsWith('/chat-busier/weekly-data'))!);
    expect(await numbers(page, 'chart-busiest-days')).toEqual(
      [...weekly.month]
        .sort((a: any, b: any) => Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day))
        .map((entry: { users: number }) => entry.users),
    );
    expect(weekly.month.length).toBeGreaterThan(0);
    expect(await drawn(page, 'chart-busiest-days', 'svg rect')).toBeGreaterThanOrEqual(weekly.month.length);

    await page.getByTestId('engagement-tab-messages').click();
    await settled(page);
    expect(await numbers(page, 'chart-messages-sent')).toEqual(expected.messagesPerDay);
    expect(await counter(page, 'messages-period')).toBe(expected.messages['last 7 days']);
    expect(await counter(page, 'messages-yesterday')).toBe(expected.messages.yesterday);
    expect(await page.getByTestId('chart-origin').getAttribute('data-keys')).toBe('c,p,d');
    expect(await numbers(page, 'chart-origin')).toEqual([expected.origin.c, expected.origin.p, expected.origin.d]);
    expect(await drawn(page, 'chart-origin', 'svg rect')).toBeGreaterThanOrEqual(3);
    const topFive = await page
      .getByTestId('top-five-row')
      .evaluateAll((rows) => rows.map((row) => [row.querySelector('[data-room-name]')!.textContent!, row.querySelectorAll('td')[2]!.textContent!]));
    expect(topFive).toEqual(expected.topFive);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `engagement-messages-${width}.png`);

    await page.getByTestId('engagement-tab-channels').click();
    await settled(page);
    // 29 rooms, 25 a page: the four active ones first, the quiet ones after, the last four on page 2.
    const firstPage = await shownChannels(page);
    expect(firstPage.slice(0, 4)).toEqual(expected.channels);
    expect(firstPage.slice(4).map(([, messages]) => messages)).toEqual(Array(21).fill(0));
    expect(await page.getByTestId('channels-pagination').innerText()).toContain('Showing results 1 - 25 of 29');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `engagement-channels-${width}.png`);
    await page.getByTestId('channels-pagination').getByRole('button', { name: 'Page 2' }).click();
    await settled(page);
    const secondPage = await shownChannels(page);
    expect(secondPage.map(([, messages]) => messages)).toEqual([0, 0, 0, 0]);
    expect([...firstPage, ...secondPage].map(([name]) => name).sort()).toEqual([...expected.channels.map(([name]) => name), ...expected.quietRooms].sort());
  });
});

/** The Channels table's rows as shown: name and messages. */
const shownChannels = async (page: Page): Promise<[string, number][]> =>
  page
    .getByTestId('channels-row')
    .evaluateAll((rows) =>
      rows.map((row): [string, number] => [
        row.querySelector('[data-testid="channels-name"] [data-room-name]')!.textContent!,
        Number(row.querySelector('[data-testid="channels-messages"]')!.getAttribute('data-value')),
      ]),
    );

async function pickPeriod(page: Page, label: string): Promise<void> {
  await page.getByTestId('period-select').click();
  await page.getByRole('option', { name: label }).click();
  await settled(page);
}

test('the period picker changes the figures and asks Rocket.Chat’s dates: N days ago 00:00Z to today 23:59:59.999Z', async () => {
  const { page, requests } = await openEngagement(1280);
  await page.getByTestId('engagement-tab-messages').click();
  await settled(page);
  const today = expected.lastWeek[7];

  for (const [label, key, days, back] of [
    ['Last 30 days', 'last 30 days', 31, 30],
    ['Last 90 days', 'last 90 days', 91, 90],
    ['Last 7 days', 'last 7 days', 8, 7],
  ] as const) {
    requests.splice(0);
    await pickPeriod(page, label);
    expect(await counter(page, 'messages-period')).toBe(expected.messages[key]);
    expect(await numbers(page, 'chart-messages-sent')).toHaveLength(days);
    const sent = requests.find((url) => url.pathname.endsWith('/messages/messages-sent'))!;
    expect(Object.fromEntries(sent.searchParams)).toEqual({ start: `${workspace.dayKey(back)}T00:00:00.000Z`, end: `${today}T23:59:59.999Z` });
    await page.getByTestId('engagement-tab-users').click();
    await settled(page);
    expect(await counter(page, 'new-users-period')).toBe(expected.newUsers[key]);
    expect(await numbers(page, 'chart-active-users', 'data-dau')).toHaveLength(days);
    const active = requests.find((url) => url.pathname.endsWith('/users/active-users'))!;
    expect(active.searchParams.get('start')).toBe(`${workspace.dayKey(back + 29)}T00:00:00.000Z`);
    await page.getByTestId('engagement-tab-messages').click();
    await settled(page);
  }

  // A custom range: its first day 00:00Z to its last day 23:59:59.999Z; a backwards one is refused.
  await pickPeriod(page, 'Custom range');
  await page.getByTestId('period-from').fill(expected.custom.to);
  await page.getByTestId('period-to').fill(expected.custom.from);
  expect(await page.getByTestId('period-problem').innerText()).toBe('The last day of the range comes before its first day: swap them.');
  requests.splice(0);
  await page.getByTestId('period-from').fill(expected.custom.from);
  await page.getByTestId('period-to').fill(expected.custom.to);
  await settled(page);
  expect(await page.getByTestId('period-problem').count()).toBe(0);
  expect(await counter(page, 'messages-period')).toBe(expected.custom.messages);
  expect(await numbers(page, 'chart-messages-sent')).toEqual([4, 0, 0]);
  const sent = requests.filter((url) => url.pathname.endsWith('/messages/messages-sent')).pop()!;
  expect(Object.fromEntries(sent.searchParams)).toEqual({ start: `${expected.custom.from}T00:00:00.000Z`, end: `${expected.custom.to}T23:59:59.999Z` });
  await page.getByTestId('engagement-tab-users').click();
  await settled(page);
  expect(await counter(page, 'new-users-period')).toBe(expected.custom.newUsers);
  await screenshot(page, 'engagement-custom-range-1280.png');
});

async function downloadedCsv(page: Page, testId: string): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), rows: readCsv(await readFile((await download.path())!, 'utf8')) };
}

test('a CSV download holds the table on screen, in the order on screen, in Rocket.Chat’s format', async () => {
  const { page, requests } = await openEngagement(1440);
  await page.getByTestId('engagement-tab-channels').click();
  await settled(page);
  await page.getByTestId('channels-sort-name').click();
  const shown = await shownChannels(page);
  // The page's 25 rooms by name: a, b, g, the 21 quiet ones, r.
  expect(shown.map(([name]) => name)).toEqual(['ana × bo', 'board', 'general', ...shown.slice(3, 24).map(([name]) => name), 'random']);
  expect(shown.slice(3, 24).every(([name]) => name.startsWith('quiet-'))).toBe(true);
  expect(shown.slice(3, 24).map(([name]) => name)).toEqual(
    shown
      .slice(3, 24)
      .map(([name]) => name)
      .sort(),
  );

  const { name, rows } = await downloadedCsv(page, 'engagement-channels-csv');
  expect(name).toBe(`Channels_start_${expected.lastWeek[0]}_end_${expected.lastWeek[7]}.csv`);
  expect(rows[0]).toEqual(['Room type', 'Name', 'Messages', 'Last Update Date', 'Creation Date']);
  expect(rows.slice(1).map(([, roomName, messages]) => [roomName, Number(messages)])).toEqual(shown);
  const list = await answerFor(requests.find((url) => url.pathname.endsWith('/channels/list'))!);
  const byName = new Map(list.channels.map((row: any) => [row.room.name || row.room.usernames.join(' × '), row]));
  // Type and dates are the endpoint's, row for row.
  expect(rows.slice(1).map(([t, , , updatedAt, createdAt]) => [t, updatedAt, createdAt])).toEqual(
    rows.slice(1).map(([, roomName]) => {
      const { room } = byName.get(roomName) as any;
      return [room.t, room._updatedAt, room.ts];
    }),
  );

  await page.getByTestId('engagement-tab-users').click();
  await settled(page);
  const newUsers = await downloadedCsv(page, 'engagement-new-users-csv');
  expect(newUsers.rows).toEqual([['Date', 'New Users'], ...expected.lastWeek.map((day, index) => [day, String(expected.newUsersPerDay[index])])]);
  const active = await downloadedCsv(page, 'engagement-active-users-csv');
  expect(active.rows[0]).toEqual(['Date', 'DAU', 'WAU', 'MAU']);
  expect(active.rows.slice(1).map(([day, dau]) => [day, Number(dau)])).toEqual(
    expected.lastWeek.map((day, index) => [`${day}T00:00:00.000Z`, expected.dauPerDay[index]]),
  );
});

test('without view-engagement-dashboard the tab says which permission is missing, once, and the user stays signed in', async () => {
  const { page, pageErrors } = await openEngagement(390, statistician);
  const problem = page.getByTestId('problem');
  await problem.waitFor();
  expect(await problem.getAttribute('data-kind')).toBe('no-permission');
  expect(await problem.getByTestId('problem-message').innerText()).toBe(
    'This user may not see the Engagement Dashboard. Ask an administrator to give one of your roles the “view-engagement-dashboard” permission.',
  );
  expect(await page.getByTestId('problem').count()).toBe(1);
  expect(await page.getByTestId('engagement-new-users').count()).toBe(0);
  expect(await page.getByTestId('signed-in-user').innerText()).toBe(statistician.userId);
  await page.getByTestId('tab-workspace').click();
  await page.getByTestId('card-users').waitFor();
  // The browser's own line for each refused request, and nothing else.
  expect(new Set(pageErrors.splice(0))).toEqual(new Set(['Failed to load resource: the server responded with a status of 403 (Forbidden)']));
});
