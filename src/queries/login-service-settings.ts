// The login services Rocket.Chat's statistics describe (apps/meteor/app/statistics/server/lib/getServicesStatistics.ts)
// and the settings that enable them: read with the other statistics settings (src/queries/settings.ts).

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

/** Custom OAuth services are settings `Accounts_OAuth_Custom-<name>`, each with its own `-<option>` settings. */
export const customOAuthPrefix = 'Accounts_OAuth_Custom-';

/** Custom OAuth services by name, from the ids of the settings read (a custom service's own settings carry a further dash). */
export function customOAuthNames(settingIds: Iterable<string>): string[] {
  return [...settingIds]
    .filter((id) => id.startsWith(customOAuthPrefix))
    .map((id) => id.slice(customOAuthPrefix.length))
    .filter((name) => name !== '' && !name.includes('-'))
    .sort();
}
