import { Box, Button, Chevron, Select } from '@rocket.chat/fuselage';
import { useState } from 'react';
import { BarChart } from './bar-chart';
import { formatDay, formatHour, formatShortDay, formatWeekday } from './day-format';
import { twoHourBuckets, weekDays } from './day-series';
import type { HourlyDataAnswer, WeeklyDataAnswer } from './engagement-types';
import { busierDayEnd, busierWeekEnd } from './periods';
import { SectionCard } from './section-card';
import type { SectionProps } from './section-props';
import { useEngagement } from './use-engagement';

type TimeUnit = 'hours' | 'days';

/**
 * Rocket.Chat's BusiestChatTimesSection: the 24 hours of a day in 2-hour bars, or the days of a
 * week, stepping back from today with the arrows. It has no period of its own: it looks back from now.
 */
export function BusiestTimesCard({ credentials, now, onProblem }: SectionProps) {
  const [unit, setUnit] = useState<TimeUnit>('hours');
  const [stepsBack, setStepsBack] = useState(0);
  const hourly = useEngagement<HourlyDataAnswer>(
    'users/chat-busier/hourly-data',
    unit === 'hours' ? { start: busierDayEnd(now, stepsBack).toISOString() } : undefined,
    credentials,
    onProblem,
  );
  const weekly = useEngagement<WeeklyDataAnswer>(
    'users/chat-busier/weekly-data',
    unit === 'days' ? { start: busierWeekEnd(now, stepsBack).toISOString() } : undefined,
    credentials,
    onProblem,
  );
  const { loading, problem } = unit === 'hours' ? hourly : weekly;
  const hours = hourly.answer && twoHourBuckets(hourly.answer).map(({ hour, users }) => ({ key: String(hour), value: users }));
  const days = weekly.answer && weekDays(weekly.answer).map(({ day, value }) => ({ key: day, value }));
  const shownDay = String(hourly.askedWith?.start ?? '');
  const heading =
    unit === 'hours'
      ? hourly.askedWith && (stepsBack < 7 ? formatWeekday(shownDay) : formatDay(shownDay))
      : days?.length && `${formatDay(days[0]!.key)} – ${formatDay(days[days.length - 1]!.key)}`;

  return (
    <SectionCard
      id="busiest-times"
      title="When is the chat busier?"
      loading={loading}
      problem={problem}
      controls={
        <Select
          aria-label="Hours or days"
          options={[
            ['hours', 'Hours'],
            ['days', 'Days'],
          ]}
          value={unit}
          onChange={(key) => {
            setUnit(key as TimeUnit);
            setStepsBack(0);
          }}
          data-testid="busiest-unit"
        />
      }
      csv={
        unit === 'hours'
          ? hours && {
              name: `BusiestChatTimesSection_hours_${shownDay.slice(0, 10)}`,
              headers: ['Hour', 'Users'],
              rows: hours.map(({ key, value }) => [formatHour(Number(key)), value]),
            }
          : days && {
              name: `BusiestChatTimesSection_days_${String(weekly.askedWith?.start).slice(0, 10)}`,
              headers: ['Date', 'Users'],
              rows: days.map(({ key, value }) => [key, value]),
            }
      }
    >
      <Box display="flex" alignItems="center" justifyContent="center" marginBlockEnd={8}>
        <Button
          square
          small
          aria-label={unit === 'hours' ? 'Previous day' : 'Previous week'}
          onClick={() => setStepsBack((steps) => steps + 1)}
          data-testid="busiest-previous"
        >
          <Chevron left size="x20" />
        </Button>
        <Box is="span" fontScale="p2m" marginInline={8} minWidth="x160" textAlign="center" data-testid="busiest-heading">
          {heading}
        </Box>
        <Button
          square
          small
          aria-label={unit === 'hours' ? 'Next day' : 'Next week'}
          disabled={stepsBack === 0}
          onClick={() => setStepsBack((steps) => steps - 1)}
          data-testid="busiest-next"
        >
          <Chevron right size="x20" />
        </Button>
      </Box>
      {unit === 'hours' && hours && (
        <BarChart
          testId="chart-busiest-hours"
          bars={hours}
          height={196}
          formatKey={(hour) => formatHour(Number(hour))}
          describe={({ key, value }) => `${value} users, ${formatHour(Number(key))}–${formatHour(Number(key) + 2)}`}
        />
      )}
      {unit === 'days' && days && (
        <BarChart
          testId="chart-busiest-days"
          bars={days}
          height={196}
          formatKey={formatShortDay}
          describe={({ key, value }) => `${value} users, ${formatDay(key)}`}
        />
      )}
    </SectionCard>
  );
}
