import type { Db } from 'mongodb';
import { defineQueries } from './database-query';
import { customOAuthPrefix, serviceSettingIds } from './login-service-settings';

/**
 * The settings Rocket.Chat's statistics read (apps/meteor/app/statistics/server/lib/statistics.ts,
 * getServicesStatistics.ts, getImporterStatistics.ts, getContactVerificationStatistics.ts,
 * apps/meteor/server/lib/statistics/getSettingsStatistics.ts) and the deployment settings, all
 * fetched by one find, whatever figure is selected: one `_id` lookup costs the same for one setting
 * or eighty. The login services' settings (src/queries/login-service-settings.ts), custom OAuth
 * services included, are in the same find.
 */
export const statisticsSettingIds = [
  // deployment (the Deployment card, rocketchat_info)
  'uniqueID', 'Cloud_Workspace_Id', 'Site_Url',
  // setup wizard
  'Organization_Type', 'Industry', 'Size', 'Country', 'Language', 'Server_Type', 'Register_Server',
  'Deployment_FingerPrint_Hash', 'Deployment_FingerPrint_Verified', 'FileUpload_Storage_Type',
  // omnichannel
  'Livechat_enabled', 'Omnichannel_enable_department_removal', 'Livechat_auto_transfer_chat_timeout', 'Livechat_Routing_Method',
  'Livechat_allow_manual_on_hold', 'Livechat_enable_business_hours', 'Livechat_last_chatted_agent_routing',
  'Omnichannel_contact_manager_routing', 'Livechat_abandoned_rooms_action', 'VoIP_Enabled', 'Omnichannel_call_provider',
  // contact verification (getContactVerificationStatistics.ts)
  'Merged_Contacts_Count', 'Resolved_Conflicts_Count', 'Contacts_Importer_Count', 'Advanced_Contact_Upsell_Views_Count',
  'Advanced_Contact_Upsell_Clicks_Count',
  // usage counters
  'Engagement_Dashboard_Load_Count', 'Message_Auditing_Apply_Count', 'Message_Auditing_Panel_Load_Count', 'Jitsi_Click_To_Join_Count',
  'Jitsi_Start_SlashCommands_Count', 'Triggered_Emails_Count', 'Invitation_Email_Count', 'Manual_Entry_User_Count', 'WebRTC_Calls_Count',
  'Uncaught_Exceptions_Count', 'WebRTC_Enabled',
  // customization
  'Assets_logo', 'Layout_Show_Home_Button', 'Layout_Home_Title', 'Layout_Home_Body', 'theme-custom-css', 'Custom_Script_On_Logout',
  'Custom_Script_Logged_Out', 'Custom_Script_Logged_In', 'Message_Read_Receipt_Enabled', 'Message_Read_Receipt_Store_Users',
  'API_Allow_Unsafe_Query_And_Fields_Params',
  // video conferences (apps/meteor/server/services/video-conference/service.ts getStatistics)
  'VideoConf_Default_Provider', 'VideoConf_Enable_DMs', 'VideoConf_Enable_Channels', 'VideoConf_Enable_Groups', 'VideoConf_Enable_Teams',
  // push
  'Push_enable', 'Push_enable_gateway', 'Push_gateway', 'Push_request_content_from_server',
  // importer counters
  'CSV_Importer_Count', 'Hipchat_Enterprise_Importer_Count', 'Slack_Importer_Count', 'Slack_Users_Importer_Count',
  // getSettingsStatistics
  'Accounts_TwoFactorAuthentication_Enabled', 'E2E_Enable', 'E2E_Enabled_Default_DirectRooms', 'E2E_Enabled_Default_PrivateRooms',
  'SMTP_Host', 'SMTP_Port', 'From_Email', 'FileUpload_Enabled', 'NPS_survey_enabled', 'Update_EnableChecker', 'Livestream_enabled',
  'Broadcasting_enabled', 'Message_AllowEditing', 'Message_AllowDeleting', 'Message_AllowUnrecognizedSlashCommand',
  'Message_AllowBadWordsFilter', 'Search.defaultProvider.GlobalSearchEnabled', 'OTR_Enable', 'Threads_enabled',
  'WebRTC_Enable_Channel', 'WebRTC_Enable_Private', 'WebRTC_Enable_Direct', 'Canned_Responses_Enable',
  // login services (getServicesStatistics.ts)
  ...serviceSettingIds,
] as const; // prettier-ignore

/** A custom OAuth service's setting: `Accounts_OAuth_Custom-<name>` and its own `-<option>` settings. */
export type CustomOAuthSettingId = `${typeof customOAuthPrefix}${string}`;

export type StatisticsSettingId = (typeof statisticsSettingIds)[number] | CustomOAuthSettingId;

/** A setting's stored value and its default (`packageValue`), as Rocket.Chat's settings cache holds them. */
export interface StoredSetting {
  value: unknown;
  packageValue: unknown;
  /** When Rocket.Chat first wrote the setting: `uniqueID`'s is the installation date. */
  createdAt: unknown;
}

export type StatisticsSettings = ReadonlyMap<StatisticsSettingId, StoredSetting>;

async function findStatisticsSettings(db: Db): Promise<StatisticsSettings> {
  const found = await db
    .collection<{ _id: string; value?: unknown; packageValue?: unknown; createdAt?: unknown }>('rocketchat_settings')
    .find(
      { $or: [{ _id: { $in: [...statisticsSettingIds] } }, { _id: { $regex: `^${customOAuthPrefix}` } }] },
      { projection: { value: 1, packageValue: 1, createdAt: 1 } },
    )
    .toArray();
  return new Map(
    found.map((setting) => [setting._id as StatisticsSettingId, { value: setting.value, packageValue: setting.packageValue, createdAt: setting.createdAt }]),
  );
}

export const settingsQueries = defineQueries({
  findStatisticsSettings: {
    command: `rocketchat_settings.find({ $or: [{ _id: { $in: [${statisticsSettingIds.length} statistics settings] } }, { _id: /^${customOAuthPrefix}/ }] }, { value, packageValue, createdAt })`,
    index: '_id (the custom OAuth settings by its prefix)',
    cost: 'indexed',
    run: findStatisticsSettings,
  },
});

/** A setting's value, or undefined when the workspace has no such setting (Rocket.Chat's settings.get). */
export function settingValue(settings: StatisticsSettings, id: StatisticsSettingId): unknown {
  return settings.get(id)?.value;
}

/** A boolean setting; false when missing or not a boolean. */
export function settingFlag(settings: StatisticsSettings, id: StatisticsSettingId): boolean {
  return settingValue(settings, id) === true;
}

/** A counter setting; 0 when missing or not a number. */
export function settingCount(settings: StatisticsSettings, id: StatisticsSettingId): number {
  const value = settingValue(settings, id);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** A text setting; '' when missing or not a string. */
export function settingText(settings: StatisticsSettings, id: StatisticsSettingId): string {
  const value = settingValue(settings, id);
  return typeof value === 'string' ? value : '';
}

/** Whether the value differs from the default Rocket.Chat ships (`packageValue`), as statistics.ts compares them. */
export function settingChanged(settings: StatisticsSettings, id: StatisticsSettingId): boolean {
  const setting = settings.get(id);
  return setting !== undefined && setting.value !== setting.packageValue;
}

/** A non-empty text setting; null when missing, empty or not a string. */
export function settingTextOrNull(settings: StatisticsSettings, id: StatisticsSettingId): string | null {
  const value = settingValue(settings, id);
  return typeof value === 'string' && value !== '' ? value : null;
}
