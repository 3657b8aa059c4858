import { userQueries as q } from '../queries/users';
import { DateTime, SafeInt } from '../schema/scalars';
import { defineFigures, figure, inBothFormats, inCurrentFormat } from './figure';
import { gauge } from './gauge';
import { statistics061, statisticsTs, usersModel } from './rocketchat-sources';

// Users figures (docs/figures.md "Users"); current definitions unless in the legacy group.

export const userFigures = defineFigures({
  totalUsers: figure({
    type: () => SafeInt,
    description: 'Count of all documents in users.',
    rocketChat: statisticsTs,
    reads: [q.countAllUsers],
    compute: (total) => total,
    wire: inBothFormats,
  }),
  /** Active humans of this workspace: not guest-only, not app/bot, not federated or remote. */
  activeUsers: figure({
    type: () => SafeInt,
    description: 'Active users, not guest-only (roles exactly [guest]), not app or bot, not federated or remote.',
    rocketChat: `${usersModel} getActiveLocalUserCount`,
    reads: [q.countActiveLocalUsers],
    compute: (count) => count,
    wire: inCurrentFormat,
  }),
  nonActiveUsers: figure({
    type: () => SafeInt,
    description: 'Users with active: false.',
    rocketChat: statisticsTs,
    reads: [q.countInactiveUsers],
    compute: (count) => count,
    wire: inCurrentFormat,
  }),
  onlineUsers: figure({
    type: () => SafeInt,
    description: 'Users with status online.',
    rocketChat: statisticsTs,
    reads: [q.countUsersByStatus],
    compute: (byStatus) => byStatus.online ?? 0,
    wire: inCurrentFormat,
  }),
  awayUsers: figure({
    type: () => SafeInt,
    description: 'Users with status away.',
    rocketChat: statisticsTs,
    reads: [q.countUsersByStatus],
    compute: (byStatus) => byStatus.away ?? 0,
    wire: inCurrentFormat,
  }),
  busyUsers: figure({
    type: () => SafeInt,
    description: 'Users with status busy.',
    rocketChat: statisticsTs,
    reads: [q.countUsersByStatus],
    compute: (byStatus) => byStatus.busy ?? 0,
    wire: inCurrentFormat,
  }),
  /** Every user whose status is none of online, away, busy (from the same grouping, so it adds up). */
  offlineUsers: figure({
    type: () => SafeInt,
    description: 'totalUsers − online − away − busy (by status).',
    rocketChat: statisticsTs,
    reads: [q.countUsersByStatus],
    compute: (byStatus) => sumExcept(byStatus, ['online', 'away', 'busy']),
    wire: inCurrentFormat,
  }),
  /** Rocket.Chat counts online + away as connected; busy users are deliberately left out. */
  totalConnectedUsers: figure({
    type: () => SafeInt,
    description: 'onlineUsers + awayUsers; busy users are not counted.',
    rocketChat: statisticsTs,
    reads: [q.countUsersByStatus],
    compute: (byStatus) => (byStatus.online ?? 0) + (byStatus.away ?? 0),
    wire: inCurrentFormat,
  }),
  activeGuests: figure({
    type: () => SafeInt,
    description: 'Active users with roles exactly [guest], type not app, not remote.',
    rocketChat: `${usersModel} getActiveLocalGuestCount`,
    reads: [q.countActiveGuests],
    compute: (count) => count,
    wire: inCurrentFormat,
  }),
  appUsers: figure({
    type: () => SafeInt,
    description: 'Users with type app.',
    rocketChat: statisticsTs,
    reads: [q.countAppUsers],
    compute: (count) => count,
    wire: inCurrentFormat,
  }),
  /** Rocket.Chat ≥ 5 sends Date.toString(); the gateway sends ISO 8601 (the same instant, any JSON date parser reads it). */
  lastLogin: figure({
    type: () => DateTime,
    nullable: true,
    description: 'Greatest lastLogin over users; null if none.',
    rocketChat: `${usersModel} getLastLogin`,
    reads: [q.findLastLogin],
    compute: (latest) => latest,
    wire: inBothFormats,
  }),
});

/** Figures as Rocket.Chat 0.61 defined them (Statistics.legacy; the REST 0.61 format). */
export const legacyUserFigures = defineFigures(
  {
    /** 0.61 counted every active user, whatever its type or roles. */
    activeUsers: figure({
      type: () => SafeInt,
      description: 'users with active: true, of every type and role.',
      rocketChat: statistics061,
      reads: [q.countActiveUsersOfAnyType],
      compute: (count) => count,
      wire: { '0.61': true },
    }),
    nonActiveUsers: figure({
      type: () => SafeInt,
      description: 'totalUsers − legacy activeUsers.',
      rocketChat: statistics061,
      reads: [q.countAllUsers, q.countActiveUsersOfAnyType],
      compute: (total, active) => total - active,
      wire: { '0.61': true },
    }),
    /** 0.61 read presence from statusConnection and had no busy. */
    onlineUsers: figure({
      type: () => SafeInt,
      description: 'users with statusConnection online.',
      rocketChat: statistics061,
      reads: [q.countUsersByStatusConnection],
      compute: (byConnection) => byConnection.online ?? 0,
      wire: { '0.61': true },
    }),
    awayUsers: figure({
      type: () => SafeInt,
      description: 'users with statusConnection away.',
      rocketChat: statistics061,
      reads: [q.countUsersByStatusConnection],
      compute: (byConnection) => byConnection.away ?? 0,
      wire: { '0.61': true },
    }),
    offlineUsers: figure({
      type: () => SafeInt,
      description: 'totalUsers − legacy online − legacy away (statusConnection; no busy in 0.61).',
      rocketChat: statistics061,
      reads: [q.countUsersByStatusConnection],
      compute: (byConnection) => sumExcept(byConnection, ['online', 'away']),
      wire: { '0.61': true },
    }),
  },
  'legacy',
);

const f = userFigures;
export const userGauges = [
  gauge('users', 'Users by status (online, away, busy, offline).', [
    [{ status: 'online' }, f.onlineUsers],
    [{ status: 'away' }, f.awayUsers],
    [{ status: 'busy' }, f.busyUsers],
    [{ status: 'offline' }, f.offlineUsers],
  ]),
  gauge('active_users', 'Active human users (activeUsers: no guests-only, apps, bots, federated or remote users).', f.activeUsers),
  gauge('deactivated_users', 'Deactivated users (nonActiveUsers).', f.nonActiveUsers),
  gauge('active_guests', 'Active guest-only users (activeGuests).', f.activeGuests),
  gauge('app_users', 'Users of type app (appUsers).', f.appUsers),
];

function sumExcept(counts: Record<string, number>, excluded: string[]): number {
  return Object.entries(counts).reduce((sum, [key, count]) => (excluded.includes(key) ? sum : sum + count), 0);
}
