import {
  HealthNeverUsedRoomsDocument,
  HealthRoomsByMembersDocument,
  HealthRoomsByMessagesDocument,
  HealthRoomsWithoutOwnerDocument,
  HealthSilentRoomsDocument,
  HealthUsersNeverLoggedInDocument,
  HealthUsersNotLoggedInDocument,
  type HealthPageFragment,
  type HealthRoomRowFragment,
  type HealthUserRowFragment,
} from '../../generated/graphql';
import type { Credentials } from '../../shared/credentials';
import { runDocument } from '../gateway-client';

/** Rows per page on screen. */
export const pageSize = 10;

export type ListPage = { pageInfo: HealthPageFragment } & (
  { kind: 'rooms'; nodes: HealthRoomRowFragment[] } | { kind: 'users'; nodes: HealthUserRowFragment[] }
);

export interface HealthList {
  id: string;
  label: string;
  /** The list depends on the chosen N days. */
  withDays?: true;
  /** The permission Rocket.Chat asks for the same list of names. */
  permission: 'view-room-administration' | 'view-user-administration';
  load(credentials: Credentials, days: number, after: string | null): Promise<ListPage>;
}

type RoomPage = { nodes: HealthRoomRowFragment[]; pageInfo: HealthPageFragment } | null | undefined;
type UserPage = { nodes: HealthUserRowFragment[]; pageInfo: HealthPageFragment } | null | undefined;
const empty = { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };
const rooms = (page: RoomPage): ListPage => ({ kind: 'rooms', ...(page ?? empty) });
const users = (page: UserPage): ListPage => ({ kind: 'users', ...(page ?? empty) });

/** The Health tab's lists, each one GraphQL document (web/src/operations/health.graphql). */
export const healthLists: HealthList[] = [
  {
    id: 'silent-rooms',
    label: 'Silent rooms',
    withDays: true,
    permission: 'view-room-administration',
    load: async (c, days, after) => rooms((await runDocument(HealthSilentRoomsDocument, c, { days, first: pageSize, after })).health.rooms.silentSince?.list),
  },
  {
    id: 'never-used-rooms',
    label: 'Never used rooms',
    permission: 'view-room-administration',
    load: async (c, _days, after) => rooms((await runDocument(HealthNeverUsedRoomsDocument, c, { first: pageSize, after })).health.rooms.neverUsed.list),
  },
  {
    id: 'rooms-without-owner',
    label: 'Rooms without owner',
    permission: 'view-room-administration',
    load: async (c, _days, after) => rooms((await runDocument(HealthRoomsWithoutOwnerDocument, c, { first: pageSize, after })).health.rooms.withoutOwner.list),
  },
  {
    id: 'rooms-by-messages',
    label: 'Top by messages',
    permission: 'view-room-administration',
    load: async (c, _days, after) => rooms((await runDocument(HealthRoomsByMessagesDocument, c, { first: pageSize, after })).health.rooms.topByMessages),
  },
  {
    id: 'rooms-by-members',
    label: 'Top by members',
    permission: 'view-room-administration',
    load: async (c, _days, after) => rooms((await runDocument(HealthRoomsByMembersDocument, c, { first: pageSize, after })).health.rooms.topByMembers),
  },
  {
    id: 'users-not-logged-in',
    label: 'Users not logged in',
    withDays: true,
    permission: 'view-user-administration',
    load: async (c, days, after) =>
      users((await runDocument(HealthUsersNotLoggedInDocument, c, { days, first: pageSize, after })).health.users.notLoggedInSince?.list),
  },
  {
    id: 'users-never-logged-in',
    label: 'Never logged in',
    permission: 'view-user-administration',
    load: async (c, _days, after) =>
      users((await runDocument(HealthUsersNeverLoggedInDocument, c, { first: pageSize, after })).health.users.neverLoggedIn.list),
  },
];
