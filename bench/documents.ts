import { print } from 'graphql';
import { LiveStatisticsDocument } from '../src/generated/operations';
import type { QueryName } from '../src/figures/catalog';

/** The whole fixed document the REST shim and the Workspace page run, with its `refresh` variable. */
export const wholeDocument = print(LiveStatisticsDocument);

/**
 * One figure of each query family: asking for it sends that family's one query and nothing else.
 * Instances are asked as a list: `instanceCount` depends on the clock, the list does not.
 */
export const oneFigureOfFamily: Record<QueryName, string> = {
  countAllUsers: 'totalUsers',
  countUsersByStatus: 'onlineUsers',
  countUsersByStatusConnection: 'legacy { onlineUsers }',
  countActiveLocalUsers: 'activeUsers',
  countActiveUsersOfAnyType: 'legacy { activeUsers }',
  countInactiveUsers: 'nonActiveUsers',
  countActiveGuests: 'activeGuests',
  countAppUsers: 'appUsers',
  findLastLogin: 'lastLogin',
  countAllRooms: 'totalRooms',
  countRoomsByType: 'totalDirectMessages',
  countAllMessages: 'legacy { totalMessages }',
  countThreads: 'totalThreads',
  countPinnedMessages: 'totalPinned',
  findLastMessageSentAt: 'lastMessageSentAt',
  findLastSeenSubscription: 'lastSeenSubscription',
  countUploads: 'uploadsTotal',
  sumUploadSizes: 'uploadsTotalSize',
  findMigrationControl: 'migration { version }',
  findRocketChatBuild: 'version',
  findMongoServerFacts: 'mongoVersion',
  findInstances: 'instances { id name pid updatedAt }',
  countBroadcastRooms: 'totalBroadcastRooms',
  countEncryptedRooms: 'totalE2ERooms',
  countRoomsWithPinned: 'totalRoomsWithPinned',
  countRoomsWithStarred: 'totalRoomsWithStarred',
  countStarredMessages: 'totalStarred',
  countEncryptedMessages: 'totalEncryptedMessages',
  countUsersWithTotp: 'totalUserTOTP',
  countUsersWithEmail2fa: 'totalUserEmail2fa',
  countSubscriptionRoles: 'totalSubscriptionRoles',
  countUserRoles: 'totalUserRoles',
  countCustomRoles: 'totalCustomRoles',
  countInvites: 'totalLinkInvitation',
  sumInviteUses: 'totalLinkInvitationUses',
  countPushQueue: 'pushQueue',
  countUsersByLanguage: 'userLanguages { language users }',
  countTeams: 'teams { totalTeams }',
  countRoomsInsideTeams: 'teams { totalRoomsInsideTeams }',
  countDefaultRoomsInsideTeams: 'teams { totalDefaultRoomsInsideTeams }',
  findIntegrations: 'integrations { totalIntegrations }',
  countLivechatVisitors: 'omnichannel { totalVisitors }',
  countLivechatAgents: 'omnichannel { totalAgents }',
  countLivechatManagers: 'omnichannel { totalManagers }',
  countDepartments: 'omnichannel { departments }',
  countArchivedDepartments: 'omnichannel { archivedDepartments }',
  countLivechatRoomsWithDepartment: 'omnichannel { roomsWithDepartment }',
  countLivechatRoomsWithPriority: 'omnichannel { roomsWithPriority }',
  countCustomFields: 'omnichannel { totalCustomFields }',
  countPublicCustomFields: 'omnichannel { totalPublicCustomFields }',
  countTriggers: 'omnichannel { totalTriggers }',
  countEmailInboxes: 'omnichannel { emailInboxes }',
  countBusinessHours: 'omnichannel { businessHours }',
  findStatisticsSettings: 'omnichannel { businessHoursStrategy }',
  countLivechatRoomsBySource: 'omnichannel { sources { id alias type count } }',
  countChatsOnHold: 'omnichannel { chatsOnHold }',
  countVoipRooms: 'voip { calls }',
  countVoipExtensions: 'voip { extensions }',
  countVoipWrapUps: 'voip { successfulCalls }',
  countVoipErrors: 'voip { errorCalls }',
  countVoipRoomsOnHold: 'voip { onHoldCalls }',
  findUserDailySessions: 'sessions { uniqueUsers { lastMonth } }',
  countVideoConferencesByKindAndState: 'videoConf',
  findLoginServices: 'services',
  countRoomsWithCalls: 'omnichannel { webRTCCalls }',
  findContactRooms: 'omnichannel { uniqueContactsOfLastMonth }',
  findContacts: 'omnichannel { contactVerification }',
};

export const oneFigureDocument = (family: QueryName): string => `{ statistics(refresh: true) { ${oneFigureOfFamily[family]} } }`;

/**
 * What a monitoring dashboard polls: the Usage figures, without refresh, so pollers share the
 * figures computed in the last few seconds.
 */
export const dashboardDocument = `{ statistics {
  totalUsers activeUsers nonActiveUsers onlineUsers awayUsers busyUsers offlineUsers totalConnectedUsers activeGuests appUsers
  totalRooms totalChannels totalPrivateGroups totalDirect totalLivechat totalDiscussions
  totalMessages totalThreads totalChannelMessages totalPrivateGroupMessages totalDirectMessages totalLivechatMessages totalDiscussionsMessages
  lastMessageSentAt uploadsTotal uploadsTotalSize
} }`;

/** The cheapest GraphQL request: what the server costs without any figure. */
export const typenameDocument = '{ __typename }';
