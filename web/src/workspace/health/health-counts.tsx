import { Box, Card, CardBody, Throbber } from '@rocket.chat/fuselage';
import type { HealthCountsQuery } from '../../generated/graphql';
import { FigureRow, SectionTitle } from '../figure-row';
import { formatCount } from '../format';

type Counts = HealthCountsQuery['health'];

function CountRow({ id, label, value }: { id: string; label: string; value: number | null | undefined }) {
  return (
    <FigureRow label={label} figure={{ key: `health.${id}`, value: value ?? null }}>
      {value === null || value === undefined ? '—' : formatCount(value)}
    </FigureRow>
  );
}

/** Rooms: silent for the chosen days, never used, and (read apart, expensive) without owner. */
export function RoomHealthCard({ days, counts, ownerless }: { days: number; counts: Counts; ownerless: number | null | undefined }) {
  return (
    <Card height="full" data-testid="card-room-health">
      <CardBody flexDirection="column">
        <SectionTitle title="Rooms" variant="h4" />
        <CountRow id="silentRooms" label={`No message for ${days} days`} value={counts.rooms.silentSince?.count} />
        <CountRow id="neverUsedRooms" label="Never used" value={counts.rooms.neverUsed.count} />
        {ownerless === undefined ? (
          <Box display="flex" alignItems="center" fontScale="p2" color="hint" paddingBlock={8} data-testid="ownerless-loading">
            <Throbber size="x12" marginInlineEnd={8} /> Counting rooms without owner…
          </Box>
        ) : (
          <CountRow id="roomsWithoutOwner" label="Without owner" value={ownerless} />
        )}
      </CardBody>
    </Card>
  );
}

/** Active users: not logged in for the chosen days (and by type and role), never logged in. */
export function UserHealthCard({ days, counts }: { days: number; counts: Counts }) {
  const dormant = counts.users.notLoggedInSince;
  return (
    <Card height="full" data-testid="card-user-health">
      <CardBody flexDirection="column">
        <SectionTitle title="Active users" variant="h4" />
        <CountRow id="usersNotLoggedIn" label={`No login for ${days} days`} value={dormant?.count} />
        <CountRow id="usersNeverLoggedIn" label="Never logged in" value={counts.users.neverLoggedIn.count} />
        <Box marginBlockStart={16}>
          <SectionTitle title={`No login for ${days} days, by type`} />
          {(dormant?.byType ?? []).map(({ key, users }) => (
            <CountRow key={key} id={`usersNotLoggedInByType.${key}`} label={key} value={users} />
          ))}
        </Box>
        <Box marginBlockStart={16}>
          <SectionTitle title={`No login for ${days} days, by role`} />
          {(dormant?.byRole ?? []).map(({ key, users }) => (
            <CountRow key={key} id={`usersNotLoggedInByRole.${key}`} label={key} value={users} />
          ))}
        </Box>
      </CardBody>
    </Card>
  );
}
