import { Box, Icon, Pagination, Table, TableBody, TableCell, TableHead, TableRow, Tile } from '@rocket.chat/fuselage';
import { useBreakpoints } from '@rocket.chat/fuselage-hooks';
import { useEffect, useState } from 'react';
import { formatCount } from '../format';
import { channelLines, channelsCsvHeaders, channelsCsvRows, sortChannelLines, type ChannelColumn, type ChannelSort } from './channel-rows';
import { Growth } from './counters';
import { formatDay } from './day-format';
import type { ChannelsListAnswer } from './engagement-types';
import { RoomName } from './room-name';
import { SectionCard } from './section-card';
import { askedRange, attachmentName, rangeParams, type SectionProps } from './section-props';
import { useEngagement } from './use-engagement';

type PageSize = 25 | 50 | 100;

// On a phone the two dates give their room to the name and the messages (the CSV keeps them).
const columns: { column: ChannelColumn; label: string; align?: 'end'; wide?: true }[] = [
  { column: 'name', label: 'Channel' },
  { column: 'createdAt', label: 'Created', wide: true },
  { column: 'updatedAt', label: 'Last active', wide: true },
  { column: 'messages', label: 'Messages sent', align: 'end' },
];

/** A header that sorts by its column: a second click turns the order round. */
function SortHeader({ column, label, align, sort, onSort }: (typeof columns)[number] & { sort: ChannelSort; onSort: (sort: ChannelSort) => void }) {
  const active = sort.column === column;
  const next: ChannelSort = { column, direction: active && sort.direction === 'desc' ? 'asc' : active ? 'desc' : column === 'name' ? 'asc' : 'desc' };
  return (
    <TableCell align={align} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Box
        is="button"
        type="button"
        display="inline-flex"
        alignItems="center"
        fontScale="p2m"
        color="default"
        onClick={() => onSort(next)}
        data-testid={`channels-sort-${column}`}
        style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer', gap: 4 }}
      >
        {label}
        <Icon name={active ? (sort.direction === 'asc' ? 'arrow-up' : 'arrow-down') : 'sort'} size="x16" color={active ? 'default' : 'hint'} />
      </Box>
    </TableCell>
  );
}

/**
 * Rocket.Chat's ChannelsOverview: each room with messages in the period or the one before, its
 * messages and their change, a page at a time (offset and count, 25, 50 or 100 a page).
 */
export function ChannelsCard({ credentials, range, onProblem }: SectionProps) {
  const [offset, setOffset] = useState(0);
  const [pageSize, setPageSize] = useState<PageSize>(25);
  const [sort, setSort] = useState<ChannelSort>({ column: 'messages', direction: 'desc' });
  const params = rangeParams(range);
  useEffect(() => setOffset(0), [params.start, params.end]);
  const { answer, askedWith, loading, problem } = useEngagement<ChannelsListAnswer>(
    'channels/list',
    { ...params, offset, count: pageSize },
    credentials,
    onProblem,
  );
  const lines = answer ? sortChannelLines(channelLines(answer.channels), sort) : [];
  const wide = useBreakpoints().includes('md');
  return (
    <SectionCard
      id="channels"
      title="Channels"
      loading={loading}
      problem={problem}
      csv={answer && { name: attachmentName('Channels', askedRange(askedWith, range)), headers: channelsCsvHeaders, rows: channelsCsvRows(lines) }}
    >
      {answer && lines.length === 0 && (
        <Tile fontScale="p2" color="hint" textAlign="center" data-testid="channels-empty">
          No data found
        </Tile>
      )}
      {lines.length > 0 && (
        <Box overflowX="auto" data-testid="channels-scroller">
          <Table data-testid="channels-table">
            <TableHead>
              <TableRow>
                <TableCell>#</TableCell>
                {columns
                  .filter((header) => wide || !header.wide)
                  .map((header) => (
                    <SortHeader key={header.column} {...header} sort={sort} onSort={setSort} />
                  ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((line, index) => (
                <TableRow key={`${line.t}-${line.name}-${index}`} data-testid="channels-row">
                  <TableCell>{(answer?.offset ?? 0) + index + 1}.</TableCell>
                  <TableCell data-testid="channels-name">
                    <RoomName t={line.t} name={line.name} />
                  </TableCell>
                  {wide && <TableCell>{formatDay(line.createdAt)}</TableCell>}
                  {wide && <TableCell>{formatDay(line.updatedAt)}</TableCell>}
                  <TableCell align="end" data-testid="channels-messages" data-value={line.messages} style={{ whiteSpace: 'nowrap' }}>
                    {formatCount(line.messages)} <Growth value={line.change} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <Pagination
        divider
        current={offset}
        itemsPerPage={pageSize}
        count={answer?.total ?? 0}
        itemsPerPageLabel={() => 'Items per page:'}
        showingResultsLabel={({ count, current, itemsPerPage }) => `Showing results ${current + 1} - ${Math.min(current + itemsPerPage, count)} of ${count}`}
        onSetItemsPerPage={setPageSize}
        onSetCurrent={setOffset}
        data-testid="channels-pagination"
      />
    </SectionCard>
  );
}
