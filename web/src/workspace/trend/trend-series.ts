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
