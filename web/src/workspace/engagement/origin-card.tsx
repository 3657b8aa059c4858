import { Box } from '@rocket.chat/fuselage';
import { formatCount } from '../format';
import { BarChart } from './bar-chart';
import { roomTypeLabels } from './channel-rows';
import { LegendSymbol } from './counters';
import type { OriginAnswer, RoomType } from './engagement-types';
import { palette } from './palette';
import { SectionCard } from './section-card';
import { askedRange, attachmentName, rangeParams, type SectionProps } from './section-props';
import { useEngagement } from './use-engagement';

const shortLabels: Record<RoomType, string> = { c: 'Public', p: 'Private', d: 'Direct' };
const order: RoomType[] = ['c', 'p', 'd'];

/**
 * Rocket.Chat's "Where are the messages being sent?" (MessagesPerChannelSection): messages per room
 * type. Rocket.Chat draws a pie (@nivo/pie); the page keeps to the bar charts it bundles already.
 */
export function OriginCard({ credentials, range, onProblem }: SectionProps) {
  const { answer, askedWith, loading, problem } = useEngagement<OriginAnswer>('messages/origin', rangeParams(range), credentials, onProblem);
  const messagesOf = (type: RoomType) => answer?.origins.filter(({ t }) => t === type).reduce((sum, { messages }) => sum + messages, 0) ?? 0;
  return (
    <SectionCard
      id="origin"
      title="Where are the messages being sent?"
      loading={loading}
      problem={problem}
      csv={
        answer && {
          name: attachmentName('MessagesPerChannelSection', askedRange(askedWith, range)),
          headers: ['Room Type', 'Messages'],
          rows: answer.origins.map(({ t, messages }) => [t, messages]),
        }
      }
    >
      {answer && (
        <>
          <BarChart
            testId="chart-origin"
            bars={order.map((type) => ({ key: type, value: messagesOf(type) }))}
            height={200}
            formatKey={(type) => shortLabels[type as RoomType]}
            colourOf={(type) => palette.origin[type as RoomType]}
            describe={({ key, value }) => `${formatCount(value)} messages in ${roomTypeLabels[key as RoomType]}`}
          />
          <Box display="flex" flexWrap="wrap" fontScale="p2" color="hint" marginBlockStart={8} style={{ gap: '4px 16px' }}>
            {order.map((type) => (
              <span key={type} data-testid={`origin-${type}`} data-value={messagesOf(type)}>
                <LegendSymbol colour={palette.origin[type]} /> {roomTypeLabels[type]}: {formatCount(messagesOf(type))}
              </span>
            ))}
          </Box>
        </>
      )}
    </SectionCard>
  );
}
