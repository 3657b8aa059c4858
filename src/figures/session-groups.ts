import type { IStats } from '@rocket.chat/core-typings';
import { isWithin, windowStart, type SessionWindow } from '../queries/session-days';
import type { DailyDevice, UserDailySession, UserDailySessions } from '../queries/sessions';

// Rocket.Chat's session aggregations (packages/models/src/models/Sessions.ts getUniqueUsersOf…,
// getUniqueDevicesOf…, getUniqueOSOf…), grouped in code from the last month's user_daily documents.
// Like Rocket.Chat's answers, the groups carry no _id (IStats' types claim one).

type UsersOfWindow = IStats['uniqueUsersOfYesterday'];
type DevicesOfWindow = IStats['uniqueDevicesOfYesterday'];
type OSOfWindow = IStats['uniqueOSOfYesterday'];

/** Rocket.Chat's $sum: what is no number adds nothing. */
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
/** A group key's part; Rocket.Chat leaves a missing one out of the group it projects. */
const part = (value: unknown) => (value === undefined || value === null ? undefined : value);
const withoutMissing = <T extends Record<string, unknown>>(record: T) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;

interface Totals {
  count: number;
  sessions: number;
  time: number;
}

/** Most time first, as Rocket.Chat sorts; ties by count, then by key, so answers are stable. */
function byTime<T extends { count: number; time: number }>(groups: Array<T & { key: string }>): T[] {
  return groups.sort((a, b) => b.time - a.time || b.count - a.count || a.key.localeCompare(b.key)).map(({ key: _key, ...group }) => group as unknown as T);
}

function documentsOf({ yesterday, documents }: UserDailySessions, window: SessionWindow): UserDailySession[] {
  const start = windowStart(yesterday, window);
  return documents.filter((document) => isWithin(document, start, yesterday));
}

function sumByKey<V>(entries: Iterable<readonly [key: string, fields: V, count: number, sessions: number, time: number]>) {
  const groups = new Map<string, { fields: V } & Totals>();
  for (const [key, fields, count, sessions, time] of entries) {
    const group = groups.get(key) ?? { fields, count: 0, sessions: 0, time: 0 };
    group.count += count;
    group.sessions += sessions;
    group.time += time;
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, group]) => ({ key, ...group }));
}

/**
 * Users of the window by their most important role. Yesterday counts one document per user; the
 * week and the month first join each user's days, under the role of the user's earliest day
 * (Rocket.Chat's $first over documents it stored day after day).
 */
export function uniqueUsersOf(sessions: UserDailySessions, window: SessionWindow): UsersOfWindow {
  const days = documentsOf(sessions, window).sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day);
  const users =
    window === 'yesterday'
      ? days.map((d) => ({ role: part(d.mostImportantRole), sessions: number(d.sessions), time: number(d.time) }))
      : sumByKey(days.map((d) => [JSON.stringify(part(d.userId) ?? null), part(d.mostImportantRole), 1, number(d.sessions), number(d.time)])).map((user) => ({
          role: user.fields,
          sessions: user.sessions,
          time: user.time,
        }));
  const roles = byTime(
    sumByKey(users.map((user) => [JSON.stringify(user.role ?? null), user.role, 1, user.sessions, user.time])).map(
      ({ key, fields: role, count, sessions, time }) => ({
        key,
        ...withoutMissing({ role: role as string | undefined }),
        count,
        sessions,
        time,
      }),
    ),
  );
  const total = roles.reduce((sum, role) => ({ count: sum.count + role.count, sessions: sum.sessions + role.sessions, time: sum.time + role.time }), {
    count: 0,
    sessions: 0,
    time: 0,
  });
  return { ...sessions.yesterday, data: roles.length === 0 ? [] : [{ ...total, roles }] } as unknown as UsersOfWindow;
}

const devicesOfDays = (days: UserDailySession[]): DailyDevice[] => days.flatMap((d) => (Array.isArray(d.devices) ? d.devices : []));

/** Devices of the window by type, name and version: count is their sessions. */
export function uniqueDevicesOf(sessions: UserDailySessions, window: SessionWindow): DevicesOfWindow {
  const devices = devicesOfDays(documentsOf(sessions, window)).map((entry) => {
    const fields = { type: part(entry.device?.type), name: part(entry.device?.name), version: part(entry.device?.version) };
    return [JSON.stringify([fields.type, fields.name, fields.version]), fields, number(entry.sessions), 0, number(entry.time)] as const;
  });
  const data = byTime(sumByKey(devices).map(({ key, fields, count, time }) => ({ key, ...withoutMissing(fields), count, time })));
  return { ...sessions.yesterday, data } as unknown as DevicesOfWindow;
}

/**
 * Operating systems of the window by name and version. As in Rocket.Chat, a day counts when one of
 * its devices names its system, and then every device of that day does (one without a system
 * groups apart, with no name).
 */
export function uniqueOSOf(sessions: UserDailySessions, window: SessionWindow): OSOfWindow {
  const days = documentsOf(sessions, window).filter((d) => Array.isArray(d.devices) && d.devices.some((entry) => part(entry.device?.os?.name) !== undefined));
  const systems = devicesOfDays(days).map((entry) => {
    const fields = { name: part(entry.device?.os?.name), version: part(entry.device?.os?.version) };
    return [JSON.stringify([fields.name, fields.version]), fields, number(entry.sessions), 0, number(entry.time)] as const;
  });
  const data = byTime(sumByKey(systems).map(({ key, fields, count, time }) => ({ key, ...withoutMissing(fields), count, time })));
  return { ...sessions.yesterday, data } as unknown as OSOfWindow;
}
