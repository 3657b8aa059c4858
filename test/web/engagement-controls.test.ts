import { screenshot } from './browser';
import { counter, downloadedCsv, numbers, pickPeriod, settled, shownChannels, useEngagementSuite } from './engagement/engagement-suite';

// The Engagement tab's period picker, CSV downloads and permission, against the gateway's
// engagement-dashboard endpoints on a workspace built around now (engagement/engagement-workspace.ts).
const suite = useEngagementSuite();
const { expected } = suite.workspace;

test('the period picker changes the figures and asks Rocket.Chat’s dates: N days ago 00:00Z to today 23:59:59.999Z', async () => {
  const { page, requests } = await suite.open(1280);
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
    expect(Object.fromEntries(sent.searchParams)).toEqual({ start: `${suite.workspace.dayKey(back)}T00:00:00.000Z`, end: `${today}T23:59:59.999Z` });
    await page.getByTestId('engagement-tab-users').click();
    await settled(page);
    expect(await counter(page, 'new-users-period')).toBe(expected.newUsers[key]);
    expect(await numbers(page, 'chart-active-users', 'data-dau')).toHaveLength(days);
    const active = requests.find((url) => url.pathname.endsWith('/users/active-users'))!;
    expect(active.searchParams.get('start')).toBe(`${suite.workspace.dayKey(back + 29)}T00:00:00.000Z`);
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

test('a CSV download holds the table on screen, in the order on screen, in Rocket.Chat’s format', async () => {
  const { page, requests } = await suite.open(1440);
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
  const list = await suite.answerFor(requests.find((url) => url.pathname.endsWith('/channels/list'))!);
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
  const { page, pageErrors } = await suite.open(390, suite.statistician);
  const problem = page.getByTestId('problem');
  await problem.waitFor();
  expect(await problem.getAttribute('data-kind')).toBe('no-permission');
  expect(await problem.getByTestId('problem-message').innerText()).toBe(
    'This user may not see the Engagement Dashboard. Ask an administrator to give one of your roles the “view-engagement-dashboard” permission.',
  );
  expect(await page.getByTestId('problem').count()).toBe(1);
  expect(await page.getByTestId('engagement-new-users').count()).toBe(0);
  expect(await page.getByTestId('signed-in-user').innerText()).toBe(suite.statistician.userId);
  await page.getByTestId('tab-workspace').click();
  await page.getByTestId('card-users').waitFor();
  // The browser's own line for each refused request, and nothing else.
  expect(new Set(pageErrors.splice(0))).toEqual(new Set(['Failed to load resource: the server responded with a status of 403 (Forbidden)']));
});
