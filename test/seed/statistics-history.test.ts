import { generateWorkspace } from '../../src/seed/generate';
import { presetOptions } from '../../src/seed/options';
import { historyOutage, historyRefreshDay, historyVersions } from '../../src/seed/statistics-history';

const small = generateWorkspace(presetOptions('small'));
const [newest, ...daily] = [...small.documents('rocketchat_statistics')];
const day = (date: Date) => date.toISOString().slice(0, 10);

describe("the seeded rocketchat_statistics: Rocket.Chat's newest snapshot, then two years of daily ones", () => {
  test('the newest stays first and newest; the daily ones end the day before it and begin two years earlier', () => {
    expect(small.counts.rocketchat_statistics).toBe(1 + daily.length);
    expect([newest!.version, day(newest!.createdAt)]).toEqual(['6.12.0', '2025-12-25']);
    expect([day(daily[0]!.createdAt), day(daily.at(-1)!.createdAt)]).toEqual(['2023-12-26', '2025-12-24']);
    // 730 days, less the three-day outage, plus the day with a second snapshot.
    expect(daily).toHaveLength(730 - historyOutage.days + 1);
    expect(daily.every((snapshot, index) => index === 0 || snapshot.createdAt > daily[index - 1]!.createdAt)).toBe(true);
    expect(daily.filter((snapshot) => day(snapshot.createdAt) === day(historyRefreshDay))).toHaveLength(2);
    expect(daily.some((snapshot) => day(snapshot.createdAt) === '2025-06-08')).toBe(false);
  });

  test('the workspace grows, ending where the newest snapshot stands', () => {
    const users = daily.map((snapshot) => snapshot.totalUsers as number);
    expect(users.every((count, index) => index === 0 || count >= users[index - 1]!)).toBe(true);
    expect([users[0], users.at(-1)]).toEqual([315, newest!.totalUsers]);
    expect(daily.at(-1)!.totalMessages).toBe(newest!.totalMessages);
    expect(daily.at(-1)!.activeUsers).toBe(newest!.activeUsers);
  });

  test("one definition change: 0.74.3 stored the 0.61 keys and definitions, 6.10.0 and later today's", () => {
    const upgrade = historyVersions[1]!.from;
    const before = daily.filter((snapshot) => snapshot.createdAt < upgrade);
    const after = daily.filter((snapshot) => snapshot.createdAt >= upgrade);
    expect(new Set(before.map((snapshot) => snapshot.version))).toEqual(new Set(['0.74.3']));
    expect(new Set(after.map((snapshot) => snapshot.version))).toEqual(new Set(['6.10.0', '6.11.1', '6.12.0']));
    expect(before.every((snapshot) => 'totlalLivechat' in snapshot && !('totalLivechat' in snapshot) && !('busyUsers' in snapshot))).toBe(true);
    expect(after.every((snapshot) => 'totalLivechat' in snapshot && !('totlalLivechat' in snapshot) && 'busyUsers' in snapshot)).toBe(true);
    // The last day before the upgrade counted every active user and every message document: more than the day after.
    const [last, first] = [before.at(-1)!, after[0]!];
    expect(last.activeUsers).toBeGreaterThan(first.activeUsers);
    expect(last.totalMessages).toBeGreaterThan(first.totalMessages);
  });
});
