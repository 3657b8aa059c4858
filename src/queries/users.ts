import type { Db, Document, Filter } from 'mongodb';
import { countBy, greatestDate } from './count-by';
import { defineQueries } from './database-query';

const users = (db: Db) => db.collection('users');

/** Guest-only users: Rocket.Chat compares the whole roles array. */
const guestOnly = ['guest'];

/** Rocket.Chat's getActiveLocalUserCount: active humans of this workspace, guests excluded. */
export const activeLocalUserFilter: Filter<Document> = {
  active: true,
  type: { $nin: ['app', 'bot'] },
  roles: { $ne: guestOnly },
  federated: { $ne: true },
  isRemote: { $ne: true },
};

/** Rocket.Chat's getActiveLocalGuestCount. */
export const activeGuestFilter: Filter<Document> = {
  active: true,
  type: { $ne: 'app' },
  roles: guestOnly,
  isRemote: { $ne: true },
};

/** The queries of the users collection (packages/models/src/models/Users.ts holds Rocket.Chat's indexes). */
export const userQueries = defineQueries({
  countAllUsers: {
    command: 'users.estimatedDocumentCount()',
    index: 'none: collection metadata',
    cost: 'metadata',
    run: (db) => users(db).estimatedDocumentCount(),
  },
  countUsersByStatus: {
    command: "users.aggregate([{ $group: { _id: '$status', n: { $sum: 1 } } }])",
    index: '{ status: 1 } (an index scan)',
    cost: 'grouping',
    run: async (db) => toRecord(await countBy<string>(users(db), '$status')),
  },
  countUsersByStatusConnection: {
    command: "users.aggregate([{ $group: { _id: '$statusConnection', n: { $sum: 1 } } }])",
    index: '{ statusConnection: 1 } (an index scan)',
    cost: 'grouping',
    run: async (db) => toRecord(await countBy<string>(users(db), '$statusConnection')),
  },
  countActiveLocalUsers: {
    command:
      "users.countDocuments({ active: true, type: { $nin: ['app', 'bot'] }, roles: { $ne: ['guest'] }, federated: { $ne: true }, isRemote: { $ne: true } })",
    index: '{ active: 1 }, then the matching documents',
    cost: 'scan',
    run: (db) => users(db).countDocuments(activeLocalUserFilter),
  },
  countActiveUsersOfAnyType: {
    command: 'users.countDocuments({ active: true })',
    index: '{ active: 1 }',
    cost: 'indexed',
    run: (db) => users(db).countDocuments({ active: true }),
  },
  countInactiveUsers: {
    command: 'users.countDocuments({ active: false })',
    index: '{ active: 1 }',
    cost: 'indexed',
    run: (db) => users(db).countDocuments({ active: false }),
  },
  countActiveGuests: {
    command: "users.countDocuments({ active: true, type: { $ne: 'app' }, roles: ['guest'], isRemote: { $ne: true } })",
    index: '{ roles: 1 }, then the matching documents',
    cost: 'indexed',
    run: (db) => users(db).countDocuments(activeGuestFilter),
  },
  countAppUsers: {
    command: "users.countDocuments({ type: 'app' })",
    index: '{ type: 1 }',
    cost: 'indexed',
    run: (db) => users(db).countDocuments({ type: 'app' }),
  },
  findLastLogin: {
    command: 'users.find({ lastLogin: { $exists: true } }).sort({ lastLogin: -1 }).limit(1)',
    index: '{ lastLogin: 1 }',
    cost: 'indexed',
    run: (db) => greatestDate(users(db), 'lastLogin'),
  },
});

/** Counts per value; a missing value counts under the key "undefined". */
function toRecord(groups: Array<{ key: string | null | undefined; count: number }>): Record<string, number> {
  const record: Record<string, number> = {};
  for (const { key, count } of groups) record[String(key)] = (record[String(key)] ?? 0) + count;
  return record;
}
