import type { Page } from 'playwright-core';
import { insertMany } from '../helpers/fixtures';
import { screenshot } from './browser';
import { signIn, useWorkspaceSuite } from './workspace-suite';

const suite = useWorkspaceSuite();
const dayMs = 24 * 3600 * 1000;
const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());

/**
 * Rocket.Chat's daily snapshots for the 400 days before today, at 02:00 UTC: 0.74.3 for the first
 * hundred (0.61 keys and definitions), then 6.12.0; users grow from 100 to 223 and stay there for the
 * last month; three days are missing. The gateway's snapshot of today counts 224 users.
 */
const history = Array.from({ length: 400 }, (_, index) => {
  const createdAt = new Date(today - (400 - index) * dayMs + 2 * 3600 * 1000);
  const totalUsers = index < 370 ? 100 + Math.floor((index * 123) / 370) : 223;
  // Rooms and messages grow towards what the figures workspace counts today (8 rooms, 35 messages, 7 documents).
  const totalRooms = 2 + Math.floor((index * 6) / 399);
  if (index < 100)
    return { version: '0.74.3', createdAt, totalUsers, activeUsers: totalUsers - 5, totalMessages: 2 + Math.floor(index / 25), totalRooms, totlalLivechat: 1 };
  return { version: '6.12.0', createdAt, totalUsers, activeUsers: totalUsers - 10, totalMessages: 10 + Math.floor((index * 25) / 399), totalRooms };
}).filter((_, index) => index < 200 || index > 202);

beforeAll(async () => {
  await insertMany(suite.harness.db, 'rocketchat_statistics', history);
  // 224 users in all (the figures workspace holds 13 with the admin): today's point is one more than yesterday's.
  await insertMany(
    suite.harness.db,
    'users',
    Array.from({ length: 211 }, () => ({ type: 'user', active: true, roles: ['user'], status: 'offline' })),
  );
  const taken = await suite.harness.graphql('mutation { takeSnapshot { totalUsers } }', { headers: suite.admin.headers });
  expect(taken.json.data.takeSnapshot.totalUsers).toBe(224);
});

const points = (page: Page) => page.getByTestId('trend-points');
const valuesOf = async (page: Page, figure: string) => (await page.getByTestId(`trend-${figure}`).getAttribute('data-values'))!.split(',');
const axisTexts = (page: Page, unit: string) => page.getByTestId(`trend-chart-${unit}`).locator('svg text').allTextContents();

async function chooseRange(page: Page, range: '30d' | '1y' | 'all') {
  await page.getByTestId(`trend-range-${range}`).click();
  await page.locator(`[data-testid="trend-points"][data-range="${range}"]`).waitFor();
}

/** The distinct UTC days of the constructed snapshots from `days` ago until now, and today's gateway snapshot. */
function daysSince(days: number): number {
  const from = Date.now() - days * dayMs;
  return history.filter((snapshot) => snapshot.createdAt.getTime() >= from).length + 1;
}

describe('the trend on the Workspace page', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await suite.open({ width: 1280, height: 1000 }));
    await signIn(page, suite.admin.userId, suite.admin.authToken);
    await page.getByTestId('card-users').waitFor();
    await page.getByTestId('tab-trend').click();
    await points(page).waitFor();
  });

  test('opens on everything the database holds: 400 days in weekly points, the definition change drawn as two lines', async () => {
    expect(await points(page).getAttribute('data-range')).toBe('all');
    expect(await points(page).getAttribute('data-step')).toBe('WEEK');
    const users = await valuesOf(page, 'totalUsers');
    // One point per ISO week that holds a snapshot (the newest of it); today's is the gateway's.
    const weeks = new Set([...history.map((snapshot) => snapshot.createdAt), new Date()].map((at) => Math.floor((at.getTime() / dayMs + 3) / 7)));
    expect(users).toHaveLength(weeks.size);
    expect(users.at(-1)).toBe('224');
    // activeUsers under today's definition exists from the upgrade on; before it, the 0.61 definition's line.
    const [active, legacyActive] = [await valuesOf(page, 'activeUsers'), await valuesOf(page, 'legacy.activeUsers')];
    const upgraded = active.findIndex((value) => value !== '');
    expect(upgraded).toBeGreaterThan(10);
    expect(active.slice(0, upgraded).every((value) => value === '')).toBe(true);
    expect(legacyActive.slice(0, upgraded).every((value) => value !== '')).toBe(true);
    // Rocket.Chat 6.12 stored only today's definition; the gateway stores both (its Statistics.legacy).
    expect(legacyActive.slice(upgraded, -1).every((value) => value === '')).toBe(true);
    expect([active.at(-1), legacyActive.at(-1)]).toEqual(['216', '222']);
    expect(await page.getByTestId('trend-summary').innerText()).toMatch(new RegExp(`^${weeks.size} points, one per week \\(its newest snapshot`));
  });

  test('real axes: dates along the bottom, counts from zero up the side', async () => {
    const texts = await axisTexts(page, 'users');
    const dates = texts.filter((text) => /^[A-Z][a-z]{2} \d{4}$/.test(text));
    const counts = texts.filter((text) => /^[\d,]+$/.test(text));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect(counts[0]).toBe('0');
    expect(counts.map((text) => Number(text.replace(/,/g, '')))).toEqual([...counts.map((text) => Number(text.replace(/,/g, '')))].sort((a, b) => a - b));
    await screenshot(page, 'workspace-trend-all.png', false);
  });

  test("a tooltip per point: the newest point is the gateway's snapshot of today", async () => {
    const chart = page.getByTestId('trend-chart-users').locator('svg').first();
    const box = (await chart.boundingBox())!;
    // The plot's right edge (16 px margin): the last slice.
    await page.mouse.move(box.x + box.width - 18, box.y + box.height / 2);
    const tooltip = page.getByTestId('trend-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.getByTestId('trend-tooltip-source').innerText()).toBe("Newest of its week: the gateway's snapshot");
    expect(await tooltip.getByTestId('trend-tooltip-value').allInnerTexts()).toEqual(['Users 224', 'Active users 216', 'Active users (0.61 definition) 222']);
    // Further left: one of Rocket.Chat's own, with its version and definitions.
    await page.mouse.move(box.x + 64 + 4, box.y + box.height / 2);
    await page.waitForFunction(() => document.querySelector('[data-testid="trend-tooltip-source"]')?.textContent?.includes('Rocket.Chat 0.74.3'));
    expect(await tooltip.getByTestId('trend-tooltip-source').innerText()).toBe(
      "Newest of its week: Rocket.Chat's daily snapshot (Rocket.Chat 0.74.3, 0.61 definitions)",
    );
    expect(await tooltip.getByTestId('trend-tooltip-time').innerText()).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, 2:\d{2}:\d{2} AM$/);
    await screenshot(page, 'workspace-trend-tooltip.png', false);
    await page.mouse.move(0, 0);
  });

  test('30 days: daily points, and one more user in 223 stays a hair, not a spike', async () => {
    await chooseRange(page, '30d');
    expect(await points(page).getAttribute('data-step')).toBe('DAY');
    const users = await valuesOf(page, 'totalUsers');
    expect(users).toHaveLength(daysSince(30));
    expect(users.slice(0, -1).every((value) => value === '223')).toBe(true);
    expect(users.at(-1)).toBe('224');
    // Of the last 30 days, only the gateway's snapshot holds the 0.61 definition (Statistics.legacy).
    expect((await valuesOf(page, 'legacy.activeUsers')).filter((value) => value !== '')).toEqual(['222']);
    // The users line's path: its highest and lowest points lie within one pixel of each other.
    const extent = await page.getByTestId('trend-chart-users').evaluate((chart) => {
      const path = [...chart.querySelectorAll('path')].find((candidate) => candidate.getAttribute('stroke') === '#156ff5')!;
      const ys = [...path.getAttribute('d')!.matchAll(/[ML,]?([\d.]+),([\d.]+)/g)].map((match) => Number(match[2]));
      const plot = chart.querySelector('svg')!.getBoundingClientRect().height;
      return { span: Math.max(...ys) - Math.min(...ys), top: Math.min(...ys), plot };
    });
    expect(extent.span).toBeLessThan(1.5);
    // 223 of a scale from 0 to 250 or so: well below the top of the plot.
    expect(extent.top).toBeGreaterThan(5);
    await screenshot(page, 'workspace-trend-30d.png', false);
  });

  test('1 year: daily points from a year ago, both definitions in range', async () => {
    await chooseRange(page, '1y');
    expect(await points(page).getAttribute('data-step')).toBe('DAY');
    expect(await valuesOf(page, 'totalUsers')).toHaveLength(daysSince(365));
    expect((await valuesOf(page, 'legacy.activeUsers')).filter((value) => value !== '').length).toBeGreaterThan(30);
    const dates = (await axisTexts(page, 'messages')).filter((text) => /^[A-Z][a-z]{2} \d{1,2}$/.test(text));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    await chooseRange(page, 'all');
    expect(await points(page).getAttribute('data-step')).toBe('WEEK');
  });
});
