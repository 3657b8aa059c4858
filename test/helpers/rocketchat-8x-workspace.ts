import type { Db } from 'mongodb';
import { insertMany } from './fixtures';
import { expectedServiceFigures, insertServicesWorkspace } from './services-workspace';
import { expectedSessionFigures, insertSessionsWorkspace } from './sessions-workspace';

/**
 * A workspace for the figures Rocket.Chat 8.x added (see expected8xFigures): each document is there
 * to tell a figure from its neighbour (an archived department, a disabled webhook, a team's main
 * room, an inactive user with TOTP, a hidden pinned message, a setting left at its default).
 */
export async function insert8xWorkspace(db: Db): Promise<void> {
  const user = (fields: Record<string, unknown>) => ({ type: 'user', active: true, roles: ['user'], status: 'offline', ...fields });
  await insertMany(db, 'users', [
    user({ roles: ['user', 'livechat-agent'], language: 'de', services: { totp: { enabled: true } } }),
    user({ roles: ['livechat-agent', 'livechat-manager'], language: 'de', services: { email2fa: { enabled: true } } }),
    // inactive: not counted in totalUserTOTP.
    user({ active: false, language: 'pt-BR', services: { totp: { enabled: true } } }),
    user({ extension: '100', language: '' }),
  ]);
  await insertMany(db, 'rocketchat_livechat_visitor', [{ token: 'a' }, { token: 'b' }, { token: 'c' }]);
  await insertMany(db, 'rocketchat_livechat_department', [{ name: 'Sales' }, { name: 'Support' }, { name: 'Old', archived: true }]);
  await insertMany(db, 'rocketchat_livechat_custom_field', [
    { label: 'cpf', public: true },
    { label: 'internal', public: false },
  ]);
  await insertMany(db, 'rocketchat_livechat_trigger', [{ name: 'welcome' }]);
  await insertMany(db, 'rocketchat_email_inbox', [{ email: 'support@example.org' }]);
  await insertMany(db, 'rocketchat_livechat_business_hours', [{ name: 'default' }, { name: 'weekend' }]);
  await insertMany(db, 'rocketchat_room', [
    { _id: 'l1', t: 'l', departmentId: 'sales', source: { type: 'widget' }, callStatus: 'ended' },
    { _id: 'l2', t: 'l', departmentId: 'support', priorityId: 'p1', source: { type: 'email', id: 'inbox1', alias: 'Support' } },
    { _id: 'l3', t: 'l', source: { type: 'widget' } },
    // a channel with a departmentId is no livechat room.
    { _id: 'c-dept', t: 'c', departmentId: 'sales' },
    { _id: 'v1', t: 'v' },
    { _id: 'main', t: 'p', teamId: 't1', teamMain: true, teamDefault: true },
    { _id: 'inside', t: 'c', teamId: 't1' },
    { _id: 'default', t: 'c', teamId: 't1', teamDefault: true, broadcast: true },
    { _id: 'other-team', t: 'p', teamId: 't2', encrypted: true },
    { _id: 'e2e-dm', t: 'd', encrypted: true },
  ]);
  await insertMany(db, 'rocketchat_team', [{ name: 't1' }, { name: 't2' }]);
  await insertMany(db, 'rocketchat_message', [
    { rid: 'l1', t: 'omnichannel_placed_chat_on_hold', ts: new Date() },
    { rid: 'l1', t: 'omnichannel_placed_chat_on_hold', ts: new Date() },
    { rid: 'l2', t: 'omnichannel_placed_chat_on_hold', ts: new Date() },
    { rid: 'v1', t: 'voip-call-wrapup', ts: new Date() },
    { rid: 'v1', t: 'voip-call-ended-unexpectedly', ts: new Date() },
    { rid: 'v1', t: 'voip-call-on-hold', ts: new Date() },
    { rid: 'v1', t: 'voip-call-on-hold', ts: new Date() },
    { rid: 'e2e-dm', t: 'e2e', msg: 'x', ts: new Date() },
    { rid: 'other-team', t: 'e2e', msg: 'y', ts: new Date() },
    { rid: 'inside', msg: 'starred twice', starred: [{ _id: 'u1' }, { _id: 'u2' }], ts: new Date() },
    { rid: 'inside', msg: 'starred', starred: [{ _id: 'u1' }], ts: new Date() },
    { rid: 'default', msg: 'starred', starred: [{ _id: 'u1' }], ts: new Date() },
    { rid: 'inside', msg: 'pinned', pinned: true, ts: new Date() },
    // hidden: not in totalPinned, but its room counts in totalRoomsWithPinned as in Rocket.Chat.
    { rid: 'main', msg: 'pinned, hidden', pinned: true, _hidden: true, ts: new Date() },
  ]);
  await insertMany(db, 'rocketchat_integrations', [
    { type: 'webhook-incoming', enabled: true, scriptEnabled: true },
    { type: 'webhook-incoming', enabled: false, scriptEnabled: false },
    { type: 'webhook-outgoing', enabled: true },
    { type: 'webhook-outgoing', enabled: false },
  ]);
  await insertMany(db, 'rocketchat_roles', [
    { name: 'owner', scope: 'Subscriptions', protected: true },
    { name: 'room-helper', scope: 'Subscriptions', protected: false },
    { name: 'admin', scope: 'Users', protected: true },
    { name: 'user', scope: 'Users', protected: true },
    { name: 'guest', scope: 'Users', protected: true },
  ]);
  await insertMany(db, 'rocketchat_invites', [{ uses: 3 }, { uses: 4 }]);
  await insertMany(db, 'rocketchat_notification_queue', [{ uid: 'a' }]);
  const setting = (_id: string, value: unknown, packageValue: unknown = value) => ({ _id, value, packageValue });
  await db.collection('rocketchat_settings').insertMany([
    setting('Livechat_enabled', true, false),
    setting('Livechat_Routing_Method', 'Auto_Selection'),
    setting('Livechat_auto_transfer_chat_timeout', 0),
    setting('Livechat_enable_business_hours', true, false),
    setting('Omnichannel_call_provider', 'WebRTC', 'default-provider'),
    setting('VoIP_Enabled', false),
    setting('Push_enable', true),
    setting('Push_enable_gateway', false, true),
    setting('Push_gateway', 'https://push.example.org', 'https://gateway.rocket.chat'),
    // left at its default: not changed.
    setting('Layout_Home_Title', 'Home'),
    setting('Layout_Home_Body', '<p>Welcome</p>', ''),
    setting('Assets_logo', { url: 'assets/logo.png', defaultUrl: 'images/logo.svg' }, { defaultUrl: 'images/logo.svg' }),
    setting('Engagement_Dashboard_Load_Count', 7, 0),
    setting('CSV_Importer_Count', 12, 0),
    setting('Organization_Type', 'community', ''),
    setting('Register_Server', true, false),
    setting('E2E_Enable', true, false),
    setting('SMTP_Host', 'smtp.example.org', ''),
    setting('FileUpload_Storage_Type', 'GridFS'),
  ] as never[]);
  await insertMany(db, 'rocketchat_statistics', [
    { version: '8.2.0', tag: '8.2.0', dailyPeakConnections: 40, createdAt: new Date('2026-01-01T00:00:00.000Z') },
    {
      version: '8.3.8',
      tag: '8.3.8',
      branch: 'release-8.3.8',
      msEnabled: false,
      dailyPeakConnections: 12,
      maxMonthlyPeakConnections: 40,
      apps: { engineVersion: '1.50.0', totalInstalled: 3, totalActive: 2, totalFailed: false, totalPrivateApps: 1, totalPrivateAppsEnabled: 0 },
      // computed from rocketchat_sessions now: never read from here.
      uniqueUsersOfLastMonth: { year: 2026, month: 2, day: 28, data: [{ count: 4, sessions: 9, time: 3600, roles: [] }] },
      createdAt: new Date('2026-02-01T00:00:00.000Z'),
    },
  ]);
  await insertSessionsWorkspace(db);
  await insertServicesWorkspace(db);
}

/** The 8.x figures of insert8xWorkspace plus one admin (roles admin+user, no language). */
export const expected8xFigures = {
  omnichannel: {
    totalVisitors: 3,
    totalAgents: 2,
    totalManagers: 1,
    departments: 3,
    archivedDepartments: 1,
    roomsWithDepartment: 2,
    roomsWithPriority: 1,
    totalCustomFields: 2,
    totalPublicCustomFields: 1,
    totalTriggers: 1,
    emailInboxes: 1,
    businessHours: 2,
    businessHoursStrategy: 'true',
    sources: [
      { id: null, alias: null, type: 'widget', count: 2 },
      { id: 'inbox1', alias: 'Support', type: 'email', count: 1 },
    ],
    chatsOnHold: 2,
    enabled: true,
    departmentRemovalEnabled: false,
    automaticForwardingUnansweredChats: false,
    routingAlgorithm: 'Auto_Selection',
    webRTCEnabled: true,
    webRTCCalls: 1,
    // No contacts collection: Rocket.Chat's zeros (its counter settings are missing, so left out).
    contactVerification: {
      totalContacts: 0,
      totalUnknownContacts: 0,
      totalConflicts: 0,
      totalBlockedContacts: 0,
      totalPartiallyBlockedContacts: 0,
      totalFullyBlockedContacts: 0,
      totalVerifiedContacts: 0,
      avgChannelsPerContact: 0,
      totalContactsWithoutChannels: 0,
    },
  },
  voip: { enabled: false, calls: 1, extensions: 1, successfulCalls: 1, errorCalls: 1, onHoldCalls: 1 },
  teams: { totalTeams: 2, totalRoomsInsideTeams: 3, totalDefaultRoomsInsideTeams: 1, roomsInsideTeams: 3 },
  integrations: { totalIntegrations: 4, totalIncoming: 2, totalIncomingActive: 1, totalOutgoing: 2, totalOutgoingActive: 1, totalWithScriptEnabled: 1 },
  totalBroadcastRooms: 1,
  totalE2ERooms: 2,
  totalRoomsWithPinned: 2,
  totalRoomsWithStarred: 2,
  totalStarred: 3,
  totalPinned: 1,
  totalEncryptedMessages: 2,
  totalUserTOTP: 1,
  totalUserEmail2fa: 1,
  totalSubscriptionRoles: 2,
  totalUserRoles: 3,
  totalCustomRoles: 1,
  totalLinkInvitation: 2,
  totalLinkInvitationUses: 7,
  pushQueue: 1,
  userLanguages: [
    // the admin, the user with language '' and the six users of the login services.
    { language: 'none', users: 8 },
    { language: 'de', users: 2 },
    { language: 'pt-BR', users: 1 },
  ],
  fileStoreType: 'GridFS',
  deploymentFingerprintHash: '',
  wizard: { organizationType: 'community', industry: '', registerServer: true },
  customization: { logoChange: true, homeTitleChanged: false, homeBodyChanged: true, customCSSChanged: false, showHomeButton: false },
  usage: { dashboardCount: 7, messageAuditApply: 0 },
  push: { settingsBitmask: 5, secured: false },
  importer: { totalCSVImportedUsers: 12, totalSlackImportedUsers: 0 },
  tag: '8.3.8',
  branch: 'release-8.3.8',
  msEnabled: false,
  statsToken: null,
  enterpriseReady: true,
  apps: { totalInstalled: 3, totalActive: 2, totalFailed: null, totalPrivateApps: 1, totalPrivateAppsEnabled: 0 },
  sessions: {
    dailyPeakConnections: 12,
    maxMonthlyPeakConnections: 40,
    ...expectedSessionFigures(),
  },
  ...expectedServiceFigures,
};
