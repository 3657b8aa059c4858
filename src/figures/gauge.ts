import type { Figure } from './figure';

/** A Prometheus gauge of workspace figures: one series per figure, told apart by labels. */
export interface WorkspaceGauge {
  /** The name after `rcstats_workspace_`. */
  name: string;
  help: string;
  series: Array<{ labels: Record<string, string>; figure: Figure }>;
}

/** A gauge of one figure, or of several figures that add up (users by status, rooms by type). */
export function gauge(name: string, help: string, series: Figure | Array<[labels: Record<string, string>, figure: Figure]>): WorkspaceGauge {
  return {
    name,
    help,
    series: Array.isArray(series) ? series.map(([labels, figure]) => ({ labels, figure })) : [{ labels: {}, figure: series }],
  };
}
