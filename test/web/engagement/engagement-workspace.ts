import type { Db } from 'mongodb';
import { insertMany } from '../../helpers/fixtures';

const dayMs = 86_400_000;

/**
 * A small workspace whose engagement figures are known by hand, laid out around `now`: users,
 * sessions and messages on days counted back from today (UTC). `expected` holds what the page
 * must show for it.
 */
/** Rooms quiet in the last 7 days, active in the 9 days before: they fill Channels past its first page. */
const quietRooms = Array.from({ length: 25 }, (_, index) => `quiet-${String(index + 1).padStart(2, '0')}`);

export function engagementWorkspace(now: Date) {
  const today = Math.floor(now.getTime() / dayMs) * dayMs;
  /** A moment `back` days before today at `hour`:`minute` UTC. */
  const at = (back: number, hour = 10, minute = 0) => new Date(today - back * dayMs + hour * 3_600_000 + minute * 60_000);
  const dayKey = (back: number) => at(back).toISOString().slice(0, 10);
  const parts = (back: number) => ({ year: at(back).getUTCFullYear(), month: at(back).getUTCMonth() + 1, day: at(back).getUTCDate() });

  async function insert(db: Db): Promise<void> {
    const user = (username: string, back: number, roles = ['user']) => ({ _id: username, username, type: 'user', active: true, roles, createdAt: at(back) });
    await insertMany(db, 'users', [
      user('ana', 1),
      user('bo', 1),
      user('cy', 3),
      user('dee', 10),
      user('ed', 10),
      user('flo', 10),
      ...['gus', 'hal', 'ivy', 'jo'].map((name) => user(name, 40)),
      // Anonymous readers are no new users (Rocket.Chat skips roles: 'anonymous').
      user('anon', 1, ['anonymous']),
    ]);

    const room = (_id: string, t: string, fields: Record<string, unknown>) => ({ _id, t, ts: at(200), _updatedAt: at(0, 0, 1), msgs: 0, ...fields });
    await insertMany(db, 'rocketchat_room', [
      room('general', 'c', { name: 'general' }),
      room('random', 'c', { name: 'random' }),
      room('board', 'p', { name: 'board', fname: 'Board room' }),
      room('ana-bo', 'd', { usernames: ['ana', 'bo'], uids: ['ana', 'bo'] }),
      room('help', 'l', { fname: 'Visitor' }),
      ...quietRooms.map((name) => room(name, 'c', { name })),
    ]);

    const messages = (rid: string, back: number, count: number, fields: Record<string, unknown> = {}) =>
      Array.from({ length: count }, (_, index) => ({ rid, msg: `m${index}`, ts: at(back, 9, index), u: { _id: 'ana', username: 'ana' }, ...fields }));
    await insertMany(db, 'rocketchat_message', [
      ...messages('general', 1, 3),
      ...messages('general', 2, 2),
      ...messages('general', 12, 4),
      ...messages('random', 3, 1),
      ...messages('board', 5, 2),
      ...messages('board', 40, 5),
      ...messages('ana-bo', 1, 3),
      // One message each 9 days ago: in the last 7 days' previous period, so Channels lists them with 0.
      ...quietRooms.flatMap((name) => messages(name, 9, 1)),
      // Not counted: livechat, a system message, a hidden (edited) copy.
      ...messages('help', 1, 2),
      ...messages('general', 1, 1, { t: 'uj' }),
      ...messages('general', 1, 1, { _hidden: true }),
    ]);
    // Today's message at 00:00:30 UTC: after midnight, so in today's bar.
    await insertMany(db, 'rocketchat_message', [{ rid: 'general', msg: 'early', ts: at(0, 0, 0.5), u: { _id: 'bo', username: 'bo' } }]);

    const daily = (userId: string, back: number, role = 'user') => ({
      type: 'user_daily',
      userId,
      ...parts(back),
      mostImportantRole: role,
      roles: [role],
      count: 1,
      time: 3600,
      _computedAt: at(back, 23),
    });
    await insertMany(db, 'rocketchat_sessions', [
      daily('ana', 1),
      daily('ana', 2),
      daily('bo', 1),
      daily('bo', 8),
      daily('cy', 20),
      daily('anon', 1, 'anonymous'),
    ]);

    const session = (userId: string, back: number, [fromHour, fromMinute]: [number, number], [toHour, toMinute]: [number, number], device: string) => ({
      type: 'computed-session',
      sessionId: `${userId}-${back}-${device}`,
      userId,
      ...parts(back),
      mostImportantRole: 'user',
      roles: ['user'],
      device: { type: device },
      loginAt: at(back, fromHour, fromMinute),
      lastActivityAt: at(back, toHour, toMinute),
      closedAt: at(back, toHour, toMinute),
      _computedAt: at(back, 23),
    });
    await insertMany(db, 'rocketchat_sessions', [
      // ana on two devices at once: one user in those hours.
      session('ana', 1, [9, 10], [10, 20], 'browser'),
      session('ana', 1, [9, 30], [9, 50], 'mobile-app'),
      session('bo', 1, [14, 0], [14, 30], 'browser'),
      session('ana', 2, [9, 0], [9, 30], 'browser'),
    ]);
  }

  /** Days of the last 7 days, oldest first (eight of them, both ends counted). */
  const lastWeek = Array.from({ length: 8 }, (_, index) => dayKey(7 - index));

  return {
    insert,
    dayKey,
    at,
    expected: {
      lastWeek,
      newUsersPerDay: [0, 0, 0, 0, 1, 0, 2, 0],
      newUsers: { 'last 7 days': 3, 'last 30 days': 6, 'last 90 days': 10, yesterday: 2 },
      dauPerDay: [0, 0, 0, 0, 0, 1, 2, 0],
      /** Today: nobody yet; ana and bo in the last 7 days; cy too in the last 30. */
      activeToday: { dau: 0, wau: 2, mau: 3 },
      messagesPerDay: [0, 0, 2, 0, 1, 2, 6, 1],
      messages: { 'last 7 days': 12, 'last 30 days': 41, 'last 90 days': 46, yesterday: 6 },
      origin: { c: 7, p: 2, d: 3 },
      topFive: [
        ['general', '6'],
        ['ana × bo', '3'],
        ['Board room', '2'],
        ['random', '1'],
      ],
      /** Channels of the last 7 days, most messages first: four active rooms, then the quiet ones with 0. */
      channels: [
        ['general', 6],
        ['ana × bo', 3],
        ['board', 2],
        ['random', 1],
      ] as [string, number][],
      quietRooms,
      /** A custom range of 3 days, 12 to 10 days ago: dee, ed and flo joined; general's 4 messages. */
      custom: { from: dayKey(12), to: dayKey(10), newUsers: 3, messages: 4 },
    },
  };
}
