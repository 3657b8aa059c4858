import type { HistoryStep } from '../../generated/graphql';

export type TrendRange = '30d' | '1y' | 'all';

export const trendRanges: { id: TrendRange; label: string }[] = [
  { id: '30d', label: '30 days' },
  { id: '1y', label: '1 year' },
  { id: 'all', label: 'All' },
];

export interface HistoryWindow {
  from: Date;
  to: Date;
  step: HistoryStep;
}

const dayMs = 24 * 3600 * 1000;

/**
 * The range a picker choice asks `history` for. "All" begins with the oldest snapshot the database
 * holds and takes the shortest step that keeps a few hundred points at most (the gateway answers
 * at most 1,000 steps): days up to a year, then weeks, months beyond 19 years.
 */
export function historyWindow(range: TrendRange, now: Date, begins: Date | null): HistoryWindow {
  if (range === '30d') return { from: new Date(now.getTime() - 30 * dayMs), to: now, step: 'DAY' };
  if (range === '1y') return { from: new Date(now.getTime() - 365 * dayMs), to: now, step: 'DAY' };
  const from = begins && begins.getTime() < now.getTime() ? begins : now;
  const days = (now.getTime() - from.getTime()) / dayMs;
  return { from, to: now, step: days <= 366 ? 'DAY' : days <= 990 * 7 ? 'WEEK' : 'MONTH' };
}
