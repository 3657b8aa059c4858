import type { Db } from 'mongodb';
import { defineQueries } from './database-query';
import { countQuery, countRoomsWithMessagesQuery, estimateQuery } from './simple-counts';

/** Livechat rooms by source, as Rocket.Chat's Rooms.allRoomSourcesCount groups them. */
export interface OmnichannelSource {
  id: string | null;
  alias: string | null;
  type: string | null;
  count: number;
}

async function countLivechatRoomsBySource(db: Db): Promise<OmnichannelSource[]> {
  const groups = await db
    .collection('rocketchat_room')
    .aggregate<{ _id: { id?: unknown; alias?: unknown; type?: unknown }; n: number }>([
      { $match: { t: 'l' } },
      { $group: { _id: { id: '$source.id', alias: '$source.alias', type: '$source.type' }, n: { $sum: 1 } } },
    ])
    .toArray();
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return groups
    .map(({ _id: key, n: count }) => ({ id: text(key.id), alias: text(key.alias), type: text(key.type), count }))
    .sort((a, b) => b.count - a.count || String(a.type).localeCompare(String(b.type)) || String(a.id).localeCompare(String(b.id)));
}

/**
 * The omnichannel collections (packages/models/src/models/LivechatVisitors.ts, LivechatDepartment.ts,
 * LivechatRooms.ts, LivechatCustomField.ts, LivechatTrigger.ts, EmailInbox.ts, LivechatBusinessHours.ts).
 */
export const omnichannelQueries = defineQueries({
  countLivechatVisitors: estimateQuery('rocketchat_livechat_visitor'),
  countLivechatAgents: countQuery('users', { roles: 'livechat-agent' }, '{ roles: 1 }'),
  countLivechatManagers: countQuery('users', { roles: 'livechat-manager' }, '{ roles: 1 }'),
  countDepartments: estimateQuery('rocketchat_livechat_department'),
  countArchivedDepartments: countQuery('rocketchat_livechat_department', { archived: true }, '{ archived: 1 }'),
  countLivechatRoomsWithDepartment: countQuery('rocketchat_room', { t: 'l', departmentId: { $exists: true } }, '{ departmentId: 1 } (sparse)'),
  countLivechatRoomsWithPriority: countQuery('rocketchat_room', { t: 'l', priorityId: { $exists: true } }, '{ priorityId: 1 } (sparse)'),
  countCustomFields: estimateQuery('rocketchat_livechat_custom_field'),
  countPublicCustomFields: countQuery('rocketchat_livechat_custom_field', { public: true }, 'none: a small collection'),
  countTriggers: estimateQuery('rocketchat_livechat_trigger'),
  countEmailInboxes: estimateQuery('rocketchat_email_inbox'),
  countBusinessHours: estimateQuery('rocketchat_livechat_business_hours'),
  countLivechatRoomsBySource: {
    command:
      "rocketchat_room.aggregate([{ $match: { t: 'l' } }, { $group: { _id: { id: '$source.id', alias: '$source.alias', type: '$source.type' }, n: { $sum: 1 } } }])",
    index: '{ t: 1 }',
    cost: 'grouping',
    run: countLivechatRoomsBySource,
  },
  /** Rooms.findCountOfRoomsWithActiveCalls: a room with a callStatus has, or had, a call. */
  countRoomsWithCalls: countQuery('rocketchat_room', { callStatus: { $exists: true } }, 'none: no index on callStatus'),
  /** Messages have no index on t: this reads every message, so only a selected figure pays it. */
  countChatsOnHold: countRoomsWithMessagesQuery({ t: 'omnichannel_placed_chat_on_hold' }, 'none: no index on t'),
});
