import { Box, Card, CardBody } from '@rocket.chat/fuselage';
import type { TrendPoint } from './figures';
import { SectionTitle } from './figure-row';
import { formatCount, formatShortDate } from './format';

type SeriesField = 'totalUsers' | 'onlineUsers' | 'totalMessages';

// Fuselage's palette tokens (with their light-theme values as fallbacks).
const series: { field: SeriesField; label: string; colour: string }[] = [
  { field: 'totalUsers', label: 'Users', colour: 'var(--rcx-color-stroke-highlight, #156ff5)' },
  { field: 'onlineUsers', label: 'Online users', colour: 'var(--rcx-color-status-font-on-success, #148660)' },
  { field: 'totalMessages', label: 'Messages', colour: 'var(--rcx-color-status-font-on-danger, #d40c26)' },
];

// Drawing units; the SVG stretches to the card's width, lines keep a 2 px stroke.
const width = 1000;
const height = 100;

/**
 * x by time when the snapshots span time, else evenly spaced; y from zero to the series' largest
 * value, so that one more user is one user's height, not a spike across the whole chart.
 */
function linePoints(points: TrendPoint[], field: SeriesField): string {
  const times = points.map((point) => Date.parse(point.createdAt));
  const [first, last] = [times[0]!, times[times.length - 1]!];
  const values = points.map((point) => point[field]);
  const max = Math.max(...values);
  return points
    .map((_, index) => {
      const x = last > first ? ((times[index]! - first) / (last - first)) * width : (index / (points.length - 1)) * width;
      const y = max > 0 ? height - (values[index]! / max) * height : height;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

function SeriesChart({ points, field, label, colour }: { points: TrendPoint[]; field: SeriesField; label: string; colour: string }) {
  const values = points.map((point) => point[field]);
  return (
    <Box is="figure" margin={0} marginBlockEnd={16} data-testid={`trend-${field}`} data-values={values.join(',')}>
      <Box is="figcaption" fontScale="p2" display="flex" justifyContent="space-between" flexWrap="wrap">
        <span>
          <Box
            is="span"
            display="inline-block"
            width="x12"
            height="x12"
            marginInlineEnd={8}
            borderRadius="small"
            style={{ background: colour }}
            aria-hidden="true"
          />
          {label} <strong>{formatCount(values[values.length - 1]!)}</strong>
        </span>
        <Box is="span" color="hint" fontScale="c1">
          scale 0–{formatCount(Math.max(...values))}
        </Box>
      </Box>
      <svg viewBox={`0 -4 ${width} ${height + 8}`} preserveAspectRatio="none" role="img" aria-label={`${label} over the last ${points.length} snapshots`}>
        <line x1="0" x2={width} y1={height} y2={height} stroke="var(--rcx-color-stroke-light, #cbced1)" vectorEffect="non-scaling-stroke" />
        <polyline points={linePoints(points, field)} fill="none" stroke={colour} strokeWidth="2" vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
      </svg>
    </Box>
  );
}

/** Users, online users and messages across the stored snapshots, oldest to newest, each from zero. */
export function TrendCard({ points }: { points: TrendPoint[] }) {
  return (
    <Card data-testid="trend-chart">
      <CardBody flexDirection="column" className="trend">
        <SectionTitle title={points.length < 2 ? 'Trend' : `Trend of the last ${points.length} snapshots`} variant="h4" />
        {points.length < 2 ? (
          <Box fontScale="p2" color="hint" data-testid="trend-empty">
            The trend appears once two snapshots are stored; press Refresh to take one.
          </Box>
        ) : (
          <div data-testid="trend-points" data-count={points.length}>
            {series.map((line) => (
              <SeriesChart key={line.field} points={points} {...line} />
            ))}
            <Box display="flex" justifyContent="space-between" fontScale="c1" color="hint">
              <span>{formatShortDate(points[0]!.createdAt)}</span>
              <span>{formatShortDate(points[points.length - 1]!.createdAt)}</span>
            </Box>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
