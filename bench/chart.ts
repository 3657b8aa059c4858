import { queryNames } from '../src/figures/catalog';
import type { BenchResults } from './results';
import { oneFigureName } from './scenarios';
import { spreadOf } from './stats';

interface Bar {
  value: number;
  low: number;
  high: number;
}

interface Row {
  label: string;
  bar(r: BenchResults): Bar | null;
}

const scenarioBar =
  (name: string) =>
  (r: BenchResults): Bar | null => {
    const s = r.scenarios.find((x) => x.name === name);
    return s && s.status !== 'unavailable' ? { value: s.latencyMs.median, low: s.latencyMs.p25, high: s.latencyMs.p75 } : null;
  };
const loadBar =
  (name: string) =>
  (r: BenchResults): Bar | null => {
    const l = r.load.find((x) => x.name === name);
    return l ? { value: l.latencyMs.p50, low: l.latencyMs.p50, high: l.latencyMs.p99 } : null;
  };

const rows: Row[] = [
  { label: 'floor (driver, every query in parallel)', bar: scenarioBar('floor') },
  { label: "eager (Rocket.Chat's sequential counts)", bar: scenarioBar('eager') },
  { label: 'gateway whole document, GraphQL', bar: scenarioBar('graphqlWhole') },
  { label: 'gateway whole document, REST', bar: scenarioBar('restWhole') },
  { label: 'same, queue of 22, no time limit', bar: scenarioBar('queue22.graphqlWhole') },
  {
    label: 'gateway one figure (median query)',
    bar: (r) => {
      const medians = queryNames.map((f) => r.scenarios.find((s) => s.name === oneFigureName(f))?.latencyMs.median).filter((v): v is number => v !== undefined);
      if (medians.length === 0) return null;
      const s = spreadOf(medians);
      return { value: s.median, low: s.min, high: s.max };
    },
  },
  { label: 'load: dashboard, cached (p50, p99)', bar: loadBar('dashboard') },
  { label: 'load: { __typename } (p50, p99)', bar: loadBar('typename') },
];

const colors: Record<string, string> = { small: '#4e79a7', large: '#e15759' };

/**
 * Latency by scenario and scale on a log axis: bars are medians, whiskers p25–p75 (one figure:
 * fastest–slowest family; load: up to p99).
 */
export function latencyChart(results: BenchResults[]): string {
  const left = 300;
  const width = 960;
  const plot = width - left - 70;
  const barHeight = 12;
  const rowHeight = results.length * (barHeight + 3) + 12;
  const top = 60;
  const height = top + rows.length * rowHeight + 40;
  const bars = results.flatMap((r) => rows.map((row) => row.bar(r))).filter((b): b is Bar => b !== null);
  const lo = Math.floor(Math.log10(Math.max(0.01, Math.min(...bars.map((b) => Math.min(b.value, b.low))))));
  const hi = Math.ceil(Math.log10(Math.max(...bars.map((b) => Math.max(b.value, b.high)))));
  const x = (v: number) => left + ((Math.log10(Math.max(v, 10 ** lo)) - lo) / Math.max(1, hi - lo)) * plot;
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="20" font-size="15" font-weight="bold">Latency by scenario and scale (ms, log scale)</text>`,
  ];
  results.forEach((r, i) => {
    out.push(`<rect x="${left + i * 260}" y="32" width="12" height="12" fill="${colors[r.scale] ?? '#888'}"/>`);
    out.push(
      `<text x="${left + i * 260 + 18}" y="42">${r.scale}: ${r.workspace ? `${r.workspace.options.users} users, ${r.workspace.options.messages} messages` : 'an existing database'}</text>`,
    );
  });
  for (let d = lo; d <= hi; d++) {
    out.push(`<line x1="${x(10 ** d)}" y1="${top - 6}" x2="${x(10 ** d)}" y2="${height - 30}" stroke="#ddd"/>`);
    out.push(`<text x="${x(10 ** d)}" y="${height - 14}" text-anchor="middle">${10 ** d >= 1 ? 10 ** d : (10 ** d).toFixed(-d)}</text>`);
  }
  rows.forEach((row, i) => {
    const y0 = top + i * rowHeight;
    out.push(`<text x="${left - 8}" y="${y0 + rowHeight / 2}" text-anchor="end" dominant-baseline="middle">${text(row.label)}</text>`);
    results.forEach((r, j) => {
      const bar = row.bar(r);
      const y = y0 + 4 + j * (barHeight + 3);
      if (!bar) {
        out.push(`<text x="${left + 4}" y="${y + barHeight - 2}" fill="#999">${r.scale}: not measured</text>`);
        return;
      }
      const color = colors[r.scale] ?? '#888';
      out.push(`<rect x="${left}" y="${y}" width="${Math.max(1, x(bar.value) - left)}" height="${barHeight}" fill="${color}"/>`);
      out.push(`<line x1="${x(bar.low)}" y1="${y + barHeight / 2}" x2="${x(bar.high)}" y2="${y + barHeight / 2}" stroke="#222"/>`);
      out.push(`<line x1="${x(bar.high)}" y1="${y + 2}" x2="${x(bar.high)}" y2="${y + barHeight - 2}" stroke="#222"/>`);
      const label = bar.value >= 100 ? bar.value.toFixed(0) : bar.value >= 10 ? bar.value.toFixed(1) : bar.value.toFixed(2);
      out.push(`<text x="${Math.max(x(bar.value), x(bar.high)) + 4}" y="${y + barHeight - 2}" font-size="10">${label}</text>`);
    });
  });
  out.push('</svg>', '');
  return out.join('\n');
}
