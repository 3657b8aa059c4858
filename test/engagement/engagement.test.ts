import { startHarness, type Harness } from '../helpers/harness';
import { buildEngagementWorkspace, lastWeek, now, type EngagementWorkspace } from './engagement-workspace';

let h: Harness;
let w: EngagementWorkspace;

beforeAll(async () => {
  h = await startHarness({ clock: () => now.getTime() });
  w = await buildEngagementWorkspace(h.db);
});
afterAll(() => h.close());

const rest = async (path: string, headers = w.admin.headers) => h.rest(`/api/v1/engagement-dashboard/${path}`, headers);
const query = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`;
const graphql = async (selection: string, variables: Record<string, string> = lastWeek) => {
  const answer = await h.graphql(`query ($start: DateTime!, $end: DateTime!) { engagement(start: $start, end: $end) { ${selection} } }`, {
    variables,
    headers: w.admin.headers,
  });
  expect(answer.json.errors).toBeUndefined();
  return answer.json.data.engagement;
};

const hours19 = (from: number, to: number, users: number) =>
  Array.from({ length: to - from + 1 }, (_, k) => ({ users, hour: to - k, day: 19, month: 11, year: 2026 }));

describe('engagement figures on a constructed workspace', () => {
  it('new users: days with a count, newest first, the period against the previous one, yesterday against today', async () => {
    const answer = await rest(query('users/new-users', lastWeek));
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      days: [
        { day: '2026-11-20T00:00:00.000Z', users: 1 },
        { day: '2026-11-19T00:00:00.000Z', users: 1 },
        { day: '2026-11-14T00:00:00.000Z', users: 1 },
      ],
      period: { count: 3, variation: 1 },
      yesterday: { count: 1, variation: 0 },
      success: true,
    });
    expect(await graphql('newUsers { days { day count } period { count change } yesterday { count change } }')).toEqual({
      newUsers: {
        days: [
          { day: '2026-11-20T00:00:00.000Z', count: 1 },
          { day: '2026-11-19T00:00:00.000Z', count: 1 },
          { day: '2026-11-14T00:00:00.000Z', count: 1 },
        ],
        period: { count: 3, change: 1 },
        yesterday: { count: 1, change: 0 },
      },
    });
  });

  it('messages sent: user messages of channels, groups and direct messages; the 15th (livechat only) has none', async () => {
    const answer = await rest(query('messages/messages-sent', lastWeek));
    expect(answer.json).toEqual({
      days: [
        { day: '2026-11-20T00:00:00.000Z', messages: 1 },
        { day: '2026-11-19T00:00:00.000Z', messages: 2 },
        { day: '2026-11-16T00:00:00.000Z', messages: 2 },
        { day: '2026-11-14T00:00:00.000Z', messages: 3 },
      ],
      period: { count: 8, variation: 4 },
      yesterday: { count: 2, variation: -1 },
      success: true,
    });
    const { messagesSent } = await graphql('messagesSent { days { count } period { count change } yesterday { count change } }');
    expect(messagesSent).toEqual({
      days: [{ count: 1 }, { count: 2 }, { count: 2 }, { count: 3 }],
      period: { count: 8, change: 4 },
      yesterday: { count: 2, change: -1 },
    });
  });

  it('origin: c, p and d, the group with 0 (its messages are in the previous period)', async () => {
    expect((await rest(query('messages/origin', lastWeek))).json).toEqual({
      origins: [
        { t: 'c', messages: 6 },
        { t: 'p', messages: 0 },
        { t: 'd', messages: 2 },
      ],
      success: true,
    });
    expect(await graphql('messageOrigins { roomType messages }')).toEqual({
      messageOrigins: [
        { roomType: 'c', messages: 6 },
        { roomType: 'p', messages: 0 },
        { roomType: 'd', messages: 2 },
      ],
    });
  });

  it('top five: by room, direct messages with their usernames and no name', async () => {
    expect((await rest(query('messages/top-five-popular-channels', lastWeek))).json).toEqual({
      channels: [
        { t: 'c', name: 'general', usernames: [], messages: 6 },
        { t: 'd', usernames: ['alice', 'bob'], messages: 2 },
      ],
      success: true,
    });
    expect(await graphql('topChannels { roomType name usernames messages }')).toEqual({
      topChannels: [
        { roomType: 'c', name: 'general', usernames: [], messages: 6 },
        { roomType: 'd', name: null, usernames: ['alice', 'bob'], messages: 2 },
      ],
    });
  });

  it('channels/list: rooms active in either period, most messages first, paginated', async () => {
    const answer = await rest(query('channels/list', { ...lastWeek, offset: '0', count: '2' }));
    expect(answer.json).toEqual({
      channels: [
        {
          room: { _id: 'general', name: 'general', ts: '2025-01-01T00:00:00.000Z', t: 'c', _updatedAt: '2026-11-20T09:00:00.000Z' },
          messages: 6,
          lastWeekMessages: 0,
          diffFromLastWeek: 6,
        },
        {
          room: { _id: 'dm', ts: '2025-03-01T00:00:00.000Z', t: 'd', _updatedAt: '2026-11-19T09:00:00.000Z', usernames: ['alice', 'bob'] },
          messages: 2,
          lastWeekMessages: 0,
          diffFromLastWeek: 2,
        },
      ],
      total: 3,
      offset: 0,
      count: 2,
      success: true,
    });
    const second = await rest(query('channels/list', { ...lastWeek, offset: '2' }));
    expect(second.json.channels).toEqual([
      {
        room: { _id: 'secret', name: 'secret', ts: '2025-02-01T00:00:00.000Z', t: 'p', _updatedAt: '2026-11-10T09:00:00.000Z' },
        messages: 0,
        lastWeekMessages: 4,
        diffFromLastWeek: -4,
      },
    ]);
    const page = await graphql('channels(offset: 1, count: 1) { rooms { room { id name type } messages previousMessages change } count offset total }');
    expect(page).toEqual({
      channels: { rooms: [{ room: { id: 'dm', name: null, type: 'd' }, messages: 2, previousMessages: 0, change: 2 }], count: 1, offset: 1, total: 3 },
    });
  });

  it('active users: distinct users per day, anonymous left out', async () => {
    expect((await rest(query('users/active-users', lastWeek))).json).toEqual({
      month: [
        { day: 19, month: 11, year: 2026, usersList: [w.userA, w.userB], users: 2 },
        { day: 18, month: 11, year: 2026, usersList: [w.userA], users: 1 },
      ],
      success: true,
    });
    expect(await graphql('activeUsers { day userIds users }')).toEqual({
      activeUsers: [
        { day: '2026-11-19T00:00:00.000Z', userIds: [w.userA, w.userB], users: 2 },
        { day: '2026-11-18T00:00:00.000Z', userIds: [w.userA], users: 1 },
      ],
    });
  });

  it('users by time of day: A on two devices counts once; the session across midnight counts nowhere', async () => {
    const answer = await rest(query('users/users-by-time-of-the-day-in-a-week', lastWeek));
    expect(answer.json).toEqual({
      week: [
        { users: 1, hour: 2, day: 20, month: 11, year: 2026 },
        { users: 1, hour: 1, day: 20, month: 11, year: 2026 },
        ...hours19(12, 23, 1),
        ...hours19(10, 11, 2),
        ...hours19(9, 9, 1),
      ],
      success: true,
    });
    const { usersByHour } = await graphql('usersByHour { day hour users }');
    expect(usersByHour.slice(0, 3)).toEqual([
      { day: '2026-11-20T00:00:00.000Z', hour: 2, users: 1 },
      { day: '2026-11-20T00:00:00.000Z', hour: 1, users: 1 },
      { day: '2026-11-19T00:00:00.000Z', hour: 23, users: 1 },
    ]);
  });

  it('hourly data: the 24 hours before start, in two-hour buckets; a window across midnight UTC', async () => {
    const bucketsOf19 = [
      { hour: 22, users: 1 },
      { hour: 20, users: 1 },
      { hour: 18, users: 1 },
      { hour: 16, users: 1 },
      { hour: 14, users: 1 },
      { hour: 12, users: 1 },
      { hour: 10, users: 2 },
      { hour: 8, users: 0 },
      { hour: 6, users: 0 },
      { hour: 4, users: 0 },
    ];
    expect((await rest(query('users/chat-busier/hourly-data', { start: '2026-11-20T00:00:00.000Z' }))).json).toEqual({
      hours: [...bucketsOf19, { hour: 2, users: 0 }, { hour: 0, users: 0 }],
      success: true,
    });
    expect((await rest(query('users/chat-busier/hourly-data', { start: '2026-11-20T03:00:00.000Z' }))).json).toEqual({
      hours: [...bucketsOf19, { hour: 2, users: 1 }, { hour: 0, users: 0 }],
      success: true,
    });
    const at = '2026-11-20T03:00:00.000Z';
    expect((await graphql('busiestHours { hour users }', { start: at, end: at })).busiestHours).toEqual([
      ...bucketsOf19,
      { hour: 2, users: 1 },
      { hour: 0, users: 0 },
    ]);
    expect((await rest(query('users/chat-busier/hourly-data', { start: '2026-11-25T00:00:00.000Z' }))).json).toEqual({ hours: [], success: true });
  });

  it('weekly data: daily session documents of the 8 days ending at start', async () => {
    expect((await rest(query('users/chat-busier/weekly-data', { start: '2026-11-20T00:00:00.000Z' }))).json).toEqual({
      month: [
        { users: 2, day: 19, month: 11, year: 2026 },
        { users: 1, day: 18, month: 11, year: 2026 },
      ],
      success: true,
    });
    expect((await rest(query('users/chat-busier/weekly-data', { start: '2026-11-19T00:00:00.000Z' }))).json.month).toEqual([
      { users: 2, day: 19, month: 11, year: 2026 },
      { users: 1, day: 18, month: 11, year: 2026 },
      { users: 1, day: 12, month: 11, year: 2026 },
    ]);
    const at = '2026-11-20T00:00:00.000Z';
    expect((await graphql('busiestDays { day users }', { start: at, end: at })).busiestDays).toEqual([
      { day: '2026-11-19T00:00:00.000Z', users: 2 },
      { day: '2026-11-18T00:00:00.000Z', users: 1 },
    ]);
  });
});
