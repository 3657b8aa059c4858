import { roomHealthQueries as rooms } from '../queries/health-rooms';
import type { HealthQuery } from '../queries/health-query';
import { userHealthQueries as users } from '../queries/health-users';

interface HealthFigure {
  /** Its path under Query.health. */
  field: string;
  meaning: string;
  permission: 'view-statistics' | 'view-room-administration' | 'view-user-administration';
  reads: readonly HealthQuery[];
}

const roomSets = [
  {
    set: 'rooms.silentSince(days)',
    what: 'channels and groups with no message for `days` days (`lm` older)',
    count: rooms.countSilentRooms,
    list: rooms.listSilentRooms,
  },
  { set: 'rooms.neverUsed', what: 'channels and groups that never had a message (no `lm`)', count: rooms.countNeverUsedRooms, list: rooms.listNeverUsedRooms },
  {
    set: 'rooms.withoutOwner',
    what: 'channels and groups where no subscription holds the owner role',
    count: rooms.countRoomsWithoutOwner,
    list: rooms.listRoomsWithoutOwner,
    first: rooms.findOwnedRoomIds,
  },
];
const userSets = [
  {
    set: 'users.notLoggedInSince(days)',
    what: 'active users whose last login is older than `days` days',
    count: users.countUsersNotLoggedInSince,
    byRole: users.countUsersNotLoggedInSinceByRole,
    byType: users.countUsersNotLoggedInSinceByType,
    list: users.listUsersNotLoggedInSince,
  },
  {
    set: 'users.neverLoggedIn',
    what: 'active users who never logged in (no `lastLogin`)',
    count: users.countUsersNeverLoggedIn,
    byRole: users.countUsersNeverLoggedInByRole,
    byType: users.countUsersNeverLoggedInByType,
    list: users.listUsersNeverLoggedIn,
  },
];

/** Every field of Query.health, with the queries it sends (in order) and the permission it needs. */
export const healthFigures: readonly HealthFigure[] = [
  ...roomSets.flatMap(({ set, what, count, list, first }) => [
    { field: `${set}.count`, meaning: `How many ${what}.`, permission: 'view-statistics' as const, reads: first ? [first, count] : [count] },
    { field: `${set}.list`, meaning: `A page of the ${what}.`, permission: 'view-room-administration' as const, reads: first ? [first, list] : [list] },
  ]),
  {
    field: 'rooms.topByMessages',
    meaning: 'A page of channels and groups by `msgs`, most first.',
    permission: 'view-room-administration',
    reads: [rooms.listRoomsByMessages],
  },
  {
    field: 'rooms.topByMembers',
    meaning: 'A page of channels and groups by `usersCount`, most first.',
    permission: 'view-room-administration',
    reads: [rooms.listRoomsByMembers],
  },
  ...userSets.flatMap(({ set, what, count, byRole, byType, list }) => [
    { field: `${set}.count`, meaning: `How many ${what}.`, permission: 'view-statistics' as const, reads: [count] },
    { field: `${set}.byRole`, meaning: `How many ${what}, per global role.`, permission: 'view-statistics' as const, reads: [byRole] },
    { field: `${set}.byType`, meaning: `How many ${what}, per type.`, permission: 'view-statistics' as const, reads: [byType] },
    { field: `${set}.list`, meaning: `A page of the ${what}.`, permission: 'view-user-administration' as const, reads: [list] },
  ]),
];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/figures.md's section on Query.health (written by figure-reference.ts). */
export function healthReference(): string[] {
  const lines = [
    '## Workspace health (`Query.health`)',
    '',
    'Read live for each request (never from the reuse window) and only when selected; a query with the same parameters is',
    "sent once per request. `days` is from 1 to 3650, counted back from the gateway's clock; lists are pages of at most 100",
    "rows in a fixed order (`first`, `after` = the previous page's `pageInfo.endCursor`). Room health covers channels and",
    'private groups (`t` c or p, discussions and team main rooms included). Rocket.Chat has no index on `lm`, `msgs` or',
    '`usersCount`: those figures find the channels and groups by their type and read each of them (a scan of the rooms).',
    '**Expensive** figures read every subscription (one per member of every room) and send a second command with the ids',
    'of every owned room: select them only when needed.',
    '',
    '| field | meaning | permission | query | database command | index | cost |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const figure of healthFigures) {
    const expensive = figure.reads.some((query) => query.expensive !== undefined);
    const column = (text: (query: HealthQuery) => string) => figure.reads.map((query) => cell(text(query))).join('<br>');
    lines.push(
      `| \`health.${figure.field}\` | ${cell(figure.meaning)}${expensive ? ' **Expensive.**' : ''} | ${figure.permission} | ${column((q) => `\`${q.name}\``)} | ${column((q) => `\`${q.command}\``)} | ${column((q) => (q.expensive ? `${q.index}. Expensive: ${q.expensive}` : q.index))} | ${column((q) => q.cost)} |`,
    );
  }
  lines.push('');
  return lines;
}
