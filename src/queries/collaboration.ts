import type { Db } from 'mongodb';
import { countBy } from './count-by';
import { defineQueries } from './database-query';
import { countQuery, countRoomsWithMessagesQuery, estimateQuery } from './simple-counts';

export interface IntegrationFacts {
  type: unknown;
  enabled: unknown;
  scriptEnabled: unknown;
}

/** Rocket.Chat reads type, enabled and scriptEnabled of every integration (a small collection). */
async function findIntegrations(db: Db): Promise<IntegrationFacts[]> {
  return db
    .collection<IntegrationFacts>('rocketchat_integrations')
    .find({}, { projection: { _id: 0, type: 1, enabled: 1, scriptEnabled: 1 } })
    .toArray();
}

/** Σ uses of the invite links (Invites.countUses), one $sum accumulator. */
async function sumInviteUses(db: Db): Promise<number> {
  const [total] = await db
    .collection('rocketchat_invites')
    .aggregate<{ n: number }>([{ $group: { _id: null, n: { $sum: '$uses' } } }])
    .toArray();
  return typeof total?.n === 'number' ? total.n : 0;
}

/**
 * Users per `language` (Users.getUserLanguages), and Rocket.Chat's `none`: every user without one.
 * Rocket.Chat takes `none` as totalUsers minus the others; the one grouping counts every user, so
 * the gateway needs no second query for it.
 */
async function countUsersByLanguage(db: Db): Promise<Array<{ language: string; users: number }>> {
  const groups = await countBy<unknown>(db.collection('users'), '$language');
  const withLanguage = groups.filter((g) => typeof g.key === 'string' && g.key !== '');
  const none = groups.reduce((sum, g) => sum + g.count, 0) - withLanguage.reduce((sum, g) => sum + g.count, 0);
  return [
    { language: 'none', users: none },
    ...withLanguage.map((g) => ({ language: g.key as string, users: g.count })).sort((a, b) => a.language.localeCompare(b.language)),
  ];
}

/**
 * Teams, integrations, roles, invites, two-factor users, VoIP and the room and message counts
 * Rocket.Chat 8.x added (packages/models/src/models/Team.ts, Integrations.ts, Roles.ts, Invites.ts,
 * Users.ts, Rooms.ts, Messages.ts).
 */
export const collaborationQueries = defineQueries({
  countTeams: estimateQuery('rocketchat_team'),
  /** A team's main room carries teamMain: true; the rooms inside it carry teamId only. */
  countRoomsInsideTeams: countQuery('rocketchat_room', { teamId: { $exists: true }, teamMain: { $ne: true } }, '{ teamId: 1 } (sparse)'),
  countDefaultRoomsInsideTeams: countQuery(
    'rocketchat_room',
    { teamId: { $exists: true }, teamDefault: true, teamMain: { $ne: true } },
    '{ teamId: 1, teamDefault: 1 } (sparse)',
  ),
  findIntegrations: {
    command: 'rocketchat_integrations.find({}, { type, enabled, scriptEnabled })',
    index: 'none: a small collection',
    cost: 'scan',
    run: findIntegrations,
  },
  countSubscriptionRoles: countQuery('rocketchat_roles', { scope: 'Subscriptions' }, '{ scope: 1 }'),
  countUserRoles: countQuery('rocketchat_roles', { scope: 'Users' }, '{ scope: 1 }'),
  countCustomRoles: countQuery('rocketchat_roles', { protected: false }, 'none: a small collection'),
  countInvites: estimateQuery('rocketchat_invites'),
  sumInviteUses: {
    command: "rocketchat_invites.aggregate([{ $group: { _id: null, n: { $sum: '$uses' } } }])",
    index: 'none: a small collection',
    cost: 'scan',
    run: sumInviteUses,
  },
  countUsersWithTotp: countQuery('users', { active: true, 'services.totp.enabled': true }, "{ 'services.totp.enabled': 1 } (sparse)"),
  countUsersWithEmail2fa: countQuery('users', { active: true, 'services.email2fa.enabled': true }, "{ 'services.email2fa.enabled': 1 } (sparse)"),
  countUsersByLanguage: {
    command: "users.aggregate([{ $group: { _id: '$language', n: { $sum: 1 } } }])",
    index: 'none: reads language of every user',
    cost: 'grouping',
    run: countUsersByLanguage,
  },
  countBroadcastRooms: countQuery('rocketchat_room', { broadcast: true }, 'none: reads every room'),
  countEncryptedRooms: countQuery('rocketchat_room', { encrypted: true }, 'none: reads every room'),
  countVoipRooms: countQuery('rocketchat_room', { t: 'v' }, '{ t: 1 }'),
  countVoipExtensions: countQuery('users', { extension: { $exists: true } }, '{ extension: 1 } (sparse)'),
  countVoipWrapUps: countQuery('rocketchat_message', { t: 'voip-call-wrapup' }, 'none: no index on t'),
  countVoipErrors: countQuery('rocketchat_message', { t: 'voip-call-ended-unexpectedly' }, 'none: no index on t'),
  countVoipRoomsOnHold: countRoomsWithMessagesQuery({ t: 'voip-call-on-hold' }, 'none: no index on t'),
  countRoomsWithPinned: countRoomsWithMessagesQuery({ pinned: true }, '{ pinned: 1 } (sparse)'),
  countRoomsWithStarred: countRoomsWithMessagesQuery({ 'starred._id': { $exists: true } }, 'none: no index on starred'),
  countStarredMessages: countQuery('rocketchat_message', { 'starred._id': { $exists: true } }, 'none: no index on starred'),
  countEncryptedMessages: countQuery('rocketchat_message', { t: 'e2e' }, 'none: no index on t'),
  countPushQueue: estimateQuery('rocketchat_notification_queue'),
});
