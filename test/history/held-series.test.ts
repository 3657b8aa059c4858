import { HeldSeries, heldCount, heldSnapshotOf, type HeldSnapshot } from '../../src/history/held-series';
import { historyFigures } from '../../src/history/history-figures';

const snapshot = (id: string, iso: string, totalUsers?: number): HeldSnapshot =>
  heldSnapshotOf({ _id: id, createdAt: new Date(iso), ...(totalUsers === undefined ? {} : { totalUsers }), legacy: { activeUsers: 5 } })!;
const ids = (series: HeldSeries) => series.between(new Date(0), new Date('2100-01-01')).map((held) => held.id);

describe('held snapshots (no I/O)', () => {
  test('a held snapshot keeps every count at its figure, null where it holds none; none without a createdAt date', () => {
    const held = snapshot('a', '2025-01-01T00:00:00Z', 12);
    expect(heldCount(held, historyFigures.get('totalUsers')!)).toBe(12);
    expect(heldCount(held, historyFigures.get('legacy.activeUsers')!)).toBe(5);
    expect(heldCount(held, historyFigures.get('activeUsers')!)).toBeNull();
    expect(heldSnapshotOf({ _id: 'b', createdAt: '2025-01-01', totalUsers: 1 })).toBeUndefined();
  });

  test('oldest first by createdAt then id, each id once; a prune cutoff keeps out what it removed', () => {
    const series = new HeldSeries();
    series.add([snapshot('c', '2025-01-03T00:00:00Z'), snapshot('a', '2025-01-01T00:00:00Z'), snapshot('b2', '2025-01-02T00:00:00Z')]);
    series.add([snapshot('b1', '2025-01-02T00:00:00Z'), snapshot('a', '2025-01-01T00:00:00Z')]);
    expect(ids(series)).toEqual(['a', 'b1', 'b2', 'c']);
    series.removeBefore(new Date('2025-01-02T00:00:00Z'));
    expect(ids(series)).toEqual(['b1', 'b2', 'c']);
    // A read under way during the prune brings the removed one back: it stays out.
    series.add([snapshot('a', '2025-01-01T00:00:00Z'), snapshot('d', '2025-01-04T00:00:00Z')]);
    expect(ids(series)).toEqual(['b1', 'b2', 'c', 'd']);
    expect(series.first()?.id).toBe('b1');
  });

  test("the prune cutoff is the store's: past the retention, or older than the newest maxCount", () => {
    const series = new HeldSeries();
    series.add(['01', '02', '03', '04'].map((day) => snapshot(day, `2025-01-${day}T00:00:00Z`)));
    const now = new Date('2025-01-10T00:00:00Z');
    const day = 24 * 3600 * 1000;
    expect(series.pruneCutoff({ retentionMs: 100 * day, maxCount: 3 }, now).toISOString()).toBe('2025-01-02T00:00:00.000Z');
    expect(series.pruneCutoff({ retentionMs: 7 * day, maxCount: 3 }, now).toISOString()).toBe('2025-01-03T00:00:00.000Z');
    expect(series.pruneCutoff({ retentionMs: 100 * day, maxCount: 5 }, now).toISOString()).toBe('2024-10-02T00:00:00.000Z');
  });
});
