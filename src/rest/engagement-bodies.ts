import type {
  DailyTotalsFieldsFragment,
  EngagementActiveUsersQuery,
  EngagementBusiestDaysQuery,
  EngagementBusiestHoursQuery,
  EngagementChannelsQuery,
  EngagementMessageOriginsQuery,
  EngagementMessagesSentQuery,
  EngagementNewUsersQuery,
  EngagementTopChannelsQuery,
  EngagementUsersByHourQuery,
} from '../generated/operations';

/** Year, month and day of a DateTime at midnight UTC: the fields of Rocket.Chat's session groupings. */
function dateParts(iso: string): { day: number; month: number; year: number } {
  const date = new Date(iso);
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
}

/** Rocket.Chat leaves out a field whose value is missing (a `$project` of a missing path). */
function present<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined)) as Partial<T>;
}

function dailyBody(totals: DailyTotalsFieldsFragment, countName: 'users' | 'messages') {
  return {
    days: totals.days.map((entry) => ({ day: entry.day, [countName]: entry.count })),
    period: { count: totals.period.count, variation: totals.period.change },
    yesterday: { count: totals.yesterday.count, variation: totals.yesterday.change },
  };
}

/** The GraphQL answers in the bodies of Rocket.Chat's engagement endpoints (the Rocket.Chat-Open-API schemas). */
export const engagementReshapers = {
  newUsers: (data: EngagementNewUsersQuery) => dailyBody(data.engagement.newUsers, 'users'),
  messagesSent: (data: EngagementMessagesSentQuery) => dailyBody(data.engagement.messagesSent, 'messages'),
  activeUsers: (data: EngagementActiveUsersQuery) => ({
    month: data.engagement.activeUsers.map((entry) => ({ ...dateParts(entry.day), usersList: entry.userIds, users: entry.users })),
  }),
  usersByHour: (data: EngagementUsersByHourQuery) => ({
    week: data.engagement.usersByHour.map((entry) => ({ users: entry.users, hour: entry.hour, ...dateParts(entry.day) })),
  }),
  busiestHours: (data: EngagementBusiestHoursQuery) => ({ hours: data.engagement.busiestHours.map((entry) => ({ hour: entry.hour, users: entry.users })) }),
  busiestDays: (data: EngagementBusiestDaysQuery) => ({ month: data.engagement.busiestDays.map((entry) => ({ users: entry.users, ...dateParts(entry.day) })) }),
  origins: (data: EngagementMessageOriginsQuery) => ({
    origins: data.engagement.messageOrigins.map((entry) => ({ t: entry.roomType, messages: entry.messages })),
  }),
  topChannels: (data: EngagementTopChannelsQuery) => ({
    channels: data.engagement.topChannels.map((entry) =>
      present({ t: entry.roomType, messages: entry.messages, name: entry.name, usernames: entry.usernames }),
    ),
  }),
  channels: (data: EngagementChannelsQuery) => {
    const page = data.engagement.channels;
    return {
      channels: page.rooms.map((entry) => ({
        room: present({
          _id: entry.room.id,
          name: entry.room.name,
          ts: entry.room.createdAt,
          t: entry.room.type,
          _updatedAt: entry.room.updatedAt,
          usernames: entry.room.usernames,
        }),
        messages: entry.messages,
        lastWeekMessages: entry.previousMessages,
        diffFromLastWeek: entry.change,
      })),
      total: page.total,
      offset: page.offset,
      count: page.count,
    };
  },
};
