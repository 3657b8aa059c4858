import { omnichannelQueries as q } from '../queries/omnichannel';
import { settingFlag, settingText, settingValue } from '../queries/settings';
import { OmnichannelSource } from '../schema/omnichannel.types';
import { defineFigures, figure, figureGroup } from './figure';
import { countFigure, settingFigure } from './simple-figures';
import { contactFigureSpecs } from './contacts';
import { statisticsTs, usersModel } from './rocketchat-sources';

// Omnichannel figures (docs/figures.md "Omnichannel"): Statistics.omnichannel, flat keys in REST.
// A workspace without omnichannel has none of these collections: every count is then 0.

export const omnichannelGroup = figureGroup(
  'omnichannel',
  'OmnichannelStatistics',
  'Omnichannel (livechat): visitors, agents, departments, rooms and settings.',
);
const model = (name: string) => `packages/models/src/models/${name}.ts`;

export const omnichannelFigures = defineFigures(
  {
    totalVisitors: countFigure(
      q.countLivechatVisitors,
      'totalLivechatVisitors',
      'Livechat visitors (estimated count of rocketchat_livechat_visitor).',
      statisticsTs,
    ),
    totalAgents: countFigure(q.countLivechatAgents, 'totalLivechatAgents', 'Users with the livechat-agent role.', `${usersModel} countAgents`),
    totalManagers: countFigure(q.countLivechatManagers, 'totalLivechatManagers', 'Users with the livechat-manager role.', statisticsTs),
    departments: countFigure(q.countDepartments, 'departments', 'Departments, archived ones included (estimated count).', statisticsTs),
    archivedDepartments: countFigure(
      q.countArchivedDepartments,
      'archivedDepartments',
      'Departments with archived: true.',
      `${model('LivechatDepartment')} countArchived`,
    ),
    roomsWithDepartment: countFigure(
      q.countLivechatRoomsWithDepartment,
      'totalLivechatRoomsWithDepartment',
      'Livechat rooms (t: l) with a departmentId.',
      `${model('LivechatRooms')} countLivechatRoomsWithDepartment`,
    ),
    roomsWithPriority: countFigure(
      q.countLivechatRoomsWithPriority,
      'totalLivechatRoomsWithPriority',
      'Livechat rooms with a priorityId (IStats keeps the key; 8.x fills it only in enterprise.omnichannelRoomsWithPriorities).',
      `${model('LivechatRooms')} countPrioritizedRooms`,
    ),
    totalCustomFields: countFigure(q.countCustomFields, 'totalCustomFields', 'Livechat custom fields (estimated count).', statisticsTs),
    totalPublicCustomFields: countFigure(
      q.countPublicCustomFields,
      'totalLivechatPublicCustomFields',
      'Livechat custom fields with public: true.',
      statisticsTs,
    ),
    totalTriggers: countFigure(q.countTriggers, 'totalTriggers', 'Livechat triggers (estimated count).', statisticsTs),
    emailInboxes: countFigure(q.countEmailInboxes, 'emailInboxes', 'Email inboxes (estimated count).', statisticsTs),
    businessHours: countFigure(q.countBusinessHours, 'BusinessHours.total', 'Business hours (estimated count).', statisticsTs),
    /** Rocket.Chat writes the setting's value, a boolean in 8.x, or '' when it is off; the gateway writes it as text. */
    businessHoursStrategy: settingFigure(
      String,
      'BusinessHours.strategy',
      "Setting Livechat_enable_business_hours as text ('true'), '' when off or missing.",
      statisticsTs,
      (s) => {
        const value = settingValue(s, 'Livechat_enable_business_hours');
        return value === false || value == null ? '' : String(value);
      },
    ),
    sources: figure({
      type: () => [OmnichannelSource],
      description: 'Livechat rooms grouped by source (id, alias, type), most rooms first.',
      rocketChat: `${model('Rooms')} allRoomSourcesCount`,
      reads: [q.countLivechatRoomsBySource],
      compute: (sources) => sources,
      selection: '{ id alias type count }',
      wire: {
        current: 'omnichannelSources',
        value: (sources: Array<{ id: string | null; alias: string | null; type: string | null; count: number }>) =>
          sources.map(({ id, alias, type, count }) => ({
            ...(id === null ? {} : { id }),
            ...(alias === null ? {} : { alias }),
            ...(type === null ? {} : { type }),
            count,
          })),
      },
    }),
    chatsOnHold: countFigure(
      q.countChatsOnHold,
      'chatsOnHold',
      'Rooms with an omnichannel_placed_chat_on_hold message. Cost X: reads every message; computed only when selected.',
      `${model('Messages')} countRoomsWithMessageType`,
    ),
    enabled: settingFigure(Boolean, 'livechatEnabled', 'Setting Livechat_enabled.', statisticsTs, (s) => settingFlag(s, 'Livechat_enabled')),
    departmentRemovalEnabled: settingFigure(Boolean, 'isDepartmentRemovalEnabled', 'Setting Omnichannel_enable_department_removal.', statisticsTs, (s) =>
      settingFlag(s, 'Omnichannel_enable_department_removal'),
    ),
    automaticForwardingUnansweredChats: settingFigure(
      Boolean,
      'livechatAutomaticForwardingUnansweredChats',
      'Setting Livechat_auto_transfer_chat_timeout is not 0.',
      statisticsTs,
      (s) => settingValue(s, 'Livechat_auto_transfer_chat_timeout') !== 0,
    ),
    routingAlgorithm: settingFigure(String, 'routingAlgorithm', "Setting Livechat_Routing_Method; '' when missing.", statisticsTs, (s) =>
      settingText(s, 'Livechat_Routing_Method'),
    ),
    onHoldEnabled: settingFigure(Boolean, 'onHoldEnabled', 'Setting Livechat_allow_manual_on_hold.', statisticsTs, (s) =>
      settingFlag(s, 'Livechat_allow_manual_on_hold'),
    ),
    lastChattedAgentPreferred: settingFigure(Boolean, 'lastChattedAgentPreferred', 'Setting Livechat_last_chatted_agent_routing.', statisticsTs, (s) =>
      settingFlag(s, 'Livechat_last_chatted_agent_routing'),
    ),
    assignNewConversationsToContactManager: settingFigure(
      Boolean,
      'assignNewConversationsToContactManager',
      'Setting Omnichannel_contact_manager_routing.',
      statisticsTs,
      (s) => settingFlag(s, 'Omnichannel_contact_manager_routing'),
    ),
    visitorAbandonment: settingFigure(String, 'visitorAbandonment', "Setting Livechat_abandoned_rooms_action; '' when missing.", statisticsTs, (s) =>
      settingText(s, 'Livechat_abandoned_rooms_action'),
    ),
    webRTCEnabled: settingFigure(
      Boolean,
      'webRTCEnabledForOmnichannel',
      "Setting Omnichannel_call_provider is 'WebRTC'.",
      statisticsTs,
      (s) => settingValue(s, 'Omnichannel_call_provider') === 'WebRTC',
    ),
    webRTCCalls: countFigure(
      q.countRoomsWithCalls,
      'omnichannelWebRTCCalls',
      'Rooms with a callStatus: a WebRTC call, active or not (Rocket.Chat counts any status).',
      `${model('Rooms')} findCountOfRoomsWithActiveCalls`,
    ),
    ...contactFigureSpecs,
  },
  omnichannelGroup,
);
