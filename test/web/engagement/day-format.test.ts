import { formatHour, thinTicks } from '../../../web/src/workspace/engagement/day-format';

const days = Array.from({ length: 31 }, (_, index) => `d${index}`);

test('an axis keeps about one label per 48 px, always the last day, evenly spaced', () => {
  expect(thinTicks(days.slice(0, 8), 1400)).toEqual(days.slice(0, 8));
  // 300 px: room for 6 labels; 31 days → every 6th, counted back from the last.
  expect(thinTicks(days, 300)).toEqual(['d0', 'd6', 'd12', 'd18', 'd24', 'd30']);
  expect(thinTicks(days, 10)).toEqual(['d14', 'd30']);
});

test('hours are written on 24 hours with two digits', () => {
  expect([0, 9, 14, 24].map(formatHour)).toEqual(['00:00', '09:00', '14:00', '24:00']);
});
