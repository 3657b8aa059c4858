import { GraphQLJSON } from 'graphql-scalars';
import { oauthServices } from '../queries/login-service-settings';
import { loginServiceQueries, type LoginServiceUsers } from '../queries/login-services';
import { settingsQueries, type StatisticsSettings, type StatisticsSettingId } from '../queries/settings';
import { defineFigures, figure, inCurrentFormat } from './figure';

// Login services (docs/figures.md "Users"): each service's settings and its active users, as
// getServicesStatistics writes them; a missing setting is left out, as Rocket.Chat's settings.get leaves it.

export function loginServiceStatistics(settings: StatisticsSettings, { customNames, users }: LoginServiceUsers): Record<string, unknown> {
  const get = (id: StatisticsSettingId) => settings.get(id)?.value;
  const usersOf = (name: string) => users.get(name) ?? 0;
  return {
    ldap: {
      users: usersOf('ldap'),
      enabled: get('LDAP_Enable'),
      loginFallback: get('LDAP_Login_Fallback'),
      encryption: get('LDAP_Encryption'),
      mergeUsers: get('LDAP_Merge_Existing_Users'),
      syncRoles: get('LDAP_Sync_User_Data_Roles'),
      syncRolesAutoRemove: get('LDAP_Sync_User_Data_Roles_AutoRemove'),
      syncData: get('LDAP_Sync_Custom_Fields'),
      syncChannels: get('LDAP_Sync_User_Data_Channels'),
      syncAvatar: get('LDAP_Sync_User_Avatar'),
      groupFilter: get('LDAP_Group_Filter_Enable'),
      backgroundSync: {
        enabled: get('LDAP_Background_Sync'),
        interval: get('LDAP_Background_Sync_Interval'),
        newUsers: get('LDAP_Background_Sync_Import_New_Users'),
        existingUsers: get('LDAP_Background_Sync_Keep_Existant_Users_Updated'),
      },
      ee: {
        syncActiveState: get('LDAP_Sync_User_Active_State'),
        syncTeams: get('LDAP_Enable_LDAP_Groups_To_RC_Teams'),
        syncRoles: get('LDAP_Sync_User_Data_Roles'),
      },
    },
    saml: {
      enabled: get('SAML_Custom_Default'),
      users: usersOf('saml'),
      signatureValidationType: get('SAML_Custom_Default_signature_validation_type'),
      generateUsername: get('SAML_Custom_Default_generate_username'),
      updateSubscriptionsOnLogin: get('SAML_Custom_Default_channels_update'),
      syncRoles: get('SAML_Custom_Default_role_attribute_sync'),
    },
    cas: {
      enabled: get('CAS_enabled'),
      users: usersOf('cas'),
      allowUserCreation: get('CAS_Creation_User_Enabled'),
      alwaysSyncUserData: get('CAS_Sync_User_Data_Enabled'),
    },
    oauth: {
      ...Object.fromEntries(oauthServices.map(([name, key, setting]) => [key, { enabled: get(setting), users: usersOf(name) }])),
      custom: Object.fromEntries(
        customNames.map((name) => [
          name,
          { enabled: Boolean(get(`Accounts_OAuth_Custom-${name}`)), mergeRoles: get(`Accounts_OAuth_Custom-${name}-merge_roles`), users: usersOf(name) },
        ]),
      ),
    },
  };
}

export const loginServiceFigures = defineFigures({
  services: figure({
    type: () => GraphQLJSON,
    description:
      'Login services (LDAP, SAML, CAS, each OAuth provider, custom OAuth): their settings and active users (apps and guest-only users excepted). Cost X: reads every active user; computed only when selected.',
    rocketChat: 'apps/meteor/app/statistics/server/lib/getServicesStatistics.ts',
    reads: [settingsQueries.findStatisticsSettings, loginServiceQueries.countUsersByLoginService],
    compute: loginServiceStatistics,
    wire: inCurrentFormat,
  }),
});
