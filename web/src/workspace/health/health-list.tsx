import { Box, Button, ButtonGroup, Card, CardBody, Throbber } from '@rocket.chat/fuselage';
import { useEffect, useState } from 'react';
import type { HealthRoomRowFragment, HealthUserRowFragment } from '../../generated/graphql';
import type { Credentials } from '../../shared/credentials';
import { SectionTitle } from '../figure-row';
import { formatCount } from '../format';
import { GatewayProblem, describeProblem } from '../problems';
import { ProblemCallout } from '../sign-in-form';
import type { HealthList, ListPage } from './health-lists';

const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const day = (iso: string | null) => (iso ? dates.format(new Date(iso)) : 'never');
/** "1 message", "50 messages", kept on one line (a narrow screen breaks between the details, not inside one). */
const counted = (value: number, noun: string) => `${formatCount(value)}\u00a0${noun}${value === 1 ? '' : 's'}`;
const details = (parts: string[]) => parts.map((part) => part.replace(/ /g, '\u00a0')).join(' · ');

function RoomRow({ room }: { room: HealthRoomRowFragment }) {
  return (
    <Box
      is="li"
      paddingBlock={8}
      borderBlockEndWidth="default"
      borderBlockEndStyle="solid"
      borderBlockEndColor="extra-light"
      data-testid="health-row"
      data-id={room.id}
    >
      <Box fontScale="p2m" withTruncatedText>
        {room.name}{' '}
        <Box is="span" color="hint">
          ({room.type === 'p' ? 'private' : 'channel'})
        </Box>
      </Box>
      <Box fontScale="c1" color="hint">
        {details([`Last message ${day(room.lastMessageAt)}`, counted(room.messages, 'message'), counted(room.members, 'member')])}
      </Box>
    </Box>
  );
}

function UserRow({ user }: { user: HealthUserRowFragment }) {
  return (
    <Box
      is="li"
      paddingBlock={8}
      borderBlockEndWidth="default"
      borderBlockEndStyle="solid"
      borderBlockEndColor="extra-light"
      data-testid="health-row"
      data-id={user.id}
    >
      <Box fontScale="p2m" withTruncatedText>
        {user.name ?? user.username ?? user.id}{' '}
        {user.username && (
          <Box is="span" color="hint">
            @{user.username}
          </Box>
        )}
      </Box>
      <Box fontScale="c1" color="hint">
        {details([`Last login ${day(user.lastLogin)}`, user.type ?? 'user', user.roles.join(', ')])}
      </Box>
    </Box>
  );
}

/**
 * One list, a page at a time. The gateway's cursors only go forward, so the page keeps the cursor
 * each page started from: Previous goes back to the one before.
 */
export function HealthListCard({ list, days, credentials }: { list: HealthList; days: number; credentials: Credentials }) {
  const [starts, setStarts] = useState<Array<string | null>>([null]);
  const [page, setPage] = useState<ListPage>();
  const [problem, setProblem] = useState<GatewayProblem>();
  const start = starts[starts.length - 1] ?? null;

  // A new list or a new N starts again from the first page.
  useEffect(() => setStarts([null]), [list.id, days]);

  useEffect(() => {
    let current = true;
    setPage(undefined);
    setProblem(undefined);
    list
      .load(credentials, days, start)
      .then((loaded) => current && setPage(loaded))
      .catch((error: unknown) => {
        if (!current) return;
        const found = error instanceof GatewayProblem ? error : describeProblem('unexpected');
        // The page's own words for the statistics permission would mislead here: lists need another one.
        setProblem(found.kind === 'no-permission' ? new GatewayProblem('no-permission', `This list needs the “${list.permission}” permission.`) : found);
      });
    return () => {
      current = false;
    };
  }, [list, days, start, credentials]);

  return (
    <Card data-testid="health-list" data-list={list.id}>
      <CardBody flexDirection="column">
        <SectionTitle title={list.withDays ? `${list.label} for ${days} days` : list.label} variant="h4" />
        {problem && <ProblemCallout problem={problem} />}
        {!page && !problem && (
          <Box display="flex" alignItems="center" fontScale="p2" color="hint" paddingBlock={8}>
            <Throbber size="x12" marginInlineEnd={8} /> Loading…
          </Box>
        )}
        {page && page.nodes.length === 0 && (
          <Box fontScale="p2" color="hint" paddingBlock={8} data-testid="health-list-empty">
            None.
          </Box>
        )}
        {page && page.nodes.length > 0 && (
          <Box is="ol" margin={0} padding={0} style={{ listStyle: 'none' }} data-testid="health-rows" data-page={starts.length}>
            {page.kind === 'rooms'
              ? page.nodes.map((room) => <RoomRow key={room.id} room={room} />)
              : page.nodes.map((user) => <UserRow key={user.id} user={user} />)}
          </Box>
        )}
        <Box marginBlockStart={12}>
          <ButtonGroup>
            <Button small disabled={starts.length === 1} onClick={() => setStarts(starts.slice(0, -1))} data-testid="health-previous">
              Previous
            </Button>
            <Button
              small
              disabled={!page?.pageInfo.hasNextPage}
              onClick={() => page?.pageInfo.endCursor && setStarts([...starts, page.pageInfo.endCursor])}
              data-testid="health-next"
            >
              Next
            </Button>
          </ButtonGroup>
        </Box>
      </CardBody>
    </Card>
  );
}
