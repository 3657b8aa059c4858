import { ResponsiveHeatMap } from '@nivo/heatmap';
import { Tooltip } from '@rocket.chat/fuselage';
import { formatCount } from '../format';
import { weekdays, type WeekdayHourGrid } from './day-series';
import { formatHour } from './day-format';
import { chartTheme, palette } from './palette';
import { ChartFrame } from './section-card';

/**
 * Rocket.Chat's UsersByTimeOfTheDaySection heatmap: an hour a row, midnight on top, in the
 * dashboard's purple scale; here a weekday a column (day-series.ts says why).
 */
export function TimeOfDayChart({ grid }: { grid: WeekdayHourGrid }) {
  const rows = grid.map((users, hour) => ({
    id: formatHour(hour),
    data: weekdays.map((weekday, index) => ({ x: weekday.slice(0, 3), y: users[index]! })),
  }));
  return (
    <div role="img" aria-label="Users by weekday and hour">
      <ChartFrame height={560} data-testid="chart-time-of-day" data-grid={JSON.stringify(grid)}>
        <ResponsiveHeatMap
          data={rows}
          margin={{ top: 24, right: 0, bottom: 0, left: 44 }}
          xInnerPadding={0.08}
          yInnerPadding={0.12}
          // From 0, and at least 0 to 1: an empty week is all in the lightest colour, not the darkest.
          colors={{ type: 'quantize', colors: palette.heat, domain: [0, Math.max(1, ...grid.flat())] }}
          emptyColor="transparent"
          enableLabels={false}
          axisTop={{ tickSize: 0, tickPadding: 6 }}
          axisRight={null}
          axisBottom={null}
          axisLeft={{ tickSize: 0, tickPadding: 6, format: (hour: string) => (Number.parseInt(hour, 10) % 2 === 0 ? hour : '') }}
          hoverTarget="cell"
          animate={false}
          theme={chartTheme}
          tooltip={({ cell }) => (
            <Tooltip>
              {cell.data.x} {cell.serieId}: {formatCount(Number(cell.data.y))} users
            </Tooltip>
          )}
        />
      </ChartFrame>
    </div>
  );
}
