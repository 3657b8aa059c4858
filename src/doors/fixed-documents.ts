import { allFigures, workspaceGauges } from '../figures/catalog';
import type { Figure } from '../figures/figure';
import { exporterFigures } from '../metrics/rocketchat-exporter';

// The text of the fixed documents derived from the figure catalog (npm run generate writes them into
// src/operations, where codegen types them; test/schema/drift.test.ts fails when they are stale).

const generatedHeader = '# Generated from src/figures/catalog.ts by `npm run generate`; do not edit.\n';

function selectionOf(figure: Figure): string {
  return figure.selection ? `${figure.name} ${figure.selection}` : figure.name;
}

/** Every figure: what REST's snapshots, takeSnapshot and the whole-document benchmarks select. */
export function allFiguresFragment(): string {
  const lines = allFigures.filter((figure) => figure.group === 'statistics').map((figure) => `  ${selectionOf(figure)}`);
  const legacy = allFigures.filter((figure) => figure.group === 'legacy').map((figure) => `    ${selectionOf(figure)}`);
  return `${generatedHeader}\nfragment AllFigures on Statistics {\n${lines.join('\n')}\n  legacy {\n${legacy.join('\n')}\n  }\n}\n`;
}

/**
 * The document behind GET /metrics: the figures of the workspace gauges and of Rocket.Chat's exporter
 * names, and when the gateway last stored a snapshot (rcstats_last_snapshot_timestamp_seconds).
 */
export function metricsDocument(): string {
  const figures = [...workspaceGauges.flatMap((gauge) => gauge.series.map((series) => series.figure)), ...exporterFigures()];
  const selections = [...new Set(figures.map(selectionOf))];
  const statistics = selections.map((selection) => `    ${selection}`).join('\n');
  return `${generatedHeader}\nquery MetricsFigures {\n  statistics {\n${statistics}\n  }\n  lastSnapshotAt\n}\n`;
}
