import { BarChart } from './bar-chart';
import { CounterSet } from './counters';
import { formatDay } from './day-format';
import { fillDays } from './day-series';
import type { MessagesSentAnswer } from './engagement-types';
import { dayAxisFormat } from './new-users-card';
import { SectionCard } from './section-card';
import { askedRange, attachmentName, rangeParams, type SectionProps } from './section-props';
import { useEngagement } from './use-engagement';

/** Rocket.Chat's MessagesSentSection: messages of the period and of yesterday, and per day. */
export function MessagesSentCard({ credentials, range, periodLabel, onProblem }: SectionProps) {
  const { answer, askedWith, loading, problem } = useEngagement<MessagesSentAnswer>('messages/messages-sent', rangeParams(range), credentials, onProblem);
  const shown = askedRange(askedWith, range);
  const days = answer
    ? fillDays(
        shown,
        answer.days.map(({ day, messages }) => ({ day, value: messages })),
      )
    : [];
  return (
    <SectionCard
      id="messages-sent"
      title="Messages sent"
      loading={loading}
      problem={problem}
      csv={
        answer && {
          name: attachmentName('MessagesSentSection', shown),
          headers: ['Date', 'Messages'],
          // Rocket.Chat writes these days as full ISO moments (its NewUsersSection writes bare dates).
          rows: days.map(({ day, value }) => [`${day}T00:00:00.000Z`, value]),
        }
      }
    >
      {answer && (
        <>
          <CounterSet
            counters={[
              { id: 'messages-period', count: answer.period.count, variation: answer.period.variation, description: periodLabel },
              { id: 'messages-yesterday', count: answer.yesterday.count, variation: answer.yesterday.variation, description: 'Yesterday' },
            ]}
          />
          <BarChart
            testId="chart-messages-sent"
            bars={days.map(({ day, value }) => ({ key: day, value }))}
            formatKey={dayAxisFormat(days.length)}
            describe={({ key, value }) => `${value} messages, ${formatDay(key)}`}
          />
        </>
      )}
    </SectionCard>
  );
}
