import { Box, Table, TableBody, TableCell, TableHead, TableRow, Tile } from '@rocket.chat/fuselage';
import { formatCount } from '../format';
import { topFiveLines } from './channel-rows';
import type { TopFiveAnswer } from './engagement-types';
import { RoomName } from './room-name';
import { SectionCard } from './section-card';
import { askedRange, attachmentName, rangeParams, type SectionProps } from './section-props';
import { useEngagement } from './use-engagement';

/** Rocket.Chat's "Most popular channels (top 5)": the rooms with the most messages in the period. */
export function TopFiveCard({ credentials, range, onProblem }: SectionProps) {
  const { answer, askedWith, loading, problem } = useEngagement<TopFiveAnswer>(
    'messages/top-five-popular-channels',
    rangeParams(range),
    credentials,
    onProblem,
  );
  const lines = answer ? topFiveLines(answer) : [];
  return (
    <SectionCard
      id="top-five"
      title="Most popular channels (top 5)"
      loading={loading}
      problem={problem}
      csv={
        answer && {
          name: attachmentName('TopFivePopularChannels', askedRange(askedWith, range)),
          headers: ['#', 'Room type', 'Channel', 'Number of messages'],
          rows: lines.map(({ rank, t, name, messages }) => [rank, t, name, messages]),
        }
      }
    >
      {answer && lines.length === 0 && (
        <Tile fontScale="p2" color="hint" textAlign="center" data-testid="top-five-empty">
          Not enough data
        </Tile>
      )}
      {lines.length > 0 && (
        <Box overflowX="auto">
          <Table data-testid="top-five-table">
            <TableHead>
              <TableRow>
                <TableCell>#</TableCell>
                <TableCell>Channel</TableCell>
                <TableCell align="end">Number of messages</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map(({ rank, t, name, messages }) => (
                <TableRow key={rank} data-testid="top-five-row">
                  <TableCell>{rank}.</TableCell>
                  <TableCell>
                    <RoomName t={t} name={name} />
                  </TableCell>
                  <TableCell align="end">{formatCount(messages)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </SectionCard>
  );
}
