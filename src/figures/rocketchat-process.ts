import { Int } from 'type-graphql';
import { deploymentQueries } from '../queries/deployment';
import { defineFigures, figure, figureGroup, localFact } from './figure';
import { fromRocketChatSnapshot, isCount, isFlag, isText, snapshotCount, snapshotFigure, snapshotObject } from './rocketchat-snapshot';
import { statisticsTs } from './rocketchat-sources';

// What only Rocket.Chat's process knows, and what the gateway takes from Rocket.Chat's newest own
// snapshot (docs/figures.md "Rocket.Chat's own snapshot"): one read of rocketchat_statistics for all.

const appsTs = 'apps/meteor/app/statistics/server/lib/getAppsStatistics.ts';
const alwaysReady = localFact('a constant of Rocket.Chat', () => true as const);

export const rocketChatProcessFigures = defineFigures({
  tag: snapshotFigure('tag', () => String, "Release tag of Rocket.Chat's build.", { accept: isText }),
  branch: snapshotFigure('branch', () => String, "Branch of Rocket.Chat's build.", { accept: isText }),
  msEnabled: snapshotFigure('msEnabled', () => Boolean, 'Whether Rocket.Chat runs as microservices.', { accept: isFlag }),
  statsToken: snapshotFigure('statsToken', () => String, "Rocket.Chat's statistics token for the cloud.", { accept: isText }),
  /** statistics.ts sets it to true on every workspace. */
  enterpriseReady: figure({
    type: () => Boolean,
    description: 'Always true, as Rocket.Chat 8.x writes it.',
    rocketChat: statisticsTs,
    reads: [alwaysReady],
    compute: (ready) => ready,
    wire: { current: 'enterpriseReady' },
  }),
  enterprise: snapshotObject(
    'enterprise',
    'License modules and tags, seat requests and enterprise omnichannel counts.',
    undefined,
    'apps/meteor/app/statistics/server/lib/getEEStatistics.ts',
  ),
  abacEnabled: snapshotFigure('abacEnabled', () => Boolean, 'Whether attribute-based access control is on.', { accept: isFlag }),
  abacTotalAttributes: snapshotCount('abacTotalAttributes', 'ABAC attributes.'),
  abacTotalAttributeValues: snapshotCount('abacTotalAttributeValues', 'ABAC attribute values.'),
  abacRoomsEnrolled: snapshotCount('abacRoomsEnrolled', 'Rooms under ABAC.'),
});

/** One count of Rocket.Chat's apps engine, from the `apps` object of its snapshot; false there means the engine was down. */
const appsCount = <const K extends string>(field: string, key: K, description: string) =>
  figure({
    type: () => Int,
    nullable: true,
    description: `${description} Rocket.Chat writes false when its apps engine is not running; null here then. ${fromRocketChatSnapshot}`,
    rocketChat: appsTs,
    reads: [deploymentQueries.findRocketChatBuild],
    compute: (build): number | null => {
      const value = (build.snapshot?.apps as Record<string, unknown> | undefined)?.[field];
      return isCount(value) ? (value as number) : null;
    },
    wire: { current: key, value: (value: number | null): number | false => value ?? false } as const,
  });

export const appsGroup = figureGroup('apps', 'AppsStatistics', "Rocket.Chat's apps engine: known only to its process.");
export const appsFigures = defineFigures(
  {
    totalInstalled: appsCount('totalInstalled', 'apps.totalInstalled', 'Installed apps.'),
    totalActive: appsCount('totalActive', 'apps.totalActive', 'Enabled apps.'),
    totalFailed: appsCount('totalFailed', 'apps.totalFailed', 'Apps neither enabled nor manually disabled.'),
    totalPrivateApps: appsCount('totalPrivateApps', 'apps.totalPrivateApps', 'Privately installed apps.'),
    totalPrivateAppsEnabled: appsCount('totalPrivateAppsEnabled', 'apps.totalPrivateAppsEnabled', 'Privately installed apps that are enabled.'),
  },
  appsGroup,
);

export const federationGroup = figureGroup('federation', 'FederationStatistics', 'Federation with other servers.');
export const federationFigures = defineFigures(
  {
    servers: snapshotCount('federatedServers', 'Federated servers.', undefined, 'apps/meteor/app/federation/server/functions/dashboard.ts'),
    users: snapshotCount('federatedUsers', 'Federated users.', undefined, 'apps/meteor/app/federation/server/functions/dashboard.ts'),
    overview: snapshotObject(
      'federationOverviewData',
      'Events, federated users and servers of the older federation.',
      undefined,
      'apps/meteor/app/federation/server/functions/dashboard.ts',
    ),
    matrix: snapshotObject(
      'matrixFederation',
      'Matrix federation: enabled, rooms, external users and servers.',
      undefined,
      'apps/meteor/server/services/federation/infrastructure/rocket-chat/adapters/Statistics.ts',
    ),
  },
  federationGroup,
);
