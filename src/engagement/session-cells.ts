import type { SessionDocument } from '../queries/engagement';

/** The distinct users online in one hour of one day (the day fields of their session documents). */
export interface HourCell {
  year: number;
  month: number;
  day: number;
  hour: number;
  userIds: string[];
}

/**
 * The hours each login covers, as Rocket.Chat's `$range` of `$hour(loginAt)` to `$hour(closedAt)`
 * (Sessions.ts getTotalOfSessionByHourAndDayBetweenDates): an open session counts to hour 23; a
 * session closed at an earlier hour than it began (past midnight) covers none, as there.
 */
export function hourCells(documents: readonly SessionDocument[]): HourCell[] {
  const cells = new Map<string, HourCell & { users: Set<string> }>();
  for (const document of documents) {
    const { userId, loginAt, closedAt, year, month, day } = document;
    if (typeof userId !== 'string' || !(loginAt instanceof Date)) continue;
    if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') continue;
    const last = closedAt instanceof Date ? closedAt.getUTCHours() : 23;
    for (let hour = loginAt.getUTCHours(); hour <= last; hour++) {
      const key = `${year}-${month}-${day}-${hour}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { year, month, day, hour, userIds: [], users: new Set() }));
      cell.users.add(userId);
    }
  }
  return [...cells.values()].map(({ users, ...cell }) => ({ ...cell, userIds: [...users].sort() }));
}

/** The logins of a range, as hour cells, and how many session documents it matched. */
export interface SessionHours {
  sessions: number;
  cells: HourCell[];
}
