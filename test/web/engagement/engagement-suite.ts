import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { insertAdmin, insertUserWithToken, type TestCredentials } from '../../helpers/fixtures';
import { startHarness, type Harness } from '../../helpers/harness';
import { ensureWebBuilt, launchChromium, openOfflinePage, type OfflinePage } from '../browser';
import { signIn } from '../workspace-suite';
import { readCsv } from './csv-reader';
import { engagementWorkspace } from './engagement-workspace';

export interface EngagementSuite {
  harness: Harness;
  /** May see the statistics and the Engagement Dashboard. */
  admin: TestCredentials;
  /** May see the statistics, not the Engagement Dashboard. */
  statistician: TestCredentials;
  workspace: ReturnType<typeof engagementWorkspace>;
  /** The Engagement tab, signed in, its Users cards drawn; `requests` lists the engagement-dashboard URLs it asked. */
  open(width: number, user?: TestCredentials): Promise<OfflinePage & { requests: URL[] }>;
  /** The REST answer the page was given for one of its requests, asked again by the test. */
  answerFor(url: URL): Promise<any>;
}

/**
 * The gateway on a workspace built around now (engagement-workspace.ts) and Chromium, for one test
 * file of the Engagement tab. After each test, every page it opened must have asked no other host
 * for anything and logged no error.
 */
export function useEngagementSuite(): EngagementSuite {
  const opened: OfflinePage[] = [];
  let browser: Browser;
  const suite = { workspace: engagementWorkspace(new Date()) } as EngagementSuite;

  beforeAll(async () => {
    ensureWebBuilt();
    [suite.harness, browser] = await Promise.all([startHarness(), launchChromium()]);
    suite.admin = await insertAdmin(suite.harness.db);
    // After insertAdmin, which gives view-statistics to admin alone.
    for (const [permission, roles] of [
      ['view-statistics', ['admin', 'statistician']],
      ['view-engagement-dashboard', ['admin']],
    ] as const) {
      await suite.harness.db.collection('rocketchat_permissions').updateOne({ _id: permission as never }, { $set: { roles } }, { upsert: true });
    }
    suite.statistician = await insertUserWithToken(suite.harness.db, { roles: ['statistician'] });
    await suite.workspace.insert(suite.harness.db);
  });

  afterAll(async () => {
    await browser?.close();
    await suite.harness?.close();
  });

  afterEach(async () => {
    for (const { context, foreignRequests, pageErrors } of opened.splice(0)) {
      expect(foreignRequests).toEqual([]);
      // A busy gateway's 503 is asked again by the page (use-engagement.ts); any other failure is an error.
      expect(pageErrors.filter((line) => line !== 'Failed to load resource: the server responded with a status of 503 (Service Unavailable)')).toEqual([]);
      await context.close();
    }
  });

  suite.open = async (width, user = suite.admin) => {
    const offline = await openOfflinePage(browser, suite.harness.url, { width, height: 900 });
    opened.push(offline);
    const requests: URL[] = [];
    offline.page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/v1/engagement-dashboard/')) requests.push(url);
    });
    await offline.page.goto(`${suite.harness.url}/workspace`);
    await signIn(offline.page, user.userId, user.authToken);
    await offline.page.getByTestId('tab-engagement').click();
    await settled(offline.page);
    return { ...offline, requests };
  };

  suite.answerFor = async (url) => {
    const answer = await suite.harness.rest(`${url.pathname}${url.search}`, suite.admin.headers);
    expect(answer.status).toBe(200);
    return answer.json;
  };
  return suite;
}

/** Every card has its answer (none is busy) and the fonts are in. */
export async function settled(page: Page): Promise<void> {
  await page.getByTestId('engagement').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid^="engagement-"][aria-busy="true"]').length === 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** A chart's values as its frame lists them. */
export const numbers = async (page: Page, testId: string, attribute = 'data-values') =>
  ((await page.getByTestId(testId).getAttribute(attribute)) ?? '').split(',').map(Number);

/** A counter's count, e.g. counter(page, 'messages-period'). */
export const counter = async (page: Page, id: string) => Number(await page.getByTestId(`counter-${id}-count`).getAttribute('data-value'));

/** hourly-data's users in the page's twelve 2-hour bars. */
export const bucketsOf = (hourly: { hours: { hour: number; users: number }[] }) =>
  Array.from({ length: 12 }, (_, index) => hourly.hours.filter((entry) => Math.floor(entry.hour / 2) === index).reduce((sum, entry) => sum + entry.users, 0));

/** How many marks a chart drew: bars and heatmap cells are rects, the line chart's areas are paths. */
export const drawn = (page: Page, testId: string, selector: string) => page.getByTestId(testId).locator(selector).count();

/** The Channels table's rows as shown: name and messages. */
export const shownChannels = async (page: Page): Promise<[string, number][]> =>
  page
    .getByTestId('channels-row')
    .evaluateAll((rows) =>
      rows.map((row): [string, number] => [
        row.querySelector('[data-testid="channels-name"] [data-room-name]')!.textContent!,
        Number(row.querySelector('[data-testid="channels-messages"]')!.getAttribute('data-value')),
      ]),
    );

export async function pickPeriod(page: Page, label: string): Promise<void> {
  await page.getByTestId('period-select').click();
  await page.getByRole('option', { name: label }).click();
  await settled(page);
}

export async function downloadedCsv(page: Page, testId: string): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), rows: readCsv(await readFile((await download.path())!, 'utf8')) };
}
