import { channelLines, channelsCsvRows, roomLabel, sortChannelLines, topFiveLines } from '../../../web/src/workspace/engagement/channel-rows';
import { fillDays, timeOfDayRows, twoHourBuckets, weekDays, weekdayHourGrid } from '../../../web/src/workspace/engagement/day-series';
import type { ChannelsListRow } from '../../../web/src/workspace/engagement/engagement-types';
import { customRange } from '../../../web/src/workspace/engagement/periods';

const range = customRange('2026-03-07', '2026-03-10', new Date('2026-03-10T12:00:00.000Z')) as { start: Date; end: Date };

test('every day of the period gets a bar, 0 where the answer lists none; days outside are ignored', () => {
  expect(
    fillDays(range, [
      { day: '2026-03-09T00:00:00.000Z', value: 4 },
      { day: '2026-03-07T00:00:00.000Z', value: 1 },
      { day: '2026-03-06T00:00:00.000Z', value: 99 },
    ]),
  ).toEqual([
    { day: '2026-03-07', value: 1 },
    { day: '2026-03-08', value: 0 },
    { day: '2026-03-09', value: 4 },
    { day: '2026-03-10', value: 0 },
  ]);
});

test('time-of-day cells go to their weekday (Monday first) and hour, dates of one weekday summed', () => {
  const answer = {
    week: [
      { users: 2, hour: 9, day: 9, month: 3, year: 2026 }, // a Monday
      { users: 1, hour: 9, day: 2, month: 3, year: 2026 }, // the Monday before
      { users: 5, hour: 23, day: 8, month: 3, year: 2026 }, // a Sunday
    ],
  };
  const grid = weekdayHourGrid(answer);
  expect(grid).toHaveLength(24);
  expect(grid[9]).toEqual([3, 0, 0, 0, 0, 0, 0]);
  expect(grid[23]).toEqual([0, 0, 0, 0, 0, 0, 5]);
  expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(8);
  expect(timeOfDayRows(answer)).toEqual([
    ['2026-03-02T09:00:00.000Z', 1],
    ['2026-03-08T23:00:00.000Z', 5],
    ['2026-03-09T09:00:00.000Z', 2],
  ]);
});

test('hourly data falls into twelve 2-hour bars; weekly days are sorted oldest first', () => {
  const buckets = twoHourBuckets({
    hours: [
      { hour: 22, users: 3 },
      { hour: 0, users: 1 },
      { hour: 14, users: 4 },
    ],
  });
  expect(buckets.map((b) => b.hour)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
  expect(buckets.map((b) => b.users)).toEqual([1, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 3]);
  expect(
    weekDays({
      month: [
        { users: 2, day: 1, month: 3, year: 2026 },
        { users: 7, day: 28, month: 2, year: 2026 },
      ],
    }),
  ).toEqual([
    { day: '2026-02-28', value: 7 },
    { day: '2026-03-01', value: 2 },
  ]);
});

const row = (t: 'c' | 'p' | 'd', name: string | undefined, messages: number, ts: string, usernames?: string[]): ChannelsListRow => ({
  room: { _id: `${t}${messages}`, t, name, ts, _updatedAt: `2026-03-0${messages % 9}T00:00:00.000Z`, usernames },
  messages,
  lastWeekMessages: 1,
  diffFromLastWeek: messages - 1,
});

test('rooms are named by name, else by the user names of a direct message', () => {
  expect([roomLabel({ name: 'general' }), roomLabel({ usernames: ['ana', 'bo'] }), roomLabel({ name: '', usernames: ['cy'] })]).toEqual([
    'general',
    'ana × bo',
    'cy',
  ]);
  expect(
    topFiveLines({
      channels: [
        { t: 'd', messages: 9, usernames: ['ana', 'bo'] },
        { t: 'c', messages: 3, name: 'general' },
      ],
    }),
  ).toEqual([
    { rank: 1, t: 'd', name: 'ana × bo', messages: 9 },
    { rank: 2, t: 'c', name: 'general', messages: 3 },
  ]);
});

test('the channels page sorts by any column, ties in the server order; the CSV follows the lines', () => {
  const lines = channelLines([
    row('c', 'general', 5, '2025-01-01T00:00:00.000Z'),
    row('d', undefined, 5, '2025-03-01T00:00:00.000Z', ['ana', 'bo']),
    row('p', 'board', 2, '2025-02-01T00:00:00.000Z'),
  ]);
  const names = (sorted: typeof lines) => sorted.map((line) => line.name);
  expect(names(sortChannelLines(lines, { column: 'messages', direction: 'desc' }))).toEqual(['general', 'ana × bo', 'board']);
  expect(names(sortChannelLines(lines, { column: 'messages', direction: 'asc' }))).toEqual(['board', 'general', 'ana × bo']);
  expect(names(sortChannelLines(lines, { column: 'name', direction: 'asc' }))).toEqual(['ana × bo', 'board', 'general']);
  expect(names(sortChannelLines(lines, { column: 'createdAt', direction: 'desc' }))).toEqual(['ana × bo', 'board', 'general']);
  expect(channelsCsvRows(lines)[1]).toEqual(['d', 'ana × bo', 5, '2026-03-05T00:00:00.000Z', '2025-03-01T00:00:00.000Z']);
});
