import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';
import { dayLabel, monthsOf, partsOf, type Day, type DayRun } from '../engagement/calendar';
import { defineParameterisedQueries } from './parameterised-query';

/** A time range, both ends included (Rocket.Chat's `$gte`/`$lte`). */
export interface TimeRange {
  from: Date;
  to: Date;
}

const rangeKey = (range: TimeRange) => `${range.from.toISOString()}..${range.to.toISOString()}`;
const runKey = (run: DayRun) => `${dayLabel(run.first)}..${dayLabel(run.last)}`;

export interface SessionDocument {
  userId?: unknown;
  loginAt?: unknown;
  closedAt?: unknown;
  year?: unknown;
  month?: unknown;
  day?: unknown;
}

export interface RoomDocument {
  _id: string;
  t?: string;
  name?: string;
  fname?: string;
  usernames?: string[];
  ts?: Date;
  _updatedAt?: Date;
}

const sessions = (db: Db) => db.collection<SessionDocument>('rocketchat_sessions');

/**
 * The engagement figures' queries, for one day or a run of consecutive days (whose documents are
 * told apart by day in code, src/engagement/day-families.ts) so that each past day's result can be
 * kept: no date operator, no `$lookup`, one `$sum` per `$group` (docs/figures.md "Rules for queries").
 */
export const engagementQueries = defineParameterisedQueries({
  /** User messages (no `t`), not hidden copies; Rocket.Chat's Analytics `messages` documents count the same (Analytics.ts saveMessageSent). */
  countMessagesByRoom: {
    command:
      "rocketchat_message.aggregate([{ $match: { ts: { $gte: from, $lte: to }, t: { $exists: false }, _hidden: { $ne: true } } }, { $group: { _id: '$rid', messages: { $sum: 1 } } }])",
    index: '{ ts: 1 }',
    cost: 'grouping',
    key: rangeKey,
    run: async (db, range: TimeRange) => {
      const groups = await db
        .collection('rocketchat_message')
        .aggregate<{ _id: unknown; messages: number }>([
          { $match: { ts: { $gte: range.from, $lte: range.to }, t: { $exists: false }, _hidden: { $ne: true } } },
          { $group: { _id: '$rid', messages: { $sum: 1 } } },
        ])
        .toArray();
      return groups.filter((group) => typeof group._id === 'string').map((group) => ({ roomId: group._id as string, messages: group.messages }));
    },
  },
  /** Rocket.Chat counts a user on the day it was created, anonymous ones left out (users.ts handleUserCreated). */
  countNewUsers: {
    command: "users.countDocuments({ createdAt: { $gte: from, $lte: to }, roles: { $ne: 'anonymous' } })",
    index: '{ createdAt: 1 }',
    cost: 'indexed',
    key: rangeKey,
    run: (db, range: TimeRange) => db.collection('users').countDocuments({ createdAt: { $gte: range.from, $lte: range.to }, roles: { $ne: 'anonymous' } }),
  },
  /**
   * The creation dates of the users created in a run of days, to count per day in code: one indexed
   * range read instead of a count per day (on FerretDB, each count reads the whole collection).
   */
  findUserCreationDates: {
    command: "users.find({ createdAt: { $gte: from, $lte: to }, roles: { $ne: 'anonymous' } }, { projection: { createdAt: 1 } })",
    index: '{ createdAt: 1 }',
    cost: 'indexed',
    key: rangeKey,
    run: async (db, range: TimeRange) => {
      const documents = await db
        .collection<{ createdAt?: unknown }>('users')
        .find({ createdAt: { $gte: range.from, $lte: range.to }, roles: { $ne: 'anonymous' } }, { projection: { _id: 0, createdAt: 1 } })
        .toArray();
      return documents.map((document) => document.createdAt);
    },
  },
  /** SAUMonitor's daily documents of one day (Sessions.ts getActiveUsersOfPeriodByDayBetweenDates). */
  findDailySessions: {
    command: "rocketchat_sessions.find({ type: 'user_daily', year, month, day, mostImportantRole: { $ne: 'anonymous' } }, { projection: { userId: 1 } })",
    index: '{ type: 1, year: 1, month: 1, day: 1 }',
    cost: 'indexed',
    key: (day: Day) => String(day),
    run: async (db, day: Day) => {
      const filter = { type: 'user_daily', ...partsOf(day), mostImportantRole: { $ne: 'anonymous' } };
      const documents = await sessions(db)
        .find(filter, { projection: { _id: 0, userId: 1 } })
        .toArray();
      return documents.map((document) => document.userId).filter((id): id is string => typeof id === 'string');
    },
  },
  /**
   * SAUMonitor's daily documents of a run of days, with their day fields to tell the days apart in
   * code: one range of `day` per calendar month of the run (the fields are numbers, not a date).
   */
  findDailySessionsOfDays: {
    command:
      "rocketchat_sessions.find({ type: 'user_daily', mostImportantRole: { $ne: 'anonymous' }, $or: [{ year, month, day: { $gte, $lte } } per month] }, { projection: { userId: 1, year: 1, month: 1, day: 1 } })",
    index: '{ type: 1, year: 1, month: 1, day: 1 }',
    cost: 'indexed',
    key: runKey,
    run: (db, run: DayRun) => {
      const months = monthsOf(run).map(({ year, month, firstDay, lastDay }) => ({ year, month, day: { $gte: firstDay, $lte: lastDay } }));
      return sessions(db)
        .find({ type: 'user_daily', mostImportantRole: { $ne: 'anonymous' }, $or: months }, { projection: { _id: 0, userId: 1, year: 1, month: 1, day: 1 } })
        .toArray();
    },
  },
  /** Logins of a time range: part of a day, a day, or a run of days (Sessions.ts getTotalOfSessionByHourAndDayBetweenDates, getBusiestTimeWithinHoursPeriod). */
  findComputedSessions: {
    command:
      "rocketchat_sessions.find({ type: 'computed-session', loginAt: { $gte: from, $lte: to } }, { projection: { userId: 1, loginAt: 1, closedAt: 1, year: 1, month: 1, day: 1 } })",
    index: '{ loginAt: -1 }',
    cost: 'indexed',
    key: rangeKey,
    run: (db, range: TimeRange) =>
      sessions(db)
        .find(
          { type: 'computed-session', loginAt: { $gte: range.from, $lte: range.to } },
          { projection: { _id: 0, userId: 1, loginAt: 1, closedAt: 1, year: 1, month: 1, day: 1 } },
        )
        .toArray(),
  },
  /** The rooms messages were counted in, joined in code (no `$lookup`). */
  findRooms: {
    command: 'rocketchat_room.find({ _id: { $in: ids } }, { projection: { t: 1, name: 1, fname: 1, usernames: 1, ts: 1, _updatedAt: 1 } })',
    index: '_id',
    cost: 'indexed',
    key: (ids: readonly string[]) => createHash('sha1').update(ids.join('\n')).digest('hex').slice(0, 16),
    run: (db, ids: readonly string[]) =>
      db
        .collection<RoomDocument>('rocketchat_room')
        .find({ _id: { $in: [...ids] } }, { projection: { t: 1, name: 1, fname: 1, usernames: 1, ts: 1, _updatedAt: 1 } })
        .toArray(),
  },
});
