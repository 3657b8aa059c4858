import { BarChart } from './bar-chart';
import { CounterSet } from './counters';
import { formatDay, formatShortDay, formatWeekday } from './day-format';
import { fillDays } from './day-series';
import type { NewUsersAnswer } from './engagement-types';
import { SectionCard } from './section-card';
import { askedRange, attachmentName, rangeParams, type SectionProps } from './section-props';
import { useEngagement } from './use-engagement';

/** A week of days is labelled by weekday, longer periods by date (Rocket.Chat's 'dddd' and 'DD/MM'). */
export const dayAxisFormat = (days: number) => (days <= 8 ? formatWeekday : formatShortDay);

/** Rocket.Chat's NewUsersSection: users created in the period and yesterday, and per day. */
export function NewUsersCard({ credentials, range, periodLabel, onProblem }: SectionProps) {
  const { answer, askedWith, loading, problem } = useEngagement<NewUsersAnswer>('users/new-users', rangeParams(range), credentials, onProblem);
  const shown = askedRange(askedWith, range);
  const days = answer
    ? fillDays(
        shown,
        answer.days.map(({ day, users }) => ({ day, value: users })),
      )
    : [];
  return (
    <SectionCard
      id="new-users"
      title="New users"
      loading={loading}
      problem={problem}
      csv={answer && { name: attachmentName('NewUsersSection', shown), headers: ['Date', 'New Users'], rows: days.map(({ day, value }) => [day, value]) }}
    >
      {answer && (
        <>
          <CounterSet
            counters={[
              { id: 'new-users-period', count: answer.period.count, variation: answer.period.variation, description: periodLabel },
              { id: 'new-users-yesterday', count: answer.yesterday.count, variation: answer.yesterday.variation, description: 'Yesterday' },
            ]}
          />
          <BarChart
            testId="chart-new-users"
            bars={days.map(({ day, value }) => ({ key: day, value }))}
            formatKey={dayAxisFormat(days.length)}
            describe={({ key, value }) => `${value} users, ${formatDay(key)}`}
          />
        </>
      )}
    </SectionCard>
  );
}
