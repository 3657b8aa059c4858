import type { Page } from 'playwright-core';
import { authenticator as totp } from 'otplib';
import { testConfig } from '../../src/config';
import { expectedFigures } from '../helpers/figures-workspace';
import { insertUserWithPassword } from '../helpers/fixtures';
import { count, figure, problemOf, signInWithPassword, useWorkspaceSuite } from './workspace-suite';

const suite = useWorkspaceSuite();
const password = 'correct horse battery staple';
const totpSecret = totp.generateSecret(20);
let admin: { userId: string; username: string };
let withTotp: { userId: string; username: string };

beforeAll(async () => {
  admin = await insertUserWithPassword(suite.harness.db, password, { roles: ['admin', 'user'] });
  withTotp = await insertUserWithPassword(suite.harness.db, password, { roles: ['admin'] });
  await suite.harness.db
    .collection('users')
    .updateOne({ _id: withTotp.userId as never }, { $set: { 'services.totp': { enabled: true, secret: totpSecret, hashedBackup: [] } } });
});

/** Clicks Sign in and waits until the page has read the login's answer and is idle again. */
async function submit(page: Page): Promise<void> {
  await Promise.all([page.waitForResponse((response) => response.url().endsWith('/api/v1/login')), page.getByTestId('sign-in-submit').click()]);
  await page.locator('main[aria-busy="false"]').waitFor();
}

/** The tab's credentials, as the page keeps them (web/src/shared/credentials.ts). */
async function storedCredentials(page: Page): Promise<{ userId: string; authToken: string }> {
  return JSON.parse((await page.evaluate(() => sessionStorage.getItem('rocketchat-statistics.credentials'))) ?? 'null');
}

async function expectSignedInAs(page: Page, userId: string): Promise<void> {
  await page.getByTestId('card-users').waitFor();
  // The two password users are offline, active users beside the figures workspace.
  expect(await figure(page, 'totalUsers')).toBe(count(expectedFigures.totalUsers + 2));
  expect(await figure(page, 'activeUsers')).toBe(count(expectedFigures.activeUsers + 2));
  expect(await page.getByTestId('signed-in-user').innerText()).toBe(userId);
  // The gateway's login token is the tab's credentials, as a typed token would be, and works on the other doors.
  const stored = await storedCredentials(page);
  expect(stored.userId).toBe(userId);
  const rest = await suite.harness.rest('/api/v1/statistics', { 'X-User-Id': stored.userId, 'X-Auth-Token': stored.authToken });
  expect(rest.status).toBe(200);
}

test('user name and password: the page opens on the password tab, signs in through POST /api/v1/login and shows the figures', async () => {
  const { page, pageErrors } = await suite.open();
  expect(await page.getByTestId('sign-in-username').isVisible()).toBe(true);
  expect(await page.getByTestId('sign-in-code').count()).toBe(0);
  await signInWithPassword(page, admin.username, password);
  await expectSignedInAs(page, admin.userId);

  // GraphiQL in the same tab runs with those credentials.
  await page.goto(`${suite.harness.url}/graphql`);
  await page.locator('.graphiql-container').waitFor();
  await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
  await page.waitForFunction(() => document.querySelector('section.result-window .view-lines')?.textContent?.includes('totalUsers'));
  expect(await page.locator('section.result-window .view-lines').textContent()).not.toContain('UNAUTHENTICATED');
  expect(pageErrors).toEqual([]);
});

test('a wrong password: the message says so, no code is asked and nothing is stored', async () => {
  const { page } = await suite.open();
  await page.getByTestId('sign-in-username').fill(admin.username);
  await page.getByTestId('sign-in-password').fill('not the password');
  await submit(page);
  expect(await problemOf(page)).toEqual({ kind: 'wrong-password', text: 'Sign-in failed: the user name or the password is wrong. Check both and try again.' });
  expect(await page.getByTestId('sign-in-code').count()).toBe(0);
  expect(await storedCredentials(page)).toBeNull();
});

test('a user with TOTP: the code is asked for, a wrong one refused, the right one accepted', async () => {
  const { page } = await suite.open();
  await page.getByTestId('sign-in-username').fill(withTotp.username);
  await page.getByTestId('sign-in-password').fill(password);
  await submit(page);
  expect(await problemOf(page)).toEqual({
    kind: 'code-required',
    text: 'This user has two-factor authentication: enter the code of the authenticator app, then sign in again.',
  });
  const code = page.getByTestId('sign-in-code');
  expect(await code.isVisible()).toBe(true);

  // A code of none of the accepted time steps (now ± 1).
  await code.fill(String((Number(totp.generate(totpSecret)) + 500_000) % 1_000_000).padStart(6, '0'));
  await submit(page);
  expect(await problemOf(page)).toEqual({
    kind: 'wrong-code',
    text: 'The two-factor code is wrong or has expired. Enter the code the authenticator app shows now.',
  });

  await code.fill(totp.generate(totpSecret));
  await page.getByTestId('sign-in-submit').click();
  await expectSignedInAs(page, withTotp.userId);
});

test("too many failed logins: the gateway's 429 becomes a wait of Retry-After's seconds", async () => {
  const { page } = await suite.open();
  await page.getByTestId('sign-in-username').fill(admin.username);
  await page.getByTestId('sign-in-password').fill('a guess');
  const limit = testConfig().authFailureLimit.maxFailures;
  let problem = { kind: null as string | null, text: '' };
  for (let attempt = 0; attempt <= limit && problem.kind !== 'too-many-attempts'; attempt += 1) {
    await submit(page);
    problem = await problemOf(page);
  }
  expect(problem.kind).toBe('too-many-attempts');
  expect(problem.text).toMatch(/^Too many attempts\. Wait (\d+ seconds|\d+ minutes) before trying again\.$/);
  // Even the right password waits now.
  await page.getByTestId('sign-in-password').fill(password);
  await submit(page);
  expect((await problemOf(page)).kind).toBe('too-many-attempts');
  expect(await storedCredentials(page)).toBeNull();
});
