import type { Db } from 'mongodb';
import { dayOf, monthsOf, runsOf, type Day, type DayRun } from '../../src/engagement/calendar';
import { activeUsersFamily, newUsersFamily, sessionHoursFamily, type DayFamily } from '../../src/engagement/day-families';
import { insertMany } from '../helpers/fixtures';
import { startTestDatabase, type TestDatabase } from '../helpers/database';
import { buildEngagementWorkspace } from './engagement-workspace';

const day = (iso: string) => dayOf(new Date(iso));

describe('runs of days', () => {
  it('consecutive days form one run; a stretch longer than the longest run is cut into nearly equal runs', () => {
    expect(runsOf([5, 3, 4, 9, 4, 12, 11], 31)).toEqual([
      { first: 3, last: 5 },
      { first: 9, last: 9 },
      { first: 11, last: 12 },
    ]);
    expect(
      runsOf(
        Array.from({ length: 63 }, (_, k) => 100 + k),
        31,
      ),
    ).toEqual([
      { first: 100, last: 120 },
      { first: 121, last: 141 },
      { first: 142, last: 162 },
    ]);
    expect(
      runsOf(
        Array.from({ length: 33 }, (_, k) => k),
        31,
      ),
    ).toEqual([
      { first: 0, last: 16 },
      { first: 17, last: 32 },
    ]);
    expect(runsOf([], 31)).toEqual([]);
    expect(runsOf([7, 8, 9], 1)).toEqual([
      { first: 7, last: 7 },
      { first: 8, last: 8 },
      { first: 9, last: 9 },
    ]);
  });

  it('a run is read as one range of day numbers per calendar month it touches', () => {
    expect(monthsOf({ first: day('2024-01-31T00:00:00.000Z'), last: day('2024-03-01T00:00:00.000Z') })).toEqual([
      { year: 2024, month: 1, firstDay: 31, lastDay: 31 },
      { year: 2024, month: 2, firstDay: 1, lastDay: 29 },
      { year: 2024, month: 3, firstDay: 1, lastDay: 1 },
    ]);
    expect(monthsOf({ first: day('2026-12-30T00:00:00.000Z'), last: day('2027-01-02T00:00:00.000Z') })).toEqual([
      { year: 2026, month: 12, firstDay: 30, lastDay: 31 },
      { year: 2027, month: 1, firstDay: 1, lastDay: 2 },
    ]);
  });
});

describe("a run's query split by day answers what each day's own query answers", () => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await startTestDatabase();
    db = database.handle.db;
    await buildEngagementWorkspace(db);
    // Documents at the edges of days, and some no day query matches.
    await insertMany(db, 'users', [
      { username: 'midnight', roles: ['user'], createdAt: new Date('2026-11-18T00:00:00.000Z') },
      { username: 'last-moment', roles: ['user'], createdAt: new Date('2026-11-17T23:59:59.999Z') },
      { username: 'october', roles: ['user'], createdAt: new Date('2026-10-31T12:00:00.000Z') },
      { username: 'text-date', roles: ['user'], createdAt: '2026-11-16T12:00:00.000Z' },
    ]);
    const daily = (fields: Record<string, unknown>) => ({ type: 'user_daily', userId: 'userC', year: 2026, month: 11, mostImportantRole: 'user', ...fields });
    await insertMany(db, 'rocketchat_sessions', [
      daily({ day: 17 }),
      daily({ day: 17, userId: 'userD' }),
      daily({ month: 10, day: 31 }),
      daily({ day: 17.5 }),
      daily({ day: '16' }),
      daily({ day: 17, userId: 42 }),
      daily({ month: 11, day: 31 }),
      {
        type: 'computed-session',
        userId: 'userC',
        loginAt: new Date('2026-11-17T23:59:59.999Z'),
        closedAt: new Date('2026-11-18T00:30:00.000Z'),
        year: 2026,
        month: 11,
        day: 17,
      },
      { type: 'computed-session', userId: 'userD', loginAt: new Date('2026-10-31T22:00:00.000Z'), year: 2026, month: 10, day: 31 },
    ]);
  });
  afterAll(() => database.stop());

  const byDayQueries = async <Raw, Kept, Document>(family: DayFamily<Raw, Kept, Document>, run: DayRun) => {
    const byDay = new Map<Day, Kept>();
    for (let d = run.first; d <= run.last; d++) byDay.set(d, family.toKept(await family.query(d).run(db)));
    return byDay;
  };
  const byRunQuery = async <Raw, Kept, Document>(family: DayFamily<Raw, Kept, Document>, run: DayRun) => {
    const split = family.run!.split(await family.run!.query(run).run(db), run);
    return new Map([...split].map(([d, raw]) => [d, family.toKept(raw)]));
  };
  const runs: Record<string, DayRun> = {
    'across a month': { first: day('2026-10-25T00:00:00.000Z'), last: day('2026-11-20T00:00:00.000Z') },
    'within a month': { first: day('2026-11-12T00:00:00.000Z'), last: day('2026-11-19T00:00:00.000Z') },
    'two days': { first: day('2026-11-17T00:00:00.000Z'), last: day('2026-11-18T00:00:00.000Z') },
  };

  for (const [name, run] of Object.entries(runs)) {
    it(`new users, ${name}`, async () => {
      const expected = await byDayQueries(newUsersFamily, run);
      expect(await byRunQuery(newUsersFamily, run)).toEqual(expected);
      expect([...expected.values()].some((count) => count > 0)).toBe(true);
    });
    it(`daily sessions, ${name}`, async () => {
      const expected = await byDayQueries(activeUsersFamily, run);
      expect(await byRunQuery(activeUsersFamily, run)).toEqual(expected);
      expect([...expected.values()].some((active) => active.documents > 0)).toBe(true);
    });
    it(`logins, ${name}`, async () => {
      const expected = await byDayQueries(sessionHoursFamily, run);
      expect(await byRunQuery(sessionHoursFamily, run)).toEqual(expected);
      expect([...expected.values()].some((hours) => hours.sessions > 0)).toBe(true);
    });
  }

  it('the edge cases land on the days their own queries give them', async () => {
    const run = runs['two days'];
    const newUsers = await byRunQuery(newUsersFamily, run);
    expect([...newUsers.values()]).toEqual([1, 1]);
    const active = await byRunQuery(activeUsersFamily, run);
    expect(active.get(run.first)).toEqual({ userIds: ['userC', 'userD'], documents: 2 });
    const logins = await byRunQuery(sessionHoursFamily, run);
    expect(logins.get(run.first)?.sessions).toBe(1);
    expect(logins.get(run.last)?.sessions).toBe(0);
  });
});
