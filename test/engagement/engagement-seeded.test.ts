import { seedWorkspace, type SeedResult } from '../../src/seed/insert';
import { startHarness, type Harness } from '../helpers/harness';

// A seeded workspace gives the dashboard something to show: users active every past day of the last
// 30, messages with a working week's rhythm, every room type, five top channels. A fifth of the small
// preset's size (the rhythm does not depend on it), so that seeding stays short on a busy machine.
const now = new Date('2026-11-21T15:00:00.000Z');
const day = 24 * 3600 * 1000;
const lastThirtyDays = { start: new Date(Date.UTC(2026, 10, 21) - 30 * day).toISOString(), end: '2026-11-21T23:59:59.999Z' };

// A 30-day period's first request queries each day of messages: minutes on a loaded machine (no timing is asserted).
const slow = 600_000;

let h: Harness;
let seeded: SeedResult;

beforeAll(async () => {
  h = await startHarness({ clock: () => now.getTime() });
  seeded = await seedWorkspace(h.db, { users: 300, rooms: 60, messages: 8000, seed: 1 }, { now });
}, 300_000);
afterAll(() => h.close(), slow);

const rest = async (path: string) => {
  const answer = await h.rest(`/api/v1/engagement-dashboard/${path}?${new URLSearchParams(lastThirtyDays)}`, {
    'x-user-id': seeded.admin.userId,
    'x-auth-token': seeded.admin.authToken,
  });
  expect(answer.status).toBe(200);
  return answer.json;
};
const weekdayOf = (iso: string) => new Date(iso).getUTCDay();
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

it(
  'active users on each of the 30 past days of the period (today is not aggregated yet), more on weekdays',
  async () => {
    const { month } = await rest('users/active-users');
    const days = month.map((entry: { year: number; month: number; day: number }) => Date.UTC(entry.year, entry.month - 1, entry.day));
    expect(days).toEqual(Array.from({ length: 30 }, (_, k) => Date.UTC(2026, 10, 20) - k * day));
    expect(month.every((entry: { users: number; usersList: string[] }) => entry.users > 0 && entry.usersList.length === entry.users)).toBe(true);
    const weekend = month.filter((_: unknown, k: number) => [0, 6].includes(new Date(days[k]).getUTCDay())).map((entry: { users: number }) => entry.users);
    const weekdays = month.filter((_: unknown, k: number) => ![0, 6].includes(new Date(days[k]).getUTCDay())).map((entry: { users: number }) => entry.users);
    expect(mean(weekdays)).toBeGreaterThan(2 * mean(weekend));
  },
  slow,
);

it(
  'users signed up during the period, following the clock the workspace was seeded by',
  async () => {
    const { days, period } = await rest('users/new-users');
    const users = days.map((entry: { users: number }) => entry.users);
    expect(period.count).toBe(users.reduce((sum: number, count: number) => sum + count, 0));
    expect(period.count).toBeGreaterThan(10);
    expect(users.filter((count: number) => count > 0).length).toBeGreaterThan(5);
  },
  slow,
);

it(
  'messages on every day of the period, following the weekly rhythm and growing',
  async () => {
    const { days, period } = await rest('messages/messages-sent');
    expect(days).toHaveLength(31);
    const count = (filter: (weekday: number) => boolean) =>
      days.filter((entry: { day: string }) => filter(weekdayOf(entry.day))).map((entry: { messages: number }) => entry.messages);
    expect(mean(count((weekday) => weekday >= 1 && weekday <= 4))).toBeGreaterThan(2 * mean(count((weekday) => weekday === 0 || weekday === 6)));
    expect(period.count).toBe(days.reduce((sum: number, entry: { messages: number }) => sum + entry.messages, 0));
    // The previous 30 days held fewer: the workspace grows.
    expect(period.variation).toBeGreaterThan(0);
  },
  slow,
);

it(
  'messages in channels, private groups and direct messages; five top channels',
  async () => {
    const { origins } = await rest('messages/origin');
    expect(origins.map((origin: { t: string }) => origin.t).sort()).toEqual(['c', 'd', 'p']);
    expect(origins.every((origin: { messages: number }) => origin.messages > 0)).toBe(true);
    const { channels } = await rest('messages/top-five-popular-channels');
    expect(channels).toHaveLength(5);
  },
  slow,
);

it(
  'users across the hours of the week, busiest in office hours',
  async () => {
    const { week } = await rest('users/users-by-time-of-the-day-in-a-week');
    const byHour = (hour: number) =>
      week.filter((cell: { hour: number }) => cell.hour === hour).reduce((sum: number, cell: { users: number }) => sum + cell.users, 0);
    expect(byHour(11)).toBeGreaterThan(3 * byHour(2));
  },
  slow,
);
