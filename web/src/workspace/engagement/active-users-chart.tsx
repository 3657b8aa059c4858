import { ResponsiveLine } from '@nivo/line';
import { Box, Tooltip } from '@rocket.chat/fuselage';
import { useResizeObserver } from '@rocket.chat/fuselage-hooks';
import { formatCount } from '../format';
import type { ActiveUsersPoint } from './active-users';
import { formatDay, formatShortDay, thinTicks } from './day-format';
import { chartTheme, palette } from './palette';
import { utcDayKey } from './periods';
import { ChartFrame } from './section-card';

type SeriesId = 'DAU' | 'WAU' | 'MAU';

/**
 * Rocket.Chat's ActiveUsersSection chart: DAU, WAU and MAU as filled areas over the days. Not
 * stacked (Rocket.Chat stacks them, which draws a MAU of DAU + WAU + MAU); nivo paints the first
 * series last, so DAU, the smallest, lies on top and every area stays in sight.
 */
export function ActiveUsersChart({ points }: { points: ActiveUsersPoint[] }) {
  const { ref, contentBoxSize } = useResizeObserver<HTMLDivElement>();
  const days = points.map((point) => utcDayKey(point.day));
  const series = (['DAU', 'WAU', 'MAU'] as const).map((id) => ({
    id,
    data: points.map((point, index) => ({ x: days[index]!, y: point[id.toLowerCase() as 'dau' | 'wau' | 'mau'] })),
  }));
  return (
    <div ref={ref} role="img" aria-label={`Active users on ${points.length} days`}>
      <ChartFrame
        height={240}
        data-testid="chart-active-users"
        data-days={days.join(',')}
        data-dau={points.map((point) => point.dau).join(',')}
        data-wau={points.map((point) => point.wau).join(',')}
        data-mau={points.map((point) => point.mau).join(',')}
      >
        <ResponsiveLine<{ id: SeriesId; data: { x: string; y: number }[] }>
          data={series}
          xScale={{ type: 'point' }}
          yScale={{ type: 'linear', min: 0, max: 'auto' }}
          margin={{ top: 8, right: 16, bottom: 24, left: 40 }}
          colors={[palette.dau, palette.wau, palette.mau]}
          enableArea
          areaOpacity={1}
          enablePoints={false}
          enableGridX={false}
          enableGridY={false}
          axisBottom={{
            tickSize: 0,
            tickPadding: 6,
            tickValues: thinTicks(days, (contentBoxSize.inlineSize ?? 600) - 56),
            format: (day: string) => formatShortDay(day),
          }}
          axisLeft={{ tickSize: 0, tickPadding: 4, tickValues: 3, format: (value: number) => (Number.isInteger(value) ? formatCount(value) : '') }}
          enableSlices="x"
          sliceTooltip={({ slice }) => (
            <Tooltip>
              <Box>{formatDay(String(slice.points[0]?.data.x))}</Box>
              {slice.points.map((point) => (
                <Box key={point.seriesId}>
                  {point.seriesId} {formatCount(Number(point.data.y))}
                </Box>
              ))}
            </Tooltip>
          )}
          animate={false}
          theme={chartTheme}
        />
      </ChartFrame>
    </div>
  );
}
