/** How far apart the points of a history are; each step is a period of UTC time. */
export type HistoryStepName = 'DAY' | 'WEEK' | 'MONTH';

/** A history answers at most this many steps: 1,000 days (about 2.7 years), weeks (19 years) or months. */
export const maxHistorySteps = 1000;

const dayMs = 24 * 3600 * 1000;

/** The start of the step `at` falls in: the UTC day, the ISO week (Monday 00:00 UTC) or the calendar month. */
export function stepStart(at: Date, step: HistoryStepName): Date {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  if (step === 'DAY') return new Date(day);
  if (step === 'WEEK') return new Date(day - ((at.getUTCDay() + 6) % 7) * dayMs);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

/** How many steps the range from..to touches, both ends included. */
export function countSteps(from: Date, to: Date, step: HistoryStepName): number {
  const [first, last] = [stepStart(from, step), stepStart(to, step)];
  if (step === 'MONTH') return (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
  const stepMs = step === 'DAY' ? dayMs : 7 * dayMs;
  return Math.round((last.getTime() - first.getTime()) / stepMs) + 1;
}
