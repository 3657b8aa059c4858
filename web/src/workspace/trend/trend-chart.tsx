import { Box } from '@rocket.chat/fuselage';
import { Line, type SliceTooltipProps } from '@nivo/line';
import { useEffect, useRef, useState } from 'react';
import type { HistoryStep } from '../../generated/graphql';
import { formatCount, formatDateTime } from '../format';
import { largestValue, scaleTop, seriesOf, valuesOf, type HistoryPoint, type TrendChart as TrendChartSpec, type TrendSeries } from './trend-series';

const sourceLabels = { ROCKET_CHAT: "Rocket.Chat's daily snapshot", GATEWAY: "the gateway's snapshot" } as const;
const stepLabels: Record<HistoryStep, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

// The browser's own locale, as the rest of the page: days within a year, months beyond.
const shortDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthOfYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

const theme = {
  text: { fontFamily: 'Inter, system-ui, sans-serif', fontSize: 11, fill: '#6c737a' },
  axis: { domain: { line: { stroke: '#cbced1', strokeWidth: 1 } }, ticks: { line: { stroke: '#cbced1', strokeWidth: 1 } } },
  grid: { line: { stroke: '#ebecef', strokeWidth: 1 } },
};

/** What one point of the chart was: when, from which snapshot, and every line's value there. */
function PointTooltip({ slice, step, series }: SliceTooltipProps<TrendSeries> & { step: HistoryStep; series: TrendSeries[] }) {
  const first = slice.points[0]!.data;
  return (
    <Box
      data-testid="trend-tooltip"
      backgroundColor="light"
      borderWidth="default"
      borderColor="extra-light"
      borderRadius="medium"
      padding={8}
      fontScale="c1"
      elevation="2"
      style={{ whiteSpace: 'nowrap' }}
    >
      <Box fontScale="c2" data-testid="trend-tooltip-time">
        {formatDateTime(first.x.toISOString())}
      </Box>
      <Box color="hint" data-testid="trend-tooltip-source">
        Newest of its {stepLabels[step]}: {sourceLabels[first.source]}
        {first.rocketChatVersion ? ` (Rocket.Chat ${first.rocketChatVersion}, ${first.definitions} definitions)` : ''}
      </Box>
      {[...slice.points]
        .sort((a, b) => a.seriesIndex - b.seriesIndex)
        .map((point) => (
          <Box key={point.id} display="flex" alignItems="center" data-testid="trend-tooltip-value">
            <Box is="span" width="x8" height="x8" marginInlineEnd={4} borderRadius="full" style={{ background: point.seriesColor }} />
            {series.find((line) => line.id === point.seriesId)?.label} {point.data.y === null ? '—' : formatCount(point.data.y)}
          </Box>
        ))}
    </Box>
  );
}

function Legend({ chart, points, shown }: { chart: TrendChartSpec; points: HistoryPoint[]; shown: TrendSeries[] }) {
  return (
    <Box display="flex" flexWrap="wrap" fontScale="p2" marginBlockEnd={4}>
      {chart.lines
        .filter((line) => shown.some((series) => series.id === line.figure))
        .map((line) => {
          const values = valuesOf(points, line.figure);
          const latest = values.filter((value): value is number => value !== null).at(-1);
          return (
            <Box
              key={line.figure}
              is="span"
              marginInlineEnd={16}
              data-testid={`trend-${line.figure}`}
              data-values={values.map((value) => (value === null ? '' : String(value))).join(',')}
            >
              <Box
                is="span"
                display="inline-block"
                width="x12"
                height="x12"
                marginInlineEnd={8}
                borderRadius="small"
                style={{ background: line.colour }}
                aria-hidden="true"
              />
              {line.label} {latest !== undefined && <strong>{formatCount(latest)}</strong>}
            </Box>
          );
        })}
    </Box>
  );
}

/**
 * The width of the chart's box. nivo's ResponsiveLine measures inside a box of no width, which its
 * tooltips then take for the chart's and always open to the left, off the card: the chart gets its
 * width from here instead.
 */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

const chartHeight = 220;

/** One unit's lines on one scale from zero, with a time axis, a value axis and a tooltip per point. */
export function TrendChart({ chart, points, step, spansYears }: { chart: TrendChartSpec; points: HistoryPoint[]; step: HistoryStep; spansYears: boolean }) {
  const series = seriesOf(chart, points);
  const { ref, width } = useWidth();
  const narrow = width < 560;
  const dateOf = spansYears ? monthOfYear : shortDay;
  const top = scaleTop(largestValue(series));
  const ticks = [0, top / 4, top / 2, (3 * top) / 4, top];
  return (
    <Box is="figure" margin={0} marginBlockEnd={16} data-testid={`trend-chart-${chart.unit}`}>
      <Box is="figcaption" fontScale="h5" marginBlockEnd={4}>
        {chart.title}
      </Box>
      {series.length === 0 ? (
        <Box fontScale="p2" color="hint">
          No snapshot in this range holds these counts.
        </Box>
      ) : (
        <>
          <Legend chart={chart} points={points} shown={series} />
          <div ref={ref} style={{ height: chartHeight }} role="img" aria-label={`${chart.title} from ${points.length} snapshots`}>
            {width > 0 && (
              <Line<TrendSeries>
                width={width}
                height={chartHeight}
                data={series}
                xScale={{ type: 'time', format: 'native', useUTC: true }}
                yScale={{ type: 'linear', min: 0, max: top }}
                margin={{ top: 8, right: 16, bottom: 28, left: 64 }}
                colors={(line) => line.colour}
                lineWidth={2}
                enablePoints={points.length <= 60}
                pointSize={6}
                enableGridX={false}
                gridYValues={ticks}
                axisBottom={{ tickValues: narrow ? 3 : 6, tickSize: 4, format: (value: Date) => dateOf.format(value) }}
                axisLeft={{ tickValues: ticks, tickSize: 4, format: (value: number) => formatCount(value) }}
                enableSlices="x"
                sliceTooltip={(props) => <PointTooltip {...props} step={step} series={series} />}
                animate={false}
                theme={theme}
              />
            )}
          </div>
        </>
      )}
    </Box>
  );
}
