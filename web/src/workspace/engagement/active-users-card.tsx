import { deriveActiveUsers } from './active-users';
import { ActiveUsersChart } from './active-users-chart';
import { CounterSet, LegendSymbol } from './counters';
import type { ActiveUsersAnswer } from './engagement-types';
import { palette } from './palette';
import { activeUsersRange } from './periods';
import { SectionCard } from './section-card';
import { askedRange, attachmentName, rangeParams, type SectionProps } from './section-props';
import { useEngagement } from './use-engagement';

/**
 * Rocket.Chat's ActiveUsersSection, over the picked period instead of a fixed 30 days: the last
 * day's DAU, WAU and MAU with their change from the day before, and the three over the period.
 */
export function ActiveUsersCard({ credentials, range, onProblem }: SectionProps) {
  const { answer, askedWith, loading, problem } = useEngagement<ActiveUsersAnswer>(
    'users/active-users',
    rangeParams(activeUsersRange(range)),
    credentials,
    onProblem,
  );
  // The answer reaches 29 days before the period; the period shown starts 29 days after what was asked.
  const asked = askedRange(askedWith, activeUsersRange(range));
  const shown = { start: new Date(asked.start.getTime() + 29 * 86_400_000), end: asked.end };
  const figures = answer && deriveActiveUsers(answer.month, shown);
  return (
    <SectionCard
      id="active-users"
      title="Active users"
      loading={loading}
      problem={problem}
      csv={
        figures && {
          name: attachmentName('ActiveUsersSection', shown),
          headers: ['Date', 'DAU', 'WAU', 'MAU'],
          rows: figures.points.map(({ day, dau, wau, mau }) => [day.toISOString(), dau, wau, mau]),
        }
      }
    >
      {figures && (
        <>
          <CounterSet
            counters={[
              {
                id: 'dau',
                count: figures.latest.dau,
                variation: figures.change.dau,
                description: (
                  <>
                    <LegendSymbol colour={palette.dau} /> Daily Active Users
                  </>
                ),
              },
              {
                id: 'wau',
                count: figures.latest.wau,
                variation: figures.change.wau,
                description: (
                  <>
                    <LegendSymbol colour={palette.wau} /> Weekly Active Users
                  </>
                ),
              },
              {
                id: 'mau',
                count: figures.latest.mau,
                variation: figures.change.mau,
                description: (
                  <>
                    <LegendSymbol colour={palette.mau} /> Monthly Active Users
                  </>
                ),
              },
            ]}
          />
          <ActiveUsersChart points={figures.points} />
        </>
      )}
    </SectionCard>
  );
}
