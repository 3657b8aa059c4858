import type { Db, Document } from 'mongodb';
import { builtFrom, defineQueries } from './database-query';
import { customOAuthNames, oauthServices } from './login-service-settings';
import { settingsQueries, type StatisticsSettings } from './settings';

// Users per login service (apps/meteor/app/statistics/server/lib/getServicesStatistics.ts). Rocket.Chat
// counts each service apart; one grouping here, over the services the settings name.

export interface LoginServiceUsers {
  /** Custom OAuth services by name (Rocket.Chat's `Accounts_OAuth_Custom-<name>` settings). */
  customNames: string[];
  /** Active users of each service by its name in users' `services`. */
  users: ReadonlyMap<string, number>;
}

/** A service name that can be a field name; others have no users to count. */
const isFieldName = (name: string) => name !== '' && !name.includes('.') && !name.startsWith('$');

/** Rocket.Chat's countActiveUsersByService: active users, apps and guest-only users excepted. */
const countedUsers = { active: true, type: { $nin: ['app'] }, roles: { $ne: ['guest'] } };

/**
 * Projecting a subfield no service document has (`services.ldap._`) turns each service a user has
 * into `{}` and drops the others, on MongoDB and FerretDB alike: the group key then says which
 * services a user has, without reading their tokens, and one `$sum` counts each combination.
 */
async function countActiveUsersByService(db: Db, names: string[]): Promise<Map<string, number>> {
  const projection: Document = { _id: 0 };
  const key: Document = {};
  names.forEach((name, index) => {
    projection[`services.${name}._`] = 1;
    key[`s${index}`] = `$services.${name}`;
  });
  const groups = await db
    .collection('users')
    .aggregate<{ _id: Record<string, unknown>; n: number }>([
      { $match: { ...countedUsers, $or: names.map((name) => ({ [`services.${name}`]: { $exists: true } })) } },
      { $project: projection },
      { $group: { _id: key, n: { $sum: 1 } } },
    ])
    .toArray();
  const users = new Map(names.map((name) => [name, 0]));
  for (const group of groups) names.forEach((name, index) => group._id[`s${index}`] !== undefined && users.set(name, users.get(name)! + group.n));
  return users;
}

async function countUsersOfServices(db: Db, settings: StatisticsSettings): Promise<LoginServiceUsers> {
  const customNames = customOAuthNames(settings.keys());
  const names = [...new Set(['ldap', 'saml', 'cas', ...oauthServices.map(([name]) => name), ...customNames])].filter(isFieldName);
  return { customNames, users: await countActiveUsersByService(db, names) };
}

export const loginServiceQueries = defineQueries({
  countUsersByLoginService: {
    command:
      "users.aggregate([{ $match: { active: true, type: { $nin: ['app'] }, roles: { $ne: ['guest'] }, $or: [services.<name> exists] } }, { $project: { 'services.<name>._': 1 } }, { $group: { _id: { <name>: '$services.<name>' }, n: { $sum: 1 } } }])",
    index: 'none: every active user is read (the custom OAuth services are named by the statistics settings, read first)',
    cost: 'scan',
    ...builtFrom(settingsQueries.findStatisticsSettings, countUsersOfServices),
  },
});
