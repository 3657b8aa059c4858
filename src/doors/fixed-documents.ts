import { allFigures, childGroups, workspaceGauges } from '../figures/catalog';
import { rootGroup, type Figure, type FigureGroup } from '../figures/figure';
import { exporterFigures } from '../metrics/rocketchat-exporter';

// The text of the fixed documents derived from the figure catalog (npm run generate writes them into
// src/operations, where codegen types them; test/schema/drift.test.ts fails when they are stale).

const generatedHeader = '# Generated from src/figures/catalog.ts by `npm run generate`; do not edit.\n';

function selectionOf(figure: Figure): string {
  return figure.selection ? `${figure.name} ${figure.selection}` : figure.name;
}

/** Every figure: what REST's snapshots, takeSnapshot and the whole-document benchmarks select. */
export function allFiguresFragment(): string {
  return `${generatedHeader}\nfragment AllFigures on Statistics {\n${groupLines(rootGroup, '  ').join('\n')}\n}\n`;
}

/** A group's figures, then its nested groups with theirs, indented by depth. */
function groupLines(group: FigureGroup, indent: string): string[] {
  const figures = allFigures.filter((figure) => figure.group === group).map((figure) => `${indent}${selectionOf(figure)}`);
  const nested = childGroups(group).flatMap((child) => [
    `${indent}${child.slice(child.lastIndexOf('.') + 1)} {`,
    ...groupLines(child, `${indent}  `),
    `${indent}}`,
  ]);
  return [...figures, ...nested];
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
