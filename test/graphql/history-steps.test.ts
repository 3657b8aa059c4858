import { countSteps, stepStart } from '../../src/history/history-steps';

const at = (iso: string) => new Date(iso);

describe('history steps (UTC)', () => {
  test.each([
    ['DAY', '2025-03-09T23:59:59.999Z', '2025-03-09T00:00:00.000Z'],
    // A Sunday belongs to the week of the Monday before it; a Monday starts its own.
    ['WEEK', '2025-03-09T23:00:00.000Z', '2025-03-03T00:00:00.000Z'],
    ['WEEK', '2025-03-10T00:00:00.000Z', '2025-03-10T00:00:00.000Z'],
    ['MONTH', '2024-02-29T12:00:00.000Z', '2024-02-01T00:00:00.000Z'],
  ] as const)('%s of %s starts %s', (step, time, start) => {
    expect(stepStart(at(time), step).toISOString()).toBe(start);
  });

  test.each([
    ['DAY', '2025-03-01T23:00:00Z', '2025-03-02T01:00:00Z', 2],
    ['DAY', '2024-01-01T00:00:00Z', '2024-12-31T00:00:00Z', 366],
    ['WEEK', '2025-03-09T00:00:00Z', '2025-03-10T00:00:00Z', 2],
    ['MONTH', '2024-11-15T00:00:00Z', '2025-02-01T00:00:00Z', 4],
    ['MONTH', '2025-01-01T00:00:00Z', '2025-01-31T23:59:59Z', 1],
  ] as const)('%s from %s to %s touches %i steps', (step, from, to, steps) => {
    expect(countSteps(at(from), at(to), step)).toBe(steps);
  });
});
