import type { Document } from 'mongodb';
import { activityDays, activityEndOf, activityWeight } from './activity-rhythm';
import { SeededRandom } from './random';
import { randomId } from './rocketchat-ids';
import { secondDevices, sessionDevices, type SessionDevice } from './session-devices';
import type { UserProfile } from './users';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** Share of the people who can log in that do on a busy weekday, and a ceiling for the large preset. */
const dailyShare = 0.15;
const maximumDailyUsers = 2000;

/** Logins per hour of the UTC day: office hours across a few time zones. */
const loginHours: ReadonlyArray<readonly [number, number]> = Array.from(
  { length: 24 },
  (_, h) => [h, h >= 7 && h <= 17 ? 10 : h >= 5 && h <= 21 ? 4 : 1] as const,
);

/** Rocket.Chat's order of importance of roles (SAUMonitor getMostImportantRole). */
const roleOrder = ['admin', 'livechat-manager', 'livechat-monitor', 'livechat-agent', 'user', 'guest', 'anonymous'];

function mostImportantRole(roles: readonly string[]): string {
  return roleOrder.find((role) => roles.includes(role)) ?? 'user';
}

interface SessionSpan {
  device: SessionDevice;
  loginAt: number;
  closedAt: number;
}

/** People who log in: active human users who ever did. */
function loginUsers(users: readonly UserProfile[]): UserProfile[] {
  return users.filter((user) => user.type === 'user' && user.active && !user.neverLoggedIn && !user.roles.includes('anonymous'));
}

/** A stable order of the users, most engaged first: the same people come back day after day. */
function engagementOrder(seed: number, people: readonly UserProfile[]): UserProfile[] {
  const random = new SeededRandom(seed).fork('session-engagement');
  const order = [...people];
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Who logs in on the day starting at `dayStart`: more on weekdays and as the workspace grows. */
function usersOfDay(random: SeededRandom, order: readonly UserProfile[], dayStart: number, end: number): UserProfile[] {
  const target = Math.round(Math.min(order.length * dailyShare, maximumDailyUsers) * activityWeight(dayStart, end));
  const chosen = new Set<UserProfile>();
  for (let attempt = 0; chosen.size < target && attempt < target * 4; attempt++) chosen.add(order[Math.floor(order.length * random.next() ** 2.5)]);
  return [...chosen];
}

/** One user's sessions of one day, each kept within the day (its daily document counts that day). */
function sessionsOfDay(random: SeededRandom, dayStart: number): SessionSpan[] {
  const first = random.weighted(sessionDevices);
  const devices = random.chance(0.25) ? [first, random.weighted(secondDevices)] : [first];
  return [...new Set(devices)].flatMap((device) =>
    Array.from(
      {
        length: random.weighted([
          [1, 6],
          [2, 3],
          [3, 1],
        ] as const),
      },
      () => {
        const loginAt = dayStart + random.weighted(loginHours) * hour + random.int(0, 59) * minute + random.int(0, 59) * second;
        const length = 2 * minute + Math.floor(random.next() ** 2 * 4 * hour);
        return { device, loginAt, closedAt: Math.min(loginAt + length, dayStart + day - second) };
      },
    ),
  );
}

const calendarDay = (time: number) => {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/**
 * `rocketchat_sessions` of the last `activityDays` full UTC days before `now`, as Rocket.Chat 8.x
 * leaves them after its nightly aggregation (packages/models/src/models/Sessions.ts
 * aggregates.dailySessionsOfYesterday): each login a `computed-session`, and per user and day one
 * `user_daily` with its sessions and seconds per device. Today's logins are not computed yet and
 * not seeded.
 */
export function* generateSessions(seed: number, users: readonly UserProfile[], now: Date): Generator<Document> {
  const end = activityEndOf(now).getTime();
  const order = engagementOrder(seed, loginUsers(users));
  const today = Math.floor(end / day) * day;
  for (let back = activityDays; back >= 1; back--) {
    const dayStart = today - back * day;
    const random = new SeededRandom(seed).fork('sessions', dayStart / day);
    const computedAt = new Date(dayStart + day + hour + random.int(0, 59) * minute);
    const dayFields = calendarDay(dayStart);
    for (const user of usersOfDay(random, order, dayStart, end)) {
      const role = mostImportantRole(user.roles);
      const spans = sessionsOfDay(random, dayStart);
      for (const span of spans) {
        const loginAt = new Date(span.loginAt);
        const closedAt = new Date(span.closedAt);
        yield {
          _id: randomId(random),
          type: 'computed-session',
          sessionId: randomId(random),
          instanceId: randomId(random),
          userId: user._id,
          mostImportantRole: role,
          roles: user.roles,
          device: span.device,
          host: 'chat.example.org',
          ip: `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`,
          ...dayFields,
          createdAt: loginAt,
          loginAt,
          lastActivityAt: closedAt,
          closedAt,
          _updatedAt: closedAt,
          _computedAt: computedAt,
        };
      }
      const devices = new Map<SessionDevice, { sessions: number; time: number; device: SessionDevice }>();
      for (const span of spans) {
        const entry = devices.get(span.device) ?? { sessions: 0, time: 0, device: span.device };
        entry.sessions += 1;
        entry.time += Math.trunc((span.closedAt - span.loginAt) / second);
        devices.set(span.device, entry);
      }
      const perDevice = [...devices.values()].sort((a, b) => b.time - a.time);
      yield {
        _id: `${user._id}-${dayFields.year}-${dayFields.month}-${dayFields.day}`,
        type: 'user_daily',
        _computedAt: computedAt,
        ...dayFields,
        userId: user._id,
        mostImportantRole: role,
        time: perDevice.reduce((sum, entry) => sum + entry.time, 0),
        sessions: spans.length,
        devices: perDevice,
      };
    }
  }
}
