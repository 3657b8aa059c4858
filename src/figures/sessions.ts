import { GraphQLJSON } from 'graphql-scalars';
import type { SessionWindow } from '../queries/session-days';
import { sessionQueries, type UserDailySessions } from '../queries/sessions';
import { SafeInt } from '../schema/scalars';
import { defineFigures, figure, figureGroup } from './figure';
import { isCount, snapshotFigure } from './rocketchat-snapshot';
import { uniqueDevicesOf, uniqueOSOf, uniqueUsersOf } from './session-groups';

// Sessions (docs/figures.md "Sessions"): unique users, devices and operating systems of the
// user_daily documents Rocket.Chat's daily job writes to rocketchat_sessions, computed from one read
// of the last month; peak connections are known only to Rocket.Chat's process (its own snapshot).

const sessionsModel = 'packages/models/src/models/Sessions.ts';

export const sessionsGroup = figureGroup(
  'sessions',
  'SessionStatistics',
  'Unique users, devices and operating systems of the user_daily sessions, and peak connections.',
);
export const sessionFigures = defineFigures(
  {
    dailyPeakConnections: snapshotFigure('dailyPeakConnections', () => SafeInt, 'Peak of simultaneous connections of the day (Rocket.Chat process).', {
      accept: isCount,
    }),
    maxMonthlyPeakConnections: snapshotFigure('maxMonthlyPeakConnections', () => SafeInt, 'Greatest daily peak of the month.', { accept: isCount }),
  },
  sessionsGroup,
);

const windowWords: Record<SessionWindow, string> = {
  yesterday: 'Yesterday (UTC)',
  lastWeek: 'The 7 days ending yesterday (UTC)',
  lastMonth: 'The month ending yesterday (UTC): from the day after the same day a month before',
};
const windowKeys = { yesterday: 'OfYesterday', lastWeek: 'OfLastWeek', lastMonth: 'OfLastMonth' } as const;
const groupings = { Users: uniqueUsersOf, Devices: uniqueDevicesOf, OS: uniqueOSOf } as const;

/** One window of one grouping, under Rocket.Chat's key (`uniqueUsersOfYesterday`). */
const sessionWindow = <const G extends keyof typeof groupings, const W extends SessionWindow>(grouping: G, window: W, description: string) =>
  figure({
    type: () => GraphQLJSON,
    description: `${description} ${windowWords[window]}: { year, month, day, data } of yesterday's date, as Rocket.Chat answers.`,
    rocketChat: `${sessionsModel} getUnique${grouping}${windowKeys[window]}`,
    reads: [sessionQueries.findUserDailySessions],
    compute: (sessions: UserDailySessions) => groupings[grouping](sessions, window) as ReturnType<(typeof groupings)[G]>,
    wire: { current: `unique${grouping}${windowKeys[window]}` as const },
  });

const windowsOf = <const G extends keyof typeof groupings>(grouping: G, description: string) =>
  [
    figureGroup(`sessions.unique${grouping}`, `Unique${grouping}`, description),
    defineFigures(
      {
        yesterday: sessionWindow(grouping, 'yesterday', description),
        lastWeek: sessionWindow(grouping, 'lastWeek', description),
        lastMonth: sessionWindow(grouping, 'lastMonth', description),
      },
      `sessions.unique${grouping}`,
    ),
  ] as const;

export const [uniqueUsersGroup, uniqueUsersFigures] = windowsOf(
  'Users',
  'Users with sessions, by most important role: users, sessions and seconds of each role and in all.',
);
export const [uniqueDevicesGroup, uniqueDevicesFigures] = windowsOf(
  'Devices',
  'Devices by type, name and version: sessions (count) and seconds, most time first.',
);
export const [uniqueOSGroup, uniqueOSFigures] = windowsOf(
  'OS',
  'Operating systems by name and version: sessions (count) and seconds, most time first; a day counts when one of its devices names its system.',
);
