import { collaborationQueries as q, type IntegrationFacts } from '../queries/collaboration';
import { settingFlag, settingsQueries } from '../queries/settings';
import { LanguageUsers } from '../schema/omnichannel.types';
import { SafeInt } from '../schema/scalars';
import { defineFigures, figure, figureGroup } from './figure';
import { countFigure } from './simple-figures';
import { statisticsTs } from './rocketchat-sources';

// Teams, integrations, accounts, VoIP and the room and message counts of Rocket.Chat 8.x
// (docs/figures.md "Collaboration"). Rooms and messages without an index are X: computed only when selected.

const model = (name: string) => `packages/models/src/models/${name}.ts`;
const teamService = 'apps/meteor/server/services/team/service.ts getStatistics';

export const collaborationFigures = defineFigures({
  totalBroadcastRooms: countFigure(q.countBroadcastRooms, 'totalBroadcastRooms', 'Rooms with broadcast: true.', `${model('Rooms')} countByBroadcast`),
  totalE2ERooms: countFigure(q.countEncryptedRooms, 'totalE2ERooms', 'Rooms with encrypted: true.', `${model('Rooms')} countByE2E`),
  totalRoomsWithPinned: countFigure(
    q.countRoomsWithPinned,
    'totalRoomsWithPinned',
    'Rooms with at least one pinned message (hidden and removed ones included, as Rocket.Chat counts).',
    `${model('Messages')} countRoomsWithPinnedMessages`,
  ),
  totalRoomsWithStarred: countFigure(
    q.countRoomsWithStarred,
    'totalRoomsWithStarred',
    'Rooms with at least one starred message. Cost X: no index; computed only when selected.',
    `${model('Messages')} countRoomsWithStarredMessages`,
  ),
  totalStarred: countFigure(
    q.countStarredMessages,
    'totalStarred',
    'Messages starred by someone (starred._id exists). Cost X: no index; computed only when selected.',
    `${model('Messages')} countStarred`,
  ),
  totalEncryptedMessages: countFigure(
    q.countEncryptedMessages,
    'totalEncryptedMessages',
    'End-to-end encrypted messages (t: e2e). Cost X: no index on t; computed only when selected.',
    `${model('Messages')} countByType`,
  ),
  totalUserTOTP: countFigure(q.countUsersWithTotp, 'totalUserTOTP', 'Active users with services.totp.enabled.', `${model('Users')} countActiveUsersTOTPEnable`),
  totalUserEmail2fa: countFigure(
    q.countUsersWithEmail2fa,
    'totalUserEmail2fa',
    'Active users with services.email2fa.enabled.',
    `${model('Users')} countActiveUsersEmail2faEnable`,
  ),
  totalSubscriptionRoles: countFigure(q.countSubscriptionRoles, 'totalSubscriptionRoles', 'Roles with scope Subscriptions.', `${model('Roles')} countByScope`),
  totalUserRoles: countFigure(q.countUserRoles, 'totalUserRoles', 'Roles with scope Users.', `${model('Roles')} countByScope`),
  totalCustomRoles: countFigure(q.countCustomRoles, 'totalCustomRoles', 'Roles with protected: false (custom roles).', `${model('Roles')} countCustomRoles`),
  totalLinkInvitation: countFigure(q.countInvites, 'totalLinkInvitation', 'Invite links (estimated count of rocketchat_invites).', statisticsTs),
  totalLinkInvitationUses: countFigure(q.sumInviteUses, 'totalLinkInvitationUses', 'Σ uses of the invite links.', `${model('Invites')} countUses`),
  pushQueue: countFigure(q.countPushQueue, 'pushQueue', 'Notifications waiting in rocketchat_notification_queue (estimated count).', statisticsTs),
  userLanguages: figure({
    type: () => [LanguageUsers],
    description: 'Users per language setting; "none" is every user without one.',
    rocketChat: statisticsTs,
    reads: [q.countUsersByLanguage],
    compute: (languages) => languages,
    selection: '{ language users }',
    wire: {
      current: 'userLanguages',
      value: (languages: Array<{ language: string; users: number }>): Record<string, number> => Object.fromEntries(languages.map((l) => [l.language, l.users])),
    },
  }),
});

export const teamsGroup = figureGroup('teams', 'TeamStatistics', 'Teams and the rooms inside them.');
export const teamFigures = defineFigures(
  {
    totalTeams: countFigure(q.countTeams, 'teams.totalTeams', 'Teams (estimated count of rocketchat_team).', teamService),
    totalRoomsInsideTeams: countFigure(
      q.countRoomsInsideTeams,
      'teams.totalRoomsInsideTeams',
      "Rooms with a teamId that are not a team's main room.",
      teamService,
    ),
    totalDefaultRoomsInsideTeams: countFigure(
      q.countDefaultRoomsInsideTeams,
      'teams.totalDefaultRoomsInsideTeams',
      "Rooms inside teams with teamDefault: true (not a team's main room).",
      teamService,
    ),
    /** IStats keeps an older flat key; Rocket.Chat 8.x no longer fills it, the gateway writes totalRoomsInsideTeams there. */
    roomsInsideTeams: countFigure(q.countRoomsInsideTeams, 'roomsInsideTeams', 'Same as totalRoomsInsideTeams, under the older flat key.', teamService),
  },
  teamsGroup,
);

const integrations = (pick: (i: IntegrationFacts) => boolean) => (found: IntegrationFacts[]) => found.filter(pick).length;
const ofType =
  (type: string, active = false) =>
  (i: IntegrationFacts) =>
    i.type === type && (!active || i.enabled === true);
const integrationFigure = <const K extends string>(key: K, description: string, pick: (i: IntegrationFacts) => boolean) =>
  figure({
    type: () => SafeInt,
    description,
    rocketChat: statisticsTs,
    reads: [q.findIntegrations],
    compute: integrations(pick),
    wire: { current: key } as const,
  });

export const integrationsGroup = figureGroup('integrations', 'IntegrationStatistics', 'Incoming and outgoing webhooks (rocketchat_integrations).');
export const integrationFigures = defineFigures(
  {
    totalIntegrations: integrationFigure('integrations.totalIntegrations', 'Every integration.', () => true),
    totalIncoming: integrationFigure('integrations.totalIncoming', 'Integrations of type webhook-incoming.', ofType('webhook-incoming')),
    totalIncomingActive: integrationFigure('integrations.totalIncomingActive', 'Incoming webhooks with enabled: true.', ofType('webhook-incoming', true)),
    totalOutgoing: integrationFigure('integrations.totalOutgoing', 'Integrations of type webhook-outgoing.', ofType('webhook-outgoing')),
    totalOutgoingActive: integrationFigure('integrations.totalOutgoingActive', 'Outgoing webhooks with enabled: true.', ofType('webhook-outgoing', true)),
    totalWithScriptEnabled: integrationFigure('integrations.totalWithScriptEnabled', 'Integrations with scriptEnabled: true.', (i) => i.scriptEnabled === true),
  },
  integrationsGroup,
);

export const voipGroup = figureGroup('voip', 'VoipStatistics', 'Omnichannel VoIP: setting, calls and extensions.');
export const voipFigures = defineFigures(
  {
    enabled: figure({
      type: () => Boolean,
      description: 'Setting VoIP_Enabled.',
      rocketChat: statisticsTs,
      reads: [settingsQueries.findStatisticsSettings],
      compute: (s) => settingFlag(s, 'VoIP_Enabled'),
      wire: { current: 'voipEnabled' },
    }),
    calls: countFigure(q.countVoipRooms, 'voipCalls', 'VoIP rooms (t: v).', statisticsTs),
    extensions: countFigure(q.countVoipExtensions, 'voipExtensions', 'Users with an extension.', statisticsTs),
    successfulCalls: countFigure(q.countVoipWrapUps, 'voipSuccessfulCalls', 'voip-call-wrapup messages. Cost X: no index on t.', statisticsTs),
    errorCalls: countFigure(q.countVoipErrors, 'voipErrorCalls', 'voip-call-ended-unexpectedly messages. Cost X: no index on t.', statisticsTs),
    onHoldCalls: countFigure(q.countVoipRoomsOnHold, 'voipOnHoldCalls', 'Rooms with a voip-call-on-hold message. Cost X: no index on t.', statisticsTs),
  },
  voipGroup,
);
