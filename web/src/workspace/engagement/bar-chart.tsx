import { ResponsiveBar } from '@nivo/bar';
import { Tooltip } from '@rocket.chat/fuselage';
import { useResizeObserver } from '@rocket.chat/fuselage-hooks';
import { formatCount } from '../format';
import { thinTicks } from './day-format';
import { chartTheme, palette } from './palette';
import { ChartFrame } from './section-card';

export interface Bar {
  /** The bar's key on the axis (a day, an hour). */
  key: string;
  value: number;
  [field: string]: string | number;
}

/**
 * Rocket.Chat's dashboard bars (NewUsersSection, MessagesSentSection, ContentForHours): one colour,
 * no grid, labels thinned to the width. The values sit on the frame for a reader without sight
 * (and for the page's tests).
 */
export function BarChart({
  testId,
  bars,
  height = 240,
  formatKey,
  describe,
  colourOf,
}: {
  testId: string;
  bars: Bar[];
  height?: number;
  formatKey: (key: string) => string;
  /** The tooltip's words for one bar, e.g. "3 users, Mar 5". */
  describe: (bar: Bar) => string;
  /** A colour per bar (room types); else the dashboard's one colour. */
  colourOf?: (key: string) => string;
}) {
  const { ref, contentBoxSize } = useResizeObserver<HTMLDivElement>();
  const width = contentBoxSize.inlineSize ?? 600;
  return (
    <div ref={ref} role="img" aria-label={bars.map(describe).join('; ')}>
      <ChartFrame height={height} data-testid={testId} data-keys={bars.map((bar) => bar.key).join(',')} data-values={bars.map((bar) => bar.value).join(',')}>
        <ResponsiveBar
          data={bars}
          indexBy="key"
          keys={['value']}
          padding={0.25}
          margin={{ top: 8, right: 8, bottom: 24, left: 32 }}
          colors={colourOf ? ({ indexValue }) => colourOf(String(indexValue)) : [palette.bar]}
          enableLabel={false}
          enableGridY={false}
          axisBottom={{
            tickSize: 0,
            tickPadding: 6,
            tickValues: thinTicks(
              bars.map((bar) => bar.key),
              width - 40,
            ),
            format: (key: string) => formatKey(key),
          }}
          axisLeft={{ tickSize: 0, tickPadding: 4, tickValues: 4, format: (value: number) => (Number.isInteger(value) ? formatCount(value) : '') }}
          animate={false}
          theme={chartTheme}
          tooltip={({ data }) => <Tooltip>{describe({ key: String(data.key), value: Number(data.value) })}</Tooltip>}
        />
      </ChartFrame>
    </div>
  );
}
