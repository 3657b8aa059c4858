import { insertUserWithToken } from '../helpers/fixtures';
import { startHarness } from '../helpers/harness';
import { screenshot } from './browser';
import { figure, problemOf, signIn, useWorkspaceSuite } from './workspace-suite';

const suite = useWorkspaceSuite();

describe('the Workspace page explains failures in plain words', () => {
  test('a wrong token says so, and nothing is kept', async () => {
    const { page, context } = await suite.open();
    await signIn(page, suite.admin.userId, 'not-the-token');
    expect(await problemOf(page)).toEqual({
      kind: 'wrong-credentials',
      text: 'Sign-in failed: the user ID or the token is wrong, or the token has expired. Check both and try again.',
    });
    expect(await page.getByTestId('card-users').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, 'workspace-phone-wrong-token.png', false);
    await context.close();
  });

  test('a user without view-statistics is told which permission is missing', async () => {
    const user = await insertUserWithToken(suite.harness.db);
    const { page, context } = await suite.open();
    await signIn(page, user.userId, user.authToken);
    expect(await problemOf(page)).toEqual({
      kind: 'no-permission',
      text: 'This user may not see the workspace statistics. Ask an administrator to give one of your roles the “view-statistics” permission.',
    });
    await context.close();
  });

  test('too many failed sign-ins are told how long to wait', async () => {
    // A second gateway on the same database, allowing one failure per minute.
    const strict = await startHarness({ database: suite.harness.database, config: { authFailureLimit: { maxFailures: 1, windowMs: 60_000 } } });
    try {
      const offline = await suite.open(undefined, strict.url);
      await signIn(offline.page, suite.admin.userId, 'first-guess');
      expect((await problemOf(offline.page)).kind).toBe('wrong-credentials');
      await signIn(offline.page, suite.admin.userId, 'second-guess');
      await offline.page.waitForSelector('[data-testid="problem"][data-kind="too-many-attempts"]');
      expect((await problemOf(offline.page)).text).toMatch(/^Too many attempts\. Wait (\d+ seconds|1 minutes?) before trying again\.$/);
      await offline.context.close();
    } finally {
      await strict.close();
    }
  });

  // Last in this file: the database does not come back. With MONGO_URL there is no server to stop.
  test('a stopped database is explained, and the figures on screen stay', async () => {
    if (!suite.harness.database.server) return;
    const { page, context } = await suite.open();
    await signIn(page, suite.admin.userId, suite.admin.authToken);
    await page.getByTestId('card-users').waitFor();
    const shown = await figure(page, 'totalUsers');
    await suite.harness.database.server.stop();
    await page.getByTestId('refresh-button').click();
    expect(await problemOf(page)).toEqual({
      kind: 'database-down',
      text: 'The Rocket.Chat database is not answering right now, so no figures can be read. Try again in a minute.',
    });
    expect(await figure(page, 'totalUsers')).toBe(shown);
    await context.close();
    // The refused snapshot's other queries still run, each until its own timeout (about 9 s in
    // all): let them finish, or they outlive the test file.
    const { queue } = suite.harness.gateway.services;
    while (queue.active + queue.queued > 0) await new Promise((resolve) => setTimeout(resolve, 100));
  });
});
