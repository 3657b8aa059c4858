import type { Db, Document, Filter } from 'mongodb';
import type { ListOrder, Page, PageRequest } from '../health/page-cursor';
import { defineHealthQueries } from './health-query';
import { countPerValue, readPage } from './health-lists';

/** A user as the health lists show it (Rocket.Chat's IUser fields). */
export interface HealthUserRow {
  _id: string;
  username?: unknown;
  name?: unknown;
  type?: unknown;
  roles?: unknown;
  lastLogin?: unknown;
  createdAt?: unknown;
}

const users = (db: Db) => db.collection('users');
const userFields = { username: 1, name: 1, type: 1, roles: 1, lastLogin: 1, createdAt: 1 } as const;

/**
 * Active accounts of any type whose last login is older than the cut-off: the seats a licence pays
 * for without use. Users who never logged in have no `lastLogin` and are counted apart.
 * `lastLogin` has Rocket.Chat's index `{ lastLogin: 1 }` (packages/models/src/models/Users.ts).
 */
export const usersNotLoggedInSince = (cutoff: Date): Filter<Document> => ({ active: true, lastLogin: { $lt: cutoff } });
export const usersNeverLoggedIn: Filter<Document> = { active: true, lastLogin: { $exists: false } };
const sinceText = '{ active: true, lastLogin: { $lt: <now − N days> } }';
const neverText = '{ active: true, lastLogin: { $exists: false } }';

export const userOrders = {
  notLoggedIn: {
    list: 'usersNotLoggedIn',
    keys: [
      { field: 'lastLogin', direction: 1, kind: 'date' },
      { field: '_id', direction: 1, kind: 'string' },
    ],
  },
  neverLoggedIn: { list: 'usersNeverLoggedIn', keys: [{ field: '_id', direction: 1, kind: 'string' }] },
} as const satisfies Record<string, ListOrder>;

type Since = { cutoff: Date };
type Listing = { page: PageRequest };
const list = (db: Db, selection: Filter<Document>, order: ListOrder, page: PageRequest) =>
  readPage<HealthUserRow>(users(db), selection, order, page, userFields) as Promise<Page<HealthUserRow>>;
const grouping = (filter: string, field: string) => `users.aggregate([{ $match: ${filter} }, { $group: { _id: '$${field}', n: { $sum: 1 } } }])`;

/** The queries of the users' health: one command per figure. */
export const userHealthQueries = defineHealthQueries({
  countUsersNotLoggedInSince: {
    command: `users.countDocuments(${sinceText})`,
    index: '{ lastLogin: 1 } (a range), then active of those users',
    cost: 'indexed',
    run: (db, { cutoff }: Since) => users(db).countDocuments(usersNotLoggedInSince(cutoff)),
  },
  countUsersNotLoggedInSinceByRole: {
    command: grouping(sinceText, 'roles'),
    index: '{ lastLogin: 1 } (a range), then the roles of those users; one group per combination of roles',
    cost: 'scan',
    run: (db, { cutoff }: Since) => countPerValue(users(db), usersNotLoggedInSince(cutoff), 'roles'),
  },
  countUsersNotLoggedInSinceByType: {
    command: grouping(sinceText, 'type'),
    index: '{ lastLogin: 1 } (a range), then the type of those users',
    cost: 'scan',
    run: (db, { cutoff }: Since) => countPerValue(users(db), usersNotLoggedInSince(cutoff), 'type'),
  },
  listUsersNotLoggedInSince: {
    command: `users.find(${sinceText}).sort({ lastLogin: 1, _id: 1 }).limit(<first> + 1)`,
    index: '{ lastLogin: 1 } (a range, in its order)',
    cost: 'indexed',
    run: (db, { cutoff, page }: Since & Listing) => list(db, usersNotLoggedInSince(cutoff), userOrders.notLoggedIn, page),
  },
  countUsersNeverLoggedIn: {
    command: `users.countDocuments(${neverText})`,
    index: '{ lastLogin: 1 } (its missing values), then active of those users',
    cost: 'indexed',
    run: (db) => users(db).countDocuments(usersNeverLoggedIn),
  },
  countUsersNeverLoggedInByRole: {
    command: grouping(neverText, 'roles'),
    index: '{ lastLogin: 1 } (its missing values), then the roles of those users; one group per combination of roles',
    cost: 'scan',
    run: (db) => countPerValue(users(db), usersNeverLoggedIn, 'roles'),
  },
  countUsersNeverLoggedInByType: {
    command: grouping(neverText, 'type'),
    index: '{ lastLogin: 1 } (its missing values), then the type of those users',
    cost: 'scan',
    run: (db) => countPerValue(users(db), usersNeverLoggedIn, 'type'),
  },
  listUsersNeverLoggedIn: {
    command: `users.find(${neverText}).sort({ _id: 1 }).limit(<first> + 1)`,
    index: '{ lastLogin: 1 } (its missing values), then the _id order',
    cost: 'indexed',
    run: (db, { page }: Listing) => list(db, usersNeverLoggedIn, userOrders.neverLoggedIn, page),
  },
});
