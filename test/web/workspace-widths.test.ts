import { readFile } from 'node:fs/promises';
import { insertMany } from '../helpers/fixtures';
import { screenshot } from './browser';
import { cutTexts, shownFigures, valueAt, wrappedTexts } from './workspace-figures';
import { signIn, useWorkspaceSuite } from './workspace-suite';

const suite = useWorkspaceSuite();

beforeAll(async () => {
  // Large figures, the widest a real workspace shows: seven-digit counts beside long labels.
  await suite.harness.db.collection('rocketchat_room').updateOne({ _id: 'c1' as never }, { $inc: { msgs: 4_164_317 } });
  await suite.harness.db.collection('rocketchat_room').updateOne({ _id: 'p1' as never }, { $inc: { msgs: 1_041_973 } });
  // A few snapshots, with the workspace growing between them, so the trend has a shape.
  for (const step of [1, 2, 3, 4, 5]) {
    await insertMany(
      suite.harness.db,
      'users',
      Array.from({ length: step }, () => ({ type: 'user', active: true, roles: ['user'], status: step % 2 ? 'online' : 'away' })),
    );
    const taken = await suite.harness.graphql('mutation { takeSnapshot { id } }', { headers: suite.admin.headers });
    expect(taken.json.data.takeSnapshot.id).toEqual(expect.any(String));
  }
});

describe.each([390, 1024, 1280, 1440, 1920])('at %i px wide', (width) => {
  test('no figure wraps or is cut, Download Info holds the figures on screen, instances are told apart; screenshots kept', async () => {
    const viewport = { width, height: 900 };
    const { page, context, pageErrors } = await suite.open(viewport);
    await signIn(page, suite.admin.userId, suite.admin.authToken);
    await page.getByTestId('card-users').waitFor();
    // Fonts decide the widths: measure once they are in.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    expect(await wrappedTexts(page)).toEqual([]);
    expect(await cutTexts(page)).toEqual([]);
    // Nothing wider than the window: no sideways scrolling, on a phone neither.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `workspace-${width}.png`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-button').click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    const shown = await shownFigures(page);
    expect(shown.filter(({ key, value }) => JSON.stringify(valueAt(file, key)) !== JSON.stringify(value))).toEqual([]);
    expect(shown.map(({ key }) => key)).toEqual(expect.arrayContaining(['totalUsers', 'totalMessages', 'uploadsTotalSize', 'process.pid']));

    await page.getByTestId('instances-button').click();
    const modal = page.getByTestId('instances-modal');
    await modal.waitFor();
    const addresses = await modal.getByTestId('instance-address').allInnerTexts();
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses).toEqual(['10.0.0.5:3000', '10.0.0.6:3000']);
    expect(await wrappedTexts(page)).toEqual([]);
    await screenshot(page, `workspace-${width}-instances.png`, false);
    await page.getByTestId('instances-close').click();

    await page.getByTestId('tab-trend').click();
    await page.getByTestId('trend-points').waitFor();
    await screenshot(page, `workspace-${width}-trend.png`, false);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
