import { allFigures } from '../../src/figures/catalog';
import { wireKey } from '../../src/figures/figure';
import { rocketChatKeys } from '../../src/rest/rocketchat-keys';
import { storedNamesOf, wireLayout } from '../../src/rest/wire-format';
import { readSeedResponse } from './seed-document';

/** The wire formats as the figure declarations make them (no server needed). */
describe.each(['0.61', 'current'] as const)('the %s wire format', (format) => {
  const declared = allFigures.flatMap((figure) => {
    const key = wireKey(figure, format);
    return key === undefined ? [] : [key];
  });

  it("declares every key under a top-level key of Rocket.Chat's list, once", () => {
    expect(declared.filter((key) => !rocketChatKeys[format].includes(key.split('.')[0]))).toEqual([]);
    expect(declared.filter((key, i) => declared.indexOf(key) !== i)).toEqual([]);
  });

  it("writes its keys in the order of Rocket.Chat's list", () => {
    const written = wireLayout(format).map((entry) => entry.key);
    expect(written).toEqual(rocketChatKeys[format].filter((key) => written.includes(key)));
  });
});

test("0.61's key list is the seed document's, in its order, and every key of it is served", () => {
  const seedKeys = Object.keys(readSeedResponse().statistics);
  expect(rocketChatKeys['0.61']).toEqual(seedKeys);
  expect(wireLayout('0.61').map((entry) => entry.key)).toEqual(seedKeys);
});

test('statistics.list sorts and filters wire names by their stored fields', () => {
  expect(storedNamesOf('0.61')).toEqual({
    totlalLivechat: 'totalLivechat',
    activeUsers: 'legacy.activeUsers',
    nonActiveUsers: 'legacy.nonActiveUsers',
    onlineUsers: 'legacy.onlineUsers',
    awayUsers: 'legacy.awayUsers',
    offlineUsers: 'legacy.offlineUsers',
    totalMessages: 'legacy.totalMessages',
    totalChannelMessages: 'legacy.totalChannelMessages',
    totalPrivateGroupMessages: 'legacy.totalPrivateGroupMessages',
    'migration._id': 'migration.id',
  });
  const current = storedNamesOf('current');
  expect(current).toMatchObject({
    'apps.engineVersion': 'appsEngineVersion',
    'migration._id': 'migration.id',
    totalLivechatVisitors: 'omnichannel.totalVisitors',
    uniqueUsersOfLastMonth: 'sessions.uniqueUsers.lastMonth',
    push: 'push.settingsBitmask',
  });
  // teams.totalTeams is stored under its own path, so it needs no renaming.
  expect(current['teams.totalTeams']).toBeUndefined();
});
