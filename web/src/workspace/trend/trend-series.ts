import type { SnapshotSource, WorkspaceHistoryQuery } from '../../generated/graphql';

export type HistoryPoint = WorkspaceHistoryQuery['history']['points'][number];

export interface TrendLine {
  /** The figure's path in Statistics, as `history` names it. */
  figure: string;
  label: string;
  colour: string;
}

/** Lines of one unit share one chart and one scale from zero, so a change of 1 in 223 stays a change of 1. */
export interface TrendChart {
  unit: 'users' | 'rooms' | 'messages';
  title: string;
  lines: TrendLine[];
}

// Fuselage's palette tokens (with their light-theme values as fallbacks); nivo needs plain colours.
const blue = '#156ff5';
const green = '#148660';
const grey = '#9ea2a8';
const red = '#d40c26';

/**
 * Rocket.Chat 0.x stored activeUsers and totalMessages under their 0.61 definitions: those years
 * draw as the `legacy.` lines, today's definition starts where the snapshots started using it.
 */
export const trendCharts: TrendChart[] = [
  {
    unit: 'users',
    title: 'Users',
    lines: [
      { figure: 'totalUsers', label: 'Users', colour: blue },
      { figure: 'activeUsers', label: 'Active users', colour: green },
      { figure: 'legacy.activeUsers', label: 'Active users (0.61 definition)', colour: grey },
    ],
  },
  { unit: 'rooms', title: 'Rooms', lines: [{ figure: 'totalRooms', label: 'Rooms', colour: blue }] },
  {
    unit: 'messages',
    title: 'Messages',
    lines: [
      { figure: 'totalMessages', label: 'Messages', colour: red },
      { figure: 'legacy.totalMessages', label: 'Messages (0.61 definition)', colour: grey },
    ],
  },
];

export const trendFigures = trendCharts.flatMap((chart) => chart.lines.map((line) => line.figure));

export interface TrendDatum {
  x: Date;
  y: number | null;
  source: SnapshotSource;
  rocketChatVersion: string | null;
  definitions: string;
}

export interface TrendSeries {
  id: string;
  label: string;
  colour: string;
  data: TrendDatum[];
}

/** A line's value at each point, null where that snapshot holds none under the line's definition. */
export function valuesOf(points: HistoryPoint[], figure: string): (number | null)[] {
  return points.map((point) => point.values.find((value) => value.figure === figure)?.value ?? null);
}

/** The chart's lines, by the snapshot's time; a line with no value in the range is left out. */
export function seriesOf(chart: TrendChart, points: HistoryPoint[]): TrendSeries[] {
  return chart.lines
    .map((line) => ({
      id: line.figure,
      label: line.label,
      colour: line.colour,
      data: valuesOf(points, line.figure).map((y, index) => {
        const point = points[index]!;
        return { x: new Date(point.takenAt), y, source: point.source, rocketChatVersion: point.rocketChatVersion, definitions: point.definitions };
      }),
    }))
    .filter((series) => series.data.some((datum) => datum.y !== null));
}

/**
 * The top of a chart's scale, four ticks above zero: the next round whole step (1, 1.5, 2, 2.5, 3,
 * 4, 5, 6 or 8 × 10ⁿ) times four, at or above the largest value plus a twentieth, so the highest
 * line never runs along the top edge and every tick is a whole count.
 */
export function scaleTop(largest: number): number {
  const wantedStep = Math.max(1, (largest * 1.05) / 4);
  const magnitude = 10 ** Math.floor(Math.log10(wantedStep));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
    .map((factor) => factor * magnitude)
    .find((candidate) => candidate >= wantedStep && Number.isInteger(candidate))!;
  return 4 * step;
}

/** The largest value any line of the chart reaches. */
export function largestValue(series: TrendSeries[]): number {
  return Math.max(0, ...series.flatMap((line) => line.data.map((datum) => datum.y ?? 0)));
}
