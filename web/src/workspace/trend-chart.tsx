import type { TrendPointFragment } from '../generated/graphql';
import { Card } from './figure-card';
import { formatCount, formatShortDate } from './format';

type SeriesField = 'totalUsers' | 'onlineUsers' | 'totalMessages';

const series: { field: SeriesField; label: string; colour: string }[] = [
  { field: 'totalUsers', label: 'Users', colour: '#1d74f5' },
  { field: 'onlineUsers', label: 'Online users', colour: '#2de0a5' },
  { field: 'totalMessages', label: 'Messages', colour: '#f5455c' },
];

// Drawing units; the SVG stretches to the card's width, lines keep a 2 px stroke.
const width = 1000;
const height = 100;

/** x by time when the snapshots span time, else evenly spaced; y from each series' own min to max. */
function linePoints(points: TrendPointFragment[], field: SeriesField): string {
  const times = points.map((point) => Date.parse(point.createdAt));
  const [first, last] = [times[0]!, times[times.length - 1]!];
  const values = points.map((point) => point[field]);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return points
    .map((_, index) => {
      const x = last > first ? ((times[index]! - first) / (last - first)) * width : (index / (points.length - 1)) * width;
      const y = max > min ? height - ((values[index]! - min) / (max - min)) * height : height / 2;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

function SeriesChart({ points, field, label, colour }: { points: TrendPointFragment[]; field: SeriesField; label: string; colour: string }) {
  const values = points.map((point) => point[field]);
  const latest = values[values.length - 1]!;
  return (
    <figure className="trend-series" data-testid={`trend-${field}`} data-values={values.join(',')}>
      <figcaption>
        <span className="swatch" style={{ background: colour }} aria-hidden="true" />
        {label} <strong>{formatCount(latest)}</strong>
        <span className="muted small">
          {' '}
          range {formatCount(Math.min(...values))}–{formatCount(Math.max(...values))}
        </span>
      </figcaption>
      <svg viewBox={`0 -4 ${width} ${height + 8}`} preserveAspectRatio="none" role="img" aria-label={`${label} over the last ${points.length} snapshots`}>
        <line x1="0" x2={width} y1={height} y2={height} className="baseline" vectorEffect="non-scaling-stroke" />
        <polyline points={linePoints(points, field)} fill="none" stroke={colour} strokeWidth="2" vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
      </svg>
    </figure>
  );
}

/** Users, online users and messages across the stored snapshots, oldest to newest. */
export function TrendChart({ points }: { points: TrendPointFragment[] }) {
  return (
    <Card title={points.length < 2 ? 'Trend' : `Trend of the last ${points.length} snapshots`} testId="trend-chart" wide>
      {points.length < 2 ? (
        <p className="muted" data-testid="trend-empty">
          The trend appears once two snapshots are stored; press Refresh to take one.
        </p>
      ) : (
        <div data-testid="trend-points" data-count={points.length}>
          {series.map((line) => (
            <SeriesChart key={line.field} points={points} {...line} />
          ))}
          <p className="trend-span muted small">
            <span>{formatShortDate(points[0]!.createdAt)}</span>
            <span>{formatShortDate(points[points.length - 1]!.createdAt)}</span>
          </p>
        </div>
      )}
    </Card>
  );
}
