// The answers of GET /api/v1/engagement-dashboard/..., as Rocket.Chat's EE routes declare them
// (apps/meteor/ee/server/api/engagementDashboard/{users,messages,channels}.ts); dates arrive as ISO text.

export type RoomType = 'c' | 'p' | 'd';

/** Users created, or messages sent, in the period and yesterday, each with its change. */
export interface CountAndVariation {
  count: number;
  variation: number;
}

export interface NewUsersAnswer {
  days: { day: string; users: number }[];
  period: CountAndVariation;
  yesterday: CountAndVariation;
}

export interface ActiveUsersDay {
  day: number;
  month: number;
  year: number;
  usersList: string[];
  users: number;
}

export interface ActiveUsersAnswer {
  month: ActiveUsersDay[];
}

export interface UsersByTimeOfDayAnswer {
  week: { users: number; hour: number; day: number; month: number; year: number }[];
}

export interface HourlyDataAnswer {
  hours: { users: number; hour: number }[];
}

export interface WeeklyDataAnswer {
  month: { users: number; day: number; month: number; year: number }[];
}

export interface MessagesSentAnswer {
  days: { day: string; messages: number }[];
  period: CountAndVariation;
  yesterday: CountAndVariation;
}

export interface OriginAnswer {
  origins: { t: RoomType; messages: number }[];
}

export interface TopFiveAnswer {
  channels: { t: RoomType; messages: number; name?: string; usernames?: string[] }[];
}

export interface ChannelsListRow {
  room: { _id: string; name?: string; ts: string; t: RoomType; _updatedAt: string; usernames?: string[] };
  messages: number;
  lastWeekMessages: number;
  diffFromLastWeek: number;
}

export interface ChannelsListAnswer {
  channels: ChannelsListRow[];
  count: number;
  offset: number;
  total: number;
}
