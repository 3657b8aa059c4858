import type { DatabaseQuery } from '../queries/database-query';
import { bookkeepingFigures } from './bookkeeping';
import { collaborationFigures, integrationFigures, integrationsGroup, teamFigures, teamsGroup, voipFigures, voipGroup } from './collaboration';
import { omnichannelFigures, omnichannelGroup } from './omnichannel';
import { appsFigures, appsGroup, federationFigures, federationGroup, rocketChatProcessFigures } from './rocketchat-process';
import {
  sessionFigures,
  sessionsGroup,
  uniqueDevicesFigures,
  uniqueDevicesGroup,
  uniqueOSFigures,
  uniqueOSGroup,
  uniqueUsersFigures,
  uniqueUsersGroup,
} from './sessions';
import {
  customizationFigures,
  customizationGroup,
  importerFigures,
  importerGroup,
  pushFigures,
  pushGroup,
  usageFigures,
  usageGroup,
  wizardFigures,
  wizardGroup,
  workspaceSettingFigures,
} from './workspace-settings';
import { deploymentFigures, deploymentGauges } from './deployment';
import { figureGroup, rootGroup, type Figure, type FigureGroup, type FigureGroupType } from './figure';
import type { WorkspaceGauge } from './gauge';
import { hostFigures } from './host';
import { legacyMessageFigures, messageFigures, messageGauges } from './messages';
import { roomFigures, roomGauges } from './rooms';
import { uploadFigures, uploadGauges } from './uploads';
import { legacyUserFigures, userFigures, userGauges } from './users';
import { loginServiceFigures } from './login-services';
import { videoConferenceFigures } from './video-conferences';

/**
 * Every figure of the Statistics type, family by family, in the schema's order. The doors (GraphQL,
 * REST, /metrics), the fixed documents, the OpenAPI document and docs/figures.md are derived from it.
 */
export const figureFamilies: Array<{ title: string; figures: Figure[] }> = [
  { title: 'Snapshot', figures: Object.values(bookkeepingFigures) },
  { title: 'Deployment', figures: Object.values(deploymentFigures) },
  { title: 'Host', figures: Object.values(hostFigures) },
  { title: 'Users', figures: [...Object.values(userFigures), ...Object.values(legacyUserFigures), ...Object.values(loginServiceFigures)] },
  { title: 'Rooms', figures: Object.values(roomFigures) },
  { title: 'Messages', figures: [...Object.values(messageFigures), ...Object.values(legacyMessageFigures)] },
  { title: 'Uploads', figures: Object.values(uploadFigures) },
  {
    title: 'Collaboration',
    figures: [
      ...Object.values(collaborationFigures),
      ...Object.values(teamFigures),
      ...Object.values(integrationFigures),
      ...Object.values(videoConferenceFigures),
    ],
  },
  { title: 'Omnichannel', figures: [...Object.values(omnichannelFigures), ...Object.values(voipFigures)] },
  {
    title: 'Workspace settings',
    figures: [
      ...Object.values(workspaceSettingFigures),
      ...Object.values(wizardFigures),
      ...Object.values(customizationFigures),
      ...Object.values(usageFigures),
      ...Object.values(pushFigures),
      ...Object.values(importerFigures),
    ],
  },
  {
    title: "Rocket.Chat's own snapshot",
    figures: [...Object.values(rocketChatProcessFigures), ...Object.values(appsFigures), ...Object.values(federationFigures)],
  },
  {
    title: 'Sessions',
    figures: [
      ...Object.values(sessionFigures),
      ...Object.values(uniqueUsersFigures),
      ...Object.values(uniqueDevicesFigures),
      ...Object.values(uniqueOSFigures),
    ],
  },
];

/** The nested object types of Statistics, parents before their children, in the schema's order. */
export const figureGroups: FigureGroupType[] = [
  figureGroup('legacy', 'LegacyStatistics', 'Figures as Rocket.Chat 0.61 defined them, where they differ from today (the REST 0.61 format uses these).'),
  teamsGroup,
  integrationsGroup,
  omnichannelGroup,
  voipGroup,
  wizardGroup,
  customizationGroup,
  usageGroup,
  pushGroup,
  importerGroup,
  appsGroup,
  federationGroup,
  sessionsGroup,
  uniqueUsersGroup,
  uniqueDevicesGroup,
  uniqueOSGroup,
];

/** The groups directly inside a group: `sessions.uniqueUsers` is inside `sessions`, `omnichannel` inside the root. */
export function childGroups(group: FigureGroup): FigureGroup[] {
  const prefix = group === rootGroup ? '' : `${group}.`;
  return figureGroups.map((g) => g.path).filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('.'));
}

export const allFigures: Figure[] = figureFamilies.flatMap((family) => family.figures);

/** Every family's declarations with their own types, for the typed REST body (src/rest/wire-body.ts). */
export const declaredFamilies = [
  bookkeepingFigures,
  deploymentFigures,
  hostFigures,
  userFigures,
  legacyUserFigures,
  loginServiceFigures,
  roomFigures,
  messageFigures,
  legacyMessageFigures,
  uploadFigures,
  collaborationFigures,
  teamFigures,
  integrationFigures,
  videoConferenceFigures,
  omnichannelFigures,
  voipFigures,
  workspaceSettingFigures,
  wizardFigures,
  customizationFigures,
  usageFigures,
  pushFigures,
  importerFigures,
  rocketChatProcessFigures,
  appsFigures,
  federationFigures,
  sessionFigures,
  uniqueUsersFigures,
  uniqueDevicesFigures,
  uniqueOSFigures,
] as const;
type FiguresOf<Family> = Family extends unknown ? Family[keyof Family] : never;
export type CatalogFigure = FiguresOf<(typeof declaredFamilies)[number]>;

/** The workspace gauges of /metrics, in the order a scrape lists them. */
export const workspaceGauges: WorkspaceGauge[] = [...userGauges, ...roomGauges, ...messageGauges, ...uploadGauges, ...deploymentGauges];

/** Every database query the figures read, once each, in the order figures first read them. */
export const databaseQueries: DatabaseQuery[] = [
  ...new Set(allFigures.flatMap((figure) => figure.reads.filter((source): source is DatabaseQuery => source.kind === 'database'))),
];

export type QueryName = string;
export const queryNames: QueryName[] = databaseQueries.map((query) => query.name);

export function queryNamed(name: QueryName): DatabaseQuery {
  const query = databaseQueries.find((candidate) => candidate.name === name);
  if (!query) throw new RangeError(`No database query is named ${name}.`);
  return query;
}
