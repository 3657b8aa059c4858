import { daysFilter, windowStart, yesterdayOf, type CalendarDay } from '../../src/queries/session-days';

const day = (text: string): CalendarDay => {
  const [year, month, d] = text.split('-').map(Number);
  return { year: year!, month: month!, day: d! };
};

describe("the calendar days of Rocket.Chat's session windows", () => {
  it('yesterday is the UTC day before now, across a year boundary too', () => {
    expect(yesterdayOf(new Date('2026-03-16T00:00:01.000Z'))).toEqual(day('2026-03-15'));
    expect(yesterdayOf(new Date('2026-01-01T23:59:59.000Z'))).toEqual(day('2025-12-31'));
  });

  it('the week is the seven days ending yesterday', () => {
    expect(windowStart(day('2026-03-15'), 'lastWeek')).toEqual(day('2026-03-09'));
    expect(windowStart(day('2026-01-02'), 'lastWeek')).toEqual(day('2025-12-27'));
    expect(windowStart(day('2026-03-15'), 'yesterday')).toEqual(day('2026-03-15'));
  });

  it.each([
    ['2026-03-15', '2026-02-16'],
    ['2026-03-27', '2026-02-28'],
    // February 2026 has 28 days: the day after the 28th of February is the 1st of March.
    ['2026-03-28', '2026-03-01'],
    ['2026-03-31', '2026-03-01'],
    ['2026-02-28', '2026-02-01'],
    ['2024-02-29', '2024-02-01'],
    ['2026-05-30', '2026-05-01'],
    ['2026-05-15', '2026-04-16'],
    ['2026-01-02', '2025-12-03'],
  ])('the month ending %s starts on %s', (end, start) => {
    expect(windowStart(day(end), 'lastMonth')).toEqual(day(start));
  });

  it('filters one range per calendar month', () => {
    expect(daysFilter(day('2026-03-09'), day('2026-03-15'))).toEqual({ year: 2026, month: 3, day: { $gte: 9, $lte: 15 } });
    expect(daysFilter(day('2025-12-03'), day('2026-01-02'))).toEqual({
      $or: [
        { year: 2025, month: 12, day: { $gte: 3, $lte: 31 } },
        { year: 2026, month: 1, day: { $gte: 1, $lte: 2 } },
      ],
    });
  });
});
