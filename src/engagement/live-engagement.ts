import { GatewayError } from '../errors';
import { dayMs, dayOf, daysBetween, type Day } from './calendar';
import { dailyTotals, type DailyTotals } from './daily-totals';
import { activeUsersFamily, messagesFamily, newUsersFamily, type RoomCounts } from './day-families';
import type { EngagementLoaders } from './engagement-loaders';
import { comparePeriods } from './period';
import { messageOrigins, roomActivityPage, shownMessages, topRooms, type RoomActivityPage, type RoomTotals } from './room-figures';
import { activeUsersByDay, busiestHours, sessionsByDay, usersByHourOfDay } from './session-figures';

/** The longest period one request may ask for (its previous period is as long again). */
export const maxPeriodDays = 400;

/** The figures of one period; each a getter, so only the selected ones read the database. */
export function liveEngagement(loaders: EngagementLoaders, start: Date, end: Date) {
  if (end.getTime() < start.getTime()) throw new GatewayError('BAD_USER_INPUT', 'end must not be before start.');
  if (end.getTime() - start.getTime() >= maxPeriodDays * dayMs) {
    throw new GatewayError('BAD_USER_INPUT', `The period may span at most ${maxPeriodDays} days; ask for a shorter one.`);
  }
  const periods = comparePeriods(start, end);
  const currentDays = daysBetween(periods.current.first, periods.current.last);
  const previousDays = daysBetween(periods.previous.first, periods.previous.last);

  const roomTotals = async (days: readonly Day[]): Promise<RoomTotals> => {
    const byDay = await loaders.days<RoomCounts>(messagesFamily, days);
    const totals: RoomTotals = new Map();
    for (const counts of byDay.values()) for (const { roomId, messages } of counts) totals.set(roomId, (totals.get(roomId) ?? 0) + messages);
    return totals;
  };
  const withRooms = async <T>(days: readonly Day[], use: (totals: RoomTotals, rooms: Awaited<ReturnType<EngagementLoaders['rooms']>>) => T) => {
    const totals = await roomTotals(days);
    return use(totals, await loaders.rooms([...totals.keys()]));
  };

  return {
    start,
    end,
    get newUsers(): Promise<DailyTotals> {
      return loaders.days<number>(newUsersFamily, [...previousDays, ...currentDays]).then((byDay) => dailyTotals((day) => byDay.get(day) ?? 0, periods));
    },
    get messagesSent(): Promise<DailyTotals> {
      return (async () => {
        const byDay = await loaders.days<RoomCounts>(messagesFamily, [...previousDays, ...currentDays]);
        const rooms = await loaders.rooms([...new Set([...byDay.values()].flatMap((counts) => counts.map((count) => count.roomId)))]);
        const perDay = new Map([...byDay].map(([day, counts]) => [day, shownMessages(new Map(counts.map((c) => [c.roomId, c.messages])), rooms)]));
        return dailyTotals((day) => perDay.get(day) ?? 0, periods);
      })();
    },
    get activeUsers() {
      return loaders
        .days(activeUsersFamily, currentDays)
        .then((byDay) => activeUsersByDay((day) => byDay.get(day)!, periods.current.first, periods.current.last));
    },
    get usersByHour() {
      return loaders.sessionHours({ from: start, to: end }).then(usersByHourOfDay);
    },
    get busiestHours() {
      return loaders.sessionHours({ from: new Date(end.getTime() - dayMs), to: end }).then(busiestHours);
    },
    get busiestDays() {
      const first = dayOf(end.getTime() - 7 * dayMs);
      const last = dayOf(end);
      return loaders.days(activeUsersFamily, daysBetween(first, last)).then((byDay) => sessionsByDay((day) => byDay.get(day)!, first, last));
    },
    get messageOrigins() {
      return withRooms(currentDays, messageOrigins);
    },
    get topChannels() {
      return withRooms(currentDays, (totals, rooms) => topRooms(totals, rooms));
    },
    async channels(page: { offset: number; count: number }): Promise<RoomActivityPage> {
      const [current, previous] = await Promise.all([roomTotals(currentDays), roomTotals(previousDays)]);
      const rooms = await loaders.rooms([...new Set([...current.keys(), ...previous.keys()])]);
      return roomActivityPage(current, previous, rooms, page);
    },
  };
}

export type LiveEngagement = ReturnType<typeof liveEngagement>;
