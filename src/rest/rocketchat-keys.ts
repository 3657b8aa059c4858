import type { RestFormat } from '../config';

/**
 * The top-level keys of Rocket.Chat's statistics document in each REST format, in the order the
 * gateway writes them. A key no figure declares is left out of the body; every key a figure declares
 * must be here (test/rest/wire-format.test.ts).
 */
// Grouped by theme on a few lines, as Rocket.Chat's sources list them.
// prettier-ignore
export const rocketChatKeys: Record<RestFormat, readonly string[]> = {
  /** Rocket.Chat 0.61's documented response (test/fixtures/rocketchat-0.61-statistics.md), in its order. */
  '0.61': [
    '_id', 'uniqueId', 'installedAt', 'version',
    'totalUsers', 'activeUsers', 'nonActiveUsers', 'onlineUsers', 'awayUsers', 'offlineUsers',
    'totalRooms', 'totalChannels', 'totalPrivateGroups', 'totalDirect', 'totlalLivechat',
    'totalMessages', 'totalChannelMessages', 'totalPrivateGroupMessages', 'totalDirectMessages', 'totalLivechatMessages',
    'lastLogin', 'lastMessageSentAt', 'lastSeenSubscription', 'os', 'process', 'deploy', 'migration', 'instanceCount',
    'createdAt', '_updatedAt',
  ],
  /**
   * Rocket.Chat 8.x: the keys of `IStats` (packages/core-typings/src/IStats.ts, as published in
   * @rocket.chat/core-typings 8.3.8), in its declaration order. Rocket.Chat's own JSON order follows
   * the order its asynchronous counts finish in (apps/meteor/app/statistics/server/lib/statistics.ts),
   * so no order is Rocket.Chat's. Three keys stand elsewhere: `createdAt` last before `_updatedAt`,
   * where Rocket.Chat's save() adds it, and, where earlier gateway versions wrote them,
   * `totalMessages` before the per-type message sums and `apps` after `deploy`.
   */
  current: [
    '_id', 'wizard', 'uniqueId', 'deploymentFingerprintHash', 'deploymentFingerprintVerified', 'installedAt', 'version', 'tag', 'branch',
    'totalUsers', 'activeUsers', 'activeGuests', 'nonActiveUsers', 'appUsers', 'onlineUsers', 'awayUsers', 'busyUsers', 'totalConnectedUsers', 'offlineUsers',
    'userLanguages',
    'totalRooms', 'totalChannels', 'totalPrivateGroups', 'totalDirect', 'totalLivechat', 'totalDiscussions', 'totalThreads',
    'teams', 'totalLivechatVisitors', 'totalLivechatAgents', 'totalLivechatManagers', 'totalCustomFields', 'totalLivechatPublicCustomFields',
    'livechatAutomaticForwardingUnansweredChats', 'livechatEnabled', 'isDepartmentRemovalEnabled',
    'totalMessages', 'totalChannelMessages', 'totalPrivateGroupMessages', 'totalDirectMessages', 'totalDiscussionsMessages', 'totalLivechatMessages',
    'totalLivechatRoomsWithPriority', 'totalLivechatRoomsWithDepartment', 'totalTriggers',
    'federatedServers', 'federatedUsers',
    'lastLogin', 'lastMessageSentAt', 'lastSeenSubscription', 'os', 'process', 'deploy', 'apps',
    'enterpriseReady', 'uploadsTotal', 'uploadsTotalSize', 'fileStoreType', 'migration', 'instanceCount', 'oplogEnabled', 'msEnabled',
    'mongoVersion', 'mongoStorageEngine', 'pushQueue',
    'omnichannelSources', 'omnichannelContactsBySource', 'uniqueContactsOfLastMonth', 'uniqueContactsOfLastWeek', 'uniqueContactsOfYesterday',
    'departments', 'archivedDepartments', 'routingAlgorithm', 'onHoldEnabled', 'emailInboxes', 'BusinessHours', 'lastChattedAgentPreferred',
    'assignNewConversationsToContactManager', 'visitorAbandonment', 'chatsOnHold',
    'voipEnabled', 'voipCalls', 'voipExtensions', 'voipSuccessfulCalls', 'voipErrorCalls', 'voipOnHoldCalls',
    'federationOverviewData', 'readReceiptsEnabled', 'readReceiptsDetailed',
    'uniqueUsersOfLastWeek', 'uniqueUsersOfLastMonth', 'uniqueUsersOfYesterday',
    'uniqueDevicesOfYesterday', 'uniqueDevicesOfLastWeek', 'uniqueDevicesOfLastMonth',
    'uniqueOSOfYesterday', 'uniqueOSOfLastWeek', 'uniqueOSOfLastMonth',
    'services', 'importer', 'settings', 'integrations', 'enterprise',
    'slashCommandsJitsi', 'messageAuditApply', 'messageAuditLoad', 'dashboardCount', 'joinJitsiButton', 'totalBroadcastRooms', 'totalTriggeredEmails',
    'totalRoomsWithStarred', 'totalRoomsWithPinned', 'totalUserEmail2fa', 'totalUserTOTP', 'totalStarred', 'totalPinned',
    'totalLinkInvitation', 'totalEmailInvitation', 'totalE2ERooms',
    'logoChange', 'homeTitleChanged', 'homeBodyChanged', 'customCSSChanged', 'onLogoutCustomScriptChanged', 'loggedOutCustomScriptChanged',
    'loggedInCustomScriptChanged', 'roomsInsideTeams', 'showHomeButton', 'totalEncryptedMessages', 'totalLinkInvitationUses', 'totalManuallyAddedUsers',
    'videoConf', 'totalSubscriptionRoles', 'totalUserRoles', 'totalCustomRoles', 'totalWebRTCCalls', 'uncaughtExceptionsCount',
    'push', 'pushSecured', 'dailyPeakConnections', 'maxMonthlyPeakConnections', 'matrixFederation',
    'webRTCEnabled', 'webRTCEnabledForOmnichannel', 'omnichannelWebRTCCalls', 'statsToken', 'contactVerification',
    'abacEnabled', 'abacTotalAttributes', 'abacTotalAttributeValues', 'abacRoomsEnrolled', 'allowUnsafeQueryAndFieldsApiParamsEnabled',
    'createdAt', '_updatedAt',
  ],
};
