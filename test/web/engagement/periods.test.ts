import {
  activeUsersRange,
  busierDayEnd,
  busierWeekEnd,
  customRange,
  daysOf,
  presetRange,
  rangeOf,
  utcDayKey,
} from '../../../web/src/workspace/engagement/periods';

const now = new Date('2026-03-10T22:15:00.000Z');
const iso = (range: { start: Date; end: Date }) => [range.start.toISOString(), range.end.toISOString()];

test('last N days start N days ago at 00:00Z and end today at 23:59:59.999Z, both ends counted', () => {
  expect(iso(presetRange('last 7 days', now))).toEqual(['2026-03-03T00:00:00.000Z', '2026-03-10T23:59:59.999Z']);
  expect(iso(presetRange('last 30 days', now))).toEqual(['2026-02-08T00:00:00.000Z', '2026-03-10T23:59:59.999Z']);
  expect(iso(presetRange('last 90 days', now))).toEqual(['2025-12-10T00:00:00.000Z', '2026-03-10T23:59:59.999Z']);
  expect(daysOf(presetRange('last 7 days', now)).map(utcDayKey)).toEqual([
    '2026-03-03',
    '2026-03-04',
    '2026-03-05',
    '2026-03-06',
    '2026-03-07',
    '2026-03-08',
    '2026-03-09',
    '2026-03-10',
  ]);
  expect(daysOf(presetRange('last 90 days', now))).toHaveLength(91);
});

test('a moment just after midnight UTC already belongs to the new day', () => {
  expect(iso(presetRange('last 7 days', new Date('2026-03-11T00:00:00.001Z')))).toEqual(['2026-03-04T00:00:00.000Z', '2026-03-11T23:59:59.999Z']);
  expect(iso(presetRange('last 7 days', new Date('2026-03-10T23:59:59.999Z')))).toEqual(['2026-03-03T00:00:00.000Z', '2026-03-10T23:59:59.999Z']);
});

test('a custom range runs from its first day 00:00Z to its last day 23:59:59.999Z', () => {
  const range = customRange('2026-02-27', '2026-03-02', now);
  expect('problem' in range ? range : iso(range)).toEqual(['2026-02-27T00:00:00.000Z', '2026-03-02T23:59:59.999Z']);
  expect(daysOf(range as { start: Date; end: Date }).map(utcDayKey)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  const oneDay = customRange('2026-03-10', '2026-03-10', now);
  expect('problem' in oneDay ? oneDay : iso(oneDay)).toEqual(['2026-03-10T00:00:00.000Z', '2026-03-10T23:59:59.999Z']);
});

test.each([
  ['', '2026-03-02', 'Enter both days of the range as dates (year, month, day).'],
  ['2026-02-30', '2026-03-02', 'Enter both days of the range as dates (year, month, day).'],
  ['2026-3-1', '2026-03-02', 'Enter both days of the range as dates (year, month, day).'],
  ['2026-03-05', '2026-03-02', 'The last day of the range comes before its first day: swap them.'],
  ['2026-03-11', '2026-03-12', 'The range starts in the future: pick a first day up to today.'],
  ['2025-03-09', '2026-03-10', 'The range spans more than 366 days: pick a shorter one.'],
])('custom range %p to %p is refused with what to change', (from, to, problem) => {
  expect(customRange(from, to, now)).toEqual({ problem });
});

test('a custom range may span a year and a day', () => {
  const range = customRange('2025-03-10', '2026-03-10', now);
  expect('problem' in range ? range : daysOf(range).length).toBe(366);
});

test('the picker state picks a preset or the custom days', () => {
  expect(iso(rangeOf('last 30 days', { from: '2026-01-01', to: '2026-01-02' }, now) as never)[0]).toBe('2026-02-08T00:00:00.000Z');
  expect(iso(rangeOf('custom', { from: '2026-01-01', to: '2026-01-02' }, now) as never)).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-02T23:59:59.999Z']);
});

test('active-users is asked for 29 more days; busier times for the end of a day or week back', () => {
  expect(iso(activeUsersRange(presetRange('last 30 days', now)))).toEqual(['2026-01-10T00:00:00.000Z', '2026-03-10T23:59:59.999Z']);
  expect([busierDayEnd(now, 0), busierDayEnd(now, 2), busierWeekEnd(now, 1)].map((d) => d.toISOString())).toEqual([
    '2026-03-10T23:59:59.999Z',
    '2026-03-08T23:59:59.999Z',
    '2026-03-03T23:59:59.999Z',
  ]);
});
