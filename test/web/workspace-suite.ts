import type { Browser, Page } from 'playwright-core';
import { insertFiguresWorkspace } from '../helpers/figures-workspace';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { everyRefreshStores, startHarness, type Harness } from '../helpers/harness';
import { ensureWebBuilt, launchChromium, openOfflinePage, type OfflinePage } from './browser';

export interface WorkspaceSuite {
  harness: Harness;
  browser: Browser;
  /** An admin with view-statistics, inserted with the figures workspace (test/helpers/figures-workspace). */
  admin: TestCredentials;
  /** A fresh offline browser context on the Workspace page of `gatewayUrl` (default: the harness). */
  open(viewport?: { width: number; height: number }, gatewayUrl?: string): Promise<OfflinePage>;
}

/**
 * The gateway, its database with the figures workspace, and Chromium for one test file. After each
 * test, every page it opened must have asked no other host for anything.
 */
export function useWorkspaceSuite(): WorkspaceSuite {
  const opened: OfflinePage[] = [];
  const suite = {} as WorkspaceSuite;

  beforeAll(async () => {
    ensureWebBuilt();
    [suite.harness, suite.browser] = await Promise.all([startHarness({ config: everyRefreshStores }), launchChromium()]);
    suite.admin = await insertAdmin(suite.harness.db);
    await insertFiguresWorkspace(suite.harness.db, new Date());
  });

  afterAll(async () => {
    await suite.browser?.close();
    await suite.harness?.close();
  });

  afterEach(() => {
    for (const { foreignRequests } of opened.splice(0)) expect(foreignRequests).toEqual([]);
  });

  suite.open = async (viewport, gatewayUrl = suite.harness.url) => {
    const offline = await openOfflinePage(suite.browser, gatewayUrl, viewport);
    opened.push(offline);
    await offline.page.goto(`${gatewayUrl}/workspace`);
    return offline;
  };
  return suite;
}

/** Signs in on the token tab with a user id and a token. */
export async function signIn(page: Page, userId: string, authToken: string): Promise<void> {
  await page.getByTestId('sign-in-with-token').click();
  await page.getByTestId('sign-in-user-id').fill(userId);
  await page.getByTestId('sign-in-token').fill(authToken);
  await page.getByTestId('sign-in-submit').click();
}

/** Signs in on the password tab (POST /api/v1/login), with the two-factor code when given and asked for. */
export async function signInWithPassword(page: Page, user: string, password: string): Promise<void> {
  await page.getByTestId('sign-in-with-password').click();
  await page.getByTestId('sign-in-username').fill(user);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/** The text of one figure, as shown (e.g. "1,234", "2.8 GB"). */
export const figure = (page: Page, id: string): Promise<string> => page.getByTestId(`figure-${id}`).innerText();

export const count = (value: number): string => new Intl.NumberFormat('en-US').format(value);

/** The problem the page shows: its kind and its words. */
export async function problemOf(page: Page): Promise<{ kind: string | null; text: string }> {
  const problem = page.getByTestId('problem');
  await problem.waitFor();
  return { kind: await problem.getAttribute('data-kind'), text: await problem.getByTestId('problem-message').innerText() };
}
