import { weekdayHourGrid, timeOfDayRows } from './day-series';
import type { UsersByTimeOfDayAnswer } from './engagement-types';
import { SectionCard } from './section-card';
import { askedRange, attachmentName, rangeParams, type SectionProps } from './section-props';
import { TimeOfDayChart } from './time-of-day-chart';
import { useEngagement } from './use-engagement';

/** Rocket.Chat's UsersByTimeOfTheDaySection: users of each hour of each weekday in the period. */
export function TimeOfDayCard({ credentials, range, onProblem }: SectionProps) {
  const { answer, askedWith, loading, problem } = useEngagement<UsersByTimeOfDayAnswer>(
    'users/users-by-time-of-the-day-in-a-week',
    rangeParams(range),
    credentials,
    onProblem,
  );
  return (
    <SectionCard
      id="time-of-day"
      title="Users by time of day"
      loading={loading}
      problem={problem}
      csv={
        answer && { name: attachmentName('UsersByTimeOfTheDaySection', askedRange(askedWith, range)), headers: ['Date', 'Users'], rows: timeOfDayRows(answer) }
      }
    >
      {answer && <TimeOfDayChart grid={weekdayHourGrid(answer)} />}
    </SectionCard>
  );
}
