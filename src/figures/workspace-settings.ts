import type { ISettingStatisticsObject } from '@rocket.chat/core-typings';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Int } from 'type-graphql';
import {
  settingChanged,
  settingCount,
  settingFlag,
  settingsQueries,
  settingText,
  settingValue,
  type StatisticsSettingId,
  type StatisticsSettings,
} from '../queries/settings';
import { defineFigures, figure, figureGroup, inCurrentFormat } from './figure';
import { settingFigure } from './simple-figures';
import { statisticsTs } from './rocketchat-sources';

// Figures of Rocket.Chat's settings (docs/figures.md "Workspace settings"): all from one read of
// rocketchat_settings, whatever is selected.

const importerTs = 'apps/meteor/app/statistics/server/lib/getImporterStatistics.ts';
const settingsTs = 'apps/meteor/server/lib/statistics/getSettingsStatistics.ts';

const flag = <const K extends string>(key: K, id: StatisticsSettingId, rocketChat = statisticsTs) =>
  settingFigure(Boolean, key, `Setting ${id}; false when missing.`, rocketChat, (s) => settingFlag(s, id));
const text = <const K extends string>(key: K, id: StatisticsSettingId, rocketChat = statisticsTs) =>
  settingFigure(String, key, `Setting ${id}; '' when missing.`, rocketChat, (s) => settingText(s, id));
const counter = <const K extends string>(key: K, id: StatisticsSettingId, rocketChat = statisticsTs) =>
  settingFigure(Int, key, `Counter setting ${id}; 0 when missing.`, rocketChat, (s) => settingCount(s, id));
const changed = <const K extends string>(key: K, id: StatisticsSettingId) =>
  settingFigure(Boolean, key, `Setting ${id} differs from its default (packageValue).`, statisticsTs, (s) => settingChanged(s, id));

export const workspaceSettingFigures = defineFigures({
  deploymentFingerprintHash: text('deploymentFingerprintHash', 'Deployment_FingerPrint_Hash'),
  deploymentFingerprintVerified: flag('deploymentFingerprintVerified', 'Deployment_FingerPrint_Verified'),
  fileStoreType: text('fileStoreType', 'FileUpload_Storage_Type'),
  allowUnsafeQueryAndFieldsApiParamsEnabled: flag('allowUnsafeQueryAndFieldsApiParamsEnabled', 'API_Allow_Unsafe_Query_And_Fields_Params'),
  webRTCEnabled: flag('webRTCEnabled', 'WebRTC_Enabled'),
  settings: figure({
    type: () => GraphQLJSONObject,
    description:
      'A selection of settings, nested by section as getSettingsStatistics nests them (accounts, e2ee, email, message, …); a missing setting is left out.',
    rocketChat: settingsTs,
    reads: [settingsQueries.findStatisticsSettings],
    compute: (s): ISettingStatisticsObject => settingsOverview(s),
    wire: inCurrentFormat,
  }),
});

export const wizardGroup = figureGroup('wizard', 'SetupWizard', "The setup wizard's answers (settings).");
export const wizardFigures = defineFigures(
  {
    organizationType: text('wizard.organizationType', 'Organization_Type'),
    industry: text('wizard.industry', 'Industry'),
    size: text('wizard.size', 'Size'),
    country: text('wizard.country', 'Country'),
    language: text('wizard.language', 'Language'),
    serverType: text('wizard.serverType', 'Server_Type'),
    registerServer: flag('wizard.registerServer', 'Register_Server'),
  },
  wizardGroup,
);

export const customizationGroup = figureGroup('customization', 'Customization', 'Layout and script customizations, and read receipts (settings).');
export const customizationFigures = defineFigures(
  {
    logoChange: settingFigure(Boolean, 'logoChange', 'Setting Assets_logo has a url (a custom logo).', statisticsTs, (s) => {
      const logo = settingValue(s, 'Assets_logo');
      return logo !== null && typeof logo === 'object' && 'url' in logo;
    }),
    showHomeButton: flag('showHomeButton', 'Layout_Show_Home_Button'),
    homeTitleChanged: changed('homeTitleChanged', 'Layout_Home_Title'),
    homeBodyChanged: changed('homeBodyChanged', 'Layout_Home_Body'),
    customCSSChanged: changed('customCSSChanged', 'theme-custom-css'),
    onLogoutCustomScriptChanged: changed('onLogoutCustomScriptChanged', 'Custom_Script_On_Logout'),
    loggedOutCustomScriptChanged: changed('loggedOutCustomScriptChanged', 'Custom_Script_Logged_Out'),
    loggedInCustomScriptChanged: changed('loggedInCustomScriptChanged', 'Custom_Script_Logged_In'),
    readReceiptsEnabled: flag('readReceiptsEnabled', 'Message_Read_Receipt_Enabled'),
    readReceiptsDetailed: flag('readReceiptsDetailed', 'Message_Read_Receipt_Store_Users'),
  },
  customizationGroup,
);

export const usageGroup = figureGroup('usage', 'UsageCounters', 'Usage counters Rocket.Chat keeps as settings.');
export const usageFigures = defineFigures(
  {
    dashboardCount: counter('dashboardCount', 'Engagement_Dashboard_Load_Count'),
    messageAuditApply: counter('messageAuditApply', 'Message_Auditing_Apply_Count'),
    messageAuditLoad: counter('messageAuditLoad', 'Message_Auditing_Panel_Load_Count'),
    joinJitsiButton: counter('joinJitsiButton', 'Jitsi_Click_To_Join_Count'),
    slashCommandsJitsi: counter('slashCommandsJitsi', 'Jitsi_Start_SlashCommands_Count'),
    totalTriggeredEmails: counter('totalTriggeredEmails', 'Triggered_Emails_Count'),
    totalEmailInvitation: counter('totalEmailInvitation', 'Invitation_Email_Count'),
    totalManuallyAddedUsers: counter('totalManuallyAddedUsers', 'Manual_Entry_User_Count'),
    totalWebRTCCalls: counter('totalWebRTCCalls', 'WebRTC_Calls_Count'),
    /** The counter Rocket.Chat's process keeps in this setting (statistics.ts reads the setting too). */
    uncaughtExceptionsCount: counter('uncaughtExceptionsCount', 'Uncaught_Exceptions_Count'),
  },
  usageGroup,
);

export const pushGroup = figureGroup('push', 'PushStatistics', 'Push notifications: settings and queue.');
export const pushFigures = defineFigures(
  {
    /** statistics.ts: one bit each for Push_enable (1), Push_enable_gateway (2), Push_gateway changed (4). */
    settingsBitmask: settingFigure(Int, 'push', 'Bitmask: 1 push enabled, 2 gateway enabled, 4 gateway changed from its default.', statisticsTs, (s) =>
      pushBitmask(s),
    ),
    secured: flag('pushSecured', 'Push_request_content_from_server'),
  },
  pushGroup,
);

export const importerGroup = figureGroup('importer', 'ImporterStatistics', 'Users imported per importer (counter settings).');
export const importerFigures = defineFigures(
  {
    totalCSVImportedUsers: counter('importer.totalCSVImportedUsers', 'CSV_Importer_Count', importerTs),
    totalHipchatEnterpriseImportedUsers: counter('importer.totalHipchatEnterpriseImportedUsers', 'Hipchat_Enterprise_Importer_Count', importerTs),
    totalSlackImportedUsers: counter('importer.totalSlackImportedUsers', 'Slack_Importer_Count', importerTs),
    totalSlackUsersImportedUsers: counter('importer.totalSlackUsersImportedUsers', 'Slack_Users_Importer_Count', importerTs),
  },
  importerGroup,
);

export function pushBitmask(s: StatisticsSettings): number {
  return (settingFlag(s, 'Push_enable') ? 1 : 0) | (settingFlag(s, 'Push_enable_gateway') ? 2 : 0) | (settingChanged(s, 'Push_gateway') ? 4 : 0);
}

/** getSettingsStatistics' sections: [section path, alias, setting]. */
const overview: Array<[string, string, StatisticsSettingId]> = [
  ['accounts', 'account2fa', 'Accounts_TwoFactorAuthentication_Enabled'],
  ['cannedResponses', 'cannedResponsesEnabled', 'Canned_Responses_Enable'],
  ['e2ee', 'e2e', 'E2E_Enable'],
  ['e2ee', 'e2eDefaultDirectRoom', 'E2E_Enabled_Default_DirectRooms'],
  ['e2ee', 'e2eDefaultPrivateRoom', 'E2E_Enabled_Default_PrivateRooms'],
  ['email.smtp', 'smtpHost', 'SMTP_Host'],
  ['email.smtp', 'smtpPort', 'SMTP_Port'],
  ['email.smtp', 'fromEmail', 'From_Email'],
  ['fileUpload', 'fileUploadEnable', 'FileUpload_Enabled'],
  ['general.nps', 'surveyEnabled', 'NPS_survey_enabled'],
  ['general.update', 'updateChecker', 'Update_EnableChecker'],
  ['liveStreamAndBroadcasting', 'liveStream', 'Livestream_enabled'],
  ['liveStreamAndBroadcasting', 'broadcasting', 'Broadcasting_enabled'],
  ['message', 'allowEditing', 'Message_AllowEditing'],
  ['message', 'allowDeleting', 'Message_AllowDeleting'],
  ['message', 'allowUnrecognizedSlashCommand', 'Message_AllowUnrecognizedSlashCommand'],
  ['message', 'allowBadWordsFilter', 'Message_AllowBadWordsFilter'],
  ['message', 'readReceiptEnabled', 'Message_Read_Receipt_Enabled'],
  ['message', 'readReceiptStoreUsers', 'Message_Read_Receipt_Store_Users'],
  ['otr', 'otrEnable', 'OTR_Enable'],
  ['push', 'pushEnable', 'Push_enable'],
  ['search.defaultProvider', 'globalSearchEnabled', 'Search.defaultProvider.GlobalSearchEnabled'],
  ['threads', 'threadsEnabled', 'Threads_enabled'],
  ['webRTC', 'webRTCEnableChannel', 'WebRTC_Enable_Channel'],
  ['webRTC', 'webRTCEnablePrivate', 'WebRTC_Enable_Private'],
  ['webRTC', 'webRTCEnableDirect', 'WebRTC_Enable_Direct'],
];

/** The nested settings object; Rocket.Chat leaves the cannedResponses section out when its setting is missing. */
export function settingsOverview(s: StatisticsSettings): Record<string, unknown> {
  // getSettingsStatistics always writes general.apps, whose two fields no setting fills.
  const result: Record<string, unknown> = { general: { apps: {} } };
  for (const [section, alias, id] of overview) {
    const value = settingValue(s, id);
    if (section === 'cannedResponses' && value === undefined) continue;
    let target = result;
    for (const part of section.split('.')) target = (target[part] ??= {}) as Record<string, unknown>;
    if (value !== undefined) target[alias] = value;
  }
  return result;
}
