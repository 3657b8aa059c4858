import { screenshot } from './browser';
import { bucketsOf, counter, drawn, numbers, settled, shownChannels, useEngagementSuite } from './engagement/engagement-suite';

// Every chart of the Engagement tab, at a desktop's and a phone's width, against the gateway's
// engagement-dashboard endpoints on a workspace built around now (engagement/engagement-workspace.ts).
const suite = useEngagementSuite();
const { expected } = suite.workspace;

describe.each([1440, 390])('at %i px wide', (width) => {
  test('every chart of Users, Messages and Channels is drawn with the workspace figures; nothing wider than the window', async () => {
    const { page, requests } = await suite.open(width);

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
    const timeOfDay = await suite.answerFor(requests.find((url) => url.pathname.endsWith('/users-by-time-of-the-day-in-a-week'))!);
    const grid = JSON.parse((await page.getByTestId('chart-time-of-day').getAttribute('data-grid'))!) as number[][];
    const answered = timeOfDay.week.reduce((sum: number, cell: { users: number }) => sum + cell.users, 0);
    expect(grid.flat().reduce((sum, users) => sum + users, 0)).toBe(answered);
    expect(answered).toBeGreaterThan(0);
    expect(await drawn(page, 'chart-time-of-day', 'svg rect')).toBeGreaterThanOrEqual(7 * 24);

    const hourly = await suite.answerFor(requests.find((url) => url.pathname.endsWith('/chat-busier/hourly-data'))!);
    expect(await numbers(page, 'chart-busiest-hours')).toEqual(bucketsOf(hourly));
    // Yesterday, one step back, had sessions at 9, 10 and 14 h.
    requests.splice(0);
    await page.getByTestId('busiest-previous').click();
    await settled(page);
    const yesterday = await suite.answerFor(requests.find((url) => url.pathname.endsWith('/chat-busier/hourly-data'))!);
    expect(yesterday.hours.reduce((sum: number, entry: { users: number }) => sum + entry.users, 0)).toBeGreaterThan(0);
    expect(await numbers(page, 'chart-busiest-hours')).toEqual(bucketsOf(yesterday));
    expect(await drawn(page, 'chart-busiest-hours', 'svg rect')).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `engagement-users-${width}.png`);

    await page.getByTestId('busiest-unit').click();
    await page.getByRole('option', { name: 'Days' }).click();
    await settled(page);
    const weekly = await suite.answerFor(requests.find((url) => url.pathname.endsWith('/chat-busier/weekly-data'))!);
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
