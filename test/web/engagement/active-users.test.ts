import { deriveActiveUsers } from '../../../web/src/workspace/engagement/active-users';
import type { ActiveUsersDay } from '../../../web/src/workspace/engagement/engagement-types';
import { customRange, utcDayKey } from '../../../web/src/workspace/engagement/periods';

const now = new Date('2026-03-10T12:00:00.000Z');
const range = (from: string, to: string) => customRange(from, to, now) as { start: Date; end: Date };

function day(key: string, usersList: string[]): ActiveUsersDay {
  const [year, month, dayOfMonth] = key.split('-').map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth, usersList, users: usersList.length };
}

test('DAU counts the day, WAU the 7 days and MAU the 30 days ending that day, each user once', () => {
  const month = [
    day('2026-02-01', ['old']), // 35 days before the last day: in no window of the period
    day('2026-02-10', ['ana']), // inside every MAU window of the period (the last one starts 2026-02-09)
    day('2026-03-01', ['ana', 'bo']),
    day('2026-03-04', ['bo']),
    day('2026-03-08', ['cy']),
    day('2026-03-09', ['bo', 'cy']),
  ];
  const { points, latest, change } = deriveActiveUsers(month, range('2026-03-07', '2026-03-10'));
  expect(points.map((p) => [utcDayKey(p.day), p.dau, p.wau, p.mau])).toEqual([
    ['2026-03-07', 0, 2, 2], // WAU 03-01..03-07: ana, bo; MAU 02-06..03-07: ana, bo
    ['2026-03-08', 1, 2, 3], // WAU 03-02..03-08: bo, cy; MAU 02-07..03-08: ana, bo, cy
    ['2026-03-09', 2, 2, 3],
    ['2026-03-10', 0, 2, 3], // MAU 02-09..03-10 still holds ana of 02-10
  ]);
  expect(latest).toEqual({ dau: 0, wau: 2, mau: 3 });
  expect(change).toEqual({ dau: -2, wau: 0, mau: 0 });
});

test('a user active on two devices (twice in one day) is one user', () => {
  const { points } = deriveActiveUsers([day('2026-03-10', ['ana', 'ana', 'bo'])], range('2026-03-10', '2026-03-10'));
  expect(points.map((p) => [p.dau, p.wau, p.mau])).toEqual([[2, 2, 2]]);
});

test('days without sessions are zero and the period has one point per day', () => {
  const { points, latest, change } = deriveActiveUsers([], range('2026-02-01', '2026-03-02'));
  expect(points).toHaveLength(30);
  expect(points.every((p) => p.dau === 0 && p.wau === 0 && p.mau === 0)).toBe(true);
  expect([latest, change]).toEqual([
    { dau: 0, wau: 0, mau: 0 },
    { dau: 0, wau: 0, mau: 0 },
  ]);
});
