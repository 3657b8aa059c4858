import type { Db, Document } from 'mongodb';
import { defineQueries } from './database-query';

// Users per login service (apps/meteor/app/statistics/server/lib/getServicesStatistics.ts) and the
// settings that describe the services. Rocket.Chat counts each service apart; one grouping here.

/** The services Rocket.Chat counts by name, with the setting that enables each: [name in users' services, statistics key, setting]. */
export const oauthServices = [
  ['apple', 'apple', 'Accounts_OAuth_Apple'],
  ['dolphin', 'dolphin', 'Accounts_OAuth_Dolphin'],
  ['drupal', 'drupal', 'Accounts_OAuth_Drupal'],
  ['facebook', 'facebook', 'Accounts_OAuth_Facebook'],
  ['github', 'github', 'Accounts_OAuth_Github'],
  ['github_enterprise', 'githubEnterprise', 'Accounts_OAuth_GitHub_Enterprise'],
  ['gitlab', 'gitlab', 'Accounts_OAuth_Gitlab'],
  ['google', 'google', 'Accounts_OAuth_Google'],
  ['linkedin', 'linkedin', 'Accounts_OAuth_Linkedin'],
  ['meteor', 'meteor', 'Accounts_OAuth_Meteor'],
  ['nextcloud', 'nextcloud', 'Accounts_OAuth_Nextcloud'],
  ['tokenpass', 'tokenpass', 'Accounts_OAuth_Tokenpass'],
  ['twitter', 'twitter', 'Accounts_OAuth_Twitter'],
  ['wordpress', 'wordpress', 'Accounts_OAuth_Wordpress'],
] as const;

export const serviceSettingIds = [
  'LDAP_Enable', 'LDAP_Login_Fallback', 'LDAP_Encryption', 'LDAP_Merge_Existing_Users', 'LDAP_Sync_User_Data_Roles',
  'LDAP_Sync_User_Data_Roles_AutoRemove', 'LDAP_Sync_Custom_Fields', 'LDAP_Sync_User_Data_Channels', 'LDAP_Sync_User_Avatar',
  'LDAP_Group_Filter_Enable', 'LDAP_Background_Sync', 'LDAP_Background_Sync_Interval', 'LDAP_Background_Sync_Import_New_Users',
  'LDAP_Background_Sync_Keep_Existant_Users_Updated', 'LDAP_Sync_User_Active_State', 'LDAP_Enable_LDAP_Groups_To_RC_Teams',
  'SAML_Custom_Default', 'SAML_Custom_Default_signature_validation_type', 'SAML_Custom_Default_generate_username',
  'SAML_Custom_Default_channels_update', 'SAML_Custom_Default_role_attribute_sync',
  'CAS_enabled', 'CAS_Creation_User_Enabled', 'CAS_Sync_User_Data_Enabled',
  ...oauthServices.map(([, , setting]) => setting),
] as const; // prettier-ignore

const customOAuthPrefix = 'Accounts_OAuth_Custom-';

export interface LoginServices {
  /** Values of serviceSettingIds and of every custom OAuth setting, by setting id. */
  settings: ReadonlyMap<string, unknown>;
  /** Custom OAuth services by name (Rocket.Chat's `Accounts_OAuth_Custom-<name>` settings, no further dash). */
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

async function findLoginServices(db: Db): Promise<LoginServices> {
  const found = await db
    .collection<{ _id: string; value?: unknown }>('rocketchat_settings')
    .find({ $or: [{ _id: { $in: [...serviceSettingIds] } }, { _id: { $regex: `^${customOAuthPrefix}` } }] }, { projection: { value: 1 } })
    .toArray();
  const settings = new Map(found.map((setting) => [setting._id, setting.value]));
  // A custom service's own settings carry a further dash (`Accounts_OAuth_Custom-<name>-merge_roles`).
  const customNames = found
    .filter((setting) => setting._id.startsWith(customOAuthPrefix))
    .map((setting) => setting._id.slice(customOAuthPrefix.length))
    .filter((name) => name !== '' && !name.includes('-'))
    .sort();
  const names = [...new Set(['ldap', 'saml', 'cas', ...oauthServices.map(([name]) => name), ...customNames])].filter(isFieldName);
  return { settings, customNames, users: await countActiveUsersByService(db, names) };
}

export const loginServiceQueries = defineQueries({
  findLoginServices: {
    command:
      "rocketchat_settings.find({ $or: [{ _id: { $in: [login service settings] } }, { _id: /^Accounts_OAuth_Custom-/ }] }); users.aggregate([{ $match: { active: true, type: { $nin: ['app'] }, roles: { $ne: ['guest'] }, $or: [services.<name> exists] } }, { $project: { 'services.<name>._': 1 } }, { $group: { _id: { <name>: '$services.<name>' }, n: { $sum: 1 } } }])",
    index: '_id for the settings; none for the users: every active user is read',
    cost: 'scan',
    run: findLoginServices,
  },
});
