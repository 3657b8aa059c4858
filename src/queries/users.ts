import type { Db, Filter, Document } from 'mongodb';
import { countBy, greatestDate } from './count-by';

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

export const countAllUsers = (db: Db) => users(db).estimatedDocumentCount();
export const countActiveLocalUsers = (db: Db) => users(db).countDocuments(activeLocalUserFilter);
export const countActiveUsersOfAnyType = (db: Db) => users(db).countDocuments({ active: true });
export const countInactiveUsers = (db: Db) => users(db).countDocuments({ active: false });
export const countActiveGuests = (db: Db) => users(db).countDocuments(activeGuestFilter);
export const countAppUsers = (db: Db) => users(db).countDocuments({ type: 'app' });

/** Users per `status` (a missing status counts under the key "undefined"). */
export async function countUsersByStatus(db: Db): Promise<Record<string, number>> {
  return toRecord(await countBy<string>(users(db), '$status'));
}

/** Users per `statusConnection`, the 0.61 notion of presence. */
export async function countUsersByStatusConnection(db: Db): Promise<Record<string, number>> {
  return toRecord(await countBy<string>(users(db), '$statusConnection'));
}

export const findLastLogin = (db: Db) => greatestDate(users(db), 'lastLogin');

function toRecord(groups: Array<{ key: string | null | undefined; count: number }>): Record<string, number> {
  const record: Record<string, number> = {};
  for (const { key, count } of groups) record[String(key)] = (record[String(key)] ?? 0) + count;
  return record;
}
