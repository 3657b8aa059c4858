import { deploymentQueries as q, type InstanceRecord, type MigrationControl } from '../queries/deployment';
import { settingsQueries, settingTextOrNull, settingValue } from '../queries/settings';
import { Commit, Deploy, Gateway, Instance, Migration } from '../schema/deployment.types';
import { DateTime } from '../schema/scalars';
import { Int } from 'type-graphql';
import { defineFigures, figure, inBothFormats, inCurrentFormat, localFact } from './figure';
import { gauge } from './gauge';
import { gatewayOnly, statisticsTs } from './rocketchat-sources';
import { optionalIsoDate } from './wire-dates';

// Deployment figures (docs/figures.md "Deployment").

/** A Rocket.Chat instance is live while its heartbeat (`_updatedAt`) is younger than this. */
export const instanceHeartbeatMs = 60_000;

export interface InstanceFacts extends InstanceRecord {
  live: boolean;
}

export function isLive(instance: InstanceRecord, now: Date): boolean {
  return instance.updatedAt !== null && now.getTime() - instance.updatedAt.getTime() <= instanceHeartbeatMs;
}

export interface CommitFacts {
  hash: string | null;
  branch: string | null;
  subject: string | null;
  date: string | null;
  author: string | null;
  tag: string | null;
}

const requestTime = localFact('the computation start', (context) => context.now);
const gatewayBuild = localFact('package.json and git', (context) => context.gateway);
const deployEnvironment = localFact('env DEPLOY_METHOD, DEPLOY_PLATFORM', (context) => context.deploy);

/** Rocket.Chat copies its `migrations` control document, `_id` included. */
function migrationOnTheWire(migration: MigrationControl) {
  return {
    _id: migration.id,
    version: migration.version,
    locked: migration.locked,
    lockedAt: optionalIsoDate(migration.lockedAt),
    buildAt: optionalIsoDate(migration.buildAt),
  };
}

export const deploymentFigures = defineFigures({
  uniqueId: figure({
    type: () => String,
    nullable: true,
    description: "Deployment ID: rocketchat_settings 'uniqueID' value.",
    rocketChat: statisticsTs,
    reads: [settingsQueries.findStatisticsSettings],
    compute: (settings) => {
      const uniqueId = settingValue(settings, 'uniqueID');
      return typeof uniqueId === 'string' ? uniqueId : null;
    },
    wire: inBothFormats,
  }),
  /** `createdAt` of the uniqueID setting: when Rocket.Chat was installed. */
  installedAt: figure({
    type: () => DateTime,
    nullable: true,
    description: "createdAt of the 'uniqueID' setting; null when missing.",
    rocketChat: statisticsTs,
    reads: [settingsQueries.findStatisticsSettings],
    compute: (settings) => {
      const createdAt = settings.get('uniqueID')?.createdAt;
      return createdAt instanceof Date ? createdAt : null;
    },
    wire: inBothFormats,
  }),
  cloudWorkspaceId: figure({
    type: () => String,
    nullable: true,
    description: "Setting 'Cloud_Workspace_Id'; null when unset.",
    rocketChat: 'apps/meteor/client/views/admin/workspace/DeploymentCard',
    reads: [settingsQueries.findStatisticsSettings],
    compute: (settings) => settingTextOrNull(settings, 'Cloud_Workspace_Id'),
  }),
  siteUrl: figure({
    type: () => String,
    nullable: true,
    description: "Setting 'Site_Url' (the workspace's address); null when unset.",
    rocketChat: 'apps/meteor/app/metrics/server/lib/collectMetrics.ts (rocketchat_info site_url)',
    reads: [settingsQueries.findStatisticsSettings],
    compute: (settings) => settingTextOrNull(settings, 'Site_Url'),
  }),
  /** Rocket.Chat's own build facts, known only from the newest snapshot Rocket.Chat stored. */
  version: figure({
    type: () => String,
    nullable: true,
    description: "Rocket.Chat's version, from the newest snapshot Rocket.Chat stored in rocketchat_statistics; null when there is none.",
    rocketChat: statisticsTs,
    reads: [q.findRocketChatBuild],
    compute: (build) => build.version,
    wire: inBothFormats,
  }),
  /** Rocket.Chat nests it under `apps`; the key is left out when no Rocket.Chat snapshot records it. */
  appsEngineVersion: figure({
    type: () => String,
    nullable: true,
    description: 'Apps-Engine version (apps.engineVersion of that same Rocket.Chat snapshot).',
    rocketChat: 'apps/meteor/app/statistics/server/lib/getAppsStatistics.ts',
    reads: [q.findRocketChatBuild],
    compute: (build) => build.appsEngineVersion,
    wire: { current: 'apps.engineVersion' },
  }),
  commit: figure({
    type: () => Commit,
    nullable: true,
    description: "Rocket.Chat's build commit, when its latest snapshot records one.",
    rocketChat: 'apps/meteor/app/utils/rocketchat.info',
    reads: [q.findRocketChatBuild],
    compute: (build): CommitFacts | null => {
      const stored = build.commit;
      if (!stored) return null;
      const text = (value: unknown) => (value == null ? null : String(value));
      return {
        hash: text(stored.hash),
        branch: text(stored.branch),
        subject: text(stored.subject),
        date: text(stored.date),
        author: text(stored.author),
        tag: text(stored.tag),
      };
    },
    selection: '{ hash branch subject date author tag }',
  }),
  gateway: figure({
    type: () => Gateway,
    description: 'The gateway itself (version, commit), apart from Rocket.Chat.',
    rocketChat: gatewayOnly,
    reads: [gatewayBuild],
    compute: (build) => build,
    selection: '{ version commit restFormat restFormatChosenBy }',
  }),
  mongoVersion: figure({
    type: () => String,
    nullable: true,
    description: 'MongoDB version (serverStatus, else buildInfo).',
    rocketChat: 'apps/meteor/app/utils/server/functions/getMongoInfo.ts',
    reads: [q.findMongoServerFacts],
    compute: (server) => server.version,
    wire: inCurrentFormat,
  }),
  mongoStorageEngine: figure({
    type: () => String,
    description: 'MongoDB storage engine (serverStatus storageEngine.name); "unknown" when not reported.',
    rocketChat: 'apps/meteor/app/utils/server/functions/getMongoInfo.ts',
    reads: [q.findMongoServerFacts],
    compute: (server) => server.storageEngine,
    wire: inCurrentFormat,
  }),
  oplogEnabled: figure({
    type: () => Boolean,
    nullable: true,
    description:
      "Whether the database offers change streams (a replica set member or a mongos, as serverStatus says), which Rocket.Chat's watchers need; Rocket.Chat reports whether its own watchers run, which only its own process knows. Null when serverStatus is refused (no clusterMonitor role) and in snapshots stored before the gateway recorded it.",
    rocketChat: 'apps/meteor/app/utils/server/functions/getMongoInfo.ts isWatcherRunning',
    reads: [q.findMongoServerFacts],
    compute: (server) => server.replicated,
    wire: inCurrentFormat,
  }),
  migration: figure({
    type: () => Migration,
    description: "migrations 'control' document; version 0 and unlocked when missing (never written).",
    rocketChat: 'apps/meteor/server/lib/migrations.ts getControl',
    reads: [q.findMigrationControl],
    compute: (control) => control,
    selection: '{ id version locked lockedAt buildAt }',
    wire: { '0.61': true, current: true, value: migrationOnTheWire, storedNames: { 'migration._id': 'migration.id' } },
  }),
  instances: figure({
    type: () => [Instance],
    description: 'Documents of the instances collection.',
    rocketChat: 'apps/meteor/client/views/admin/workspace/DeploymentCard/components/InstancesModal',
    reads: [q.findInstances, requestTime],
    compute: (instances, now): InstanceFacts[] => instances.map((instance) => ({ ...instance, live: isLive(instance, now) })),
    selection: '{ id name pid createdAt updatedAt host port nodeVersion live }',
  }),
  /** Rocket.Chat measures from its own start time, which means nothing to a separate process. */
  instanceCount: figure({
    type: () => Int,
    description:
      'Instances whose heartbeat (_updatedAt) is younger than 60 s on the gateway clock. Rocket.Chat measures from its own start time, which means nothing to a separate process.',
    rocketChat: statisticsTs,
    reads: [q.findInstances, requestTime],
    compute: (instances, now) => instances.filter((instance) => isLive(instance, now)).length,
    wire: inBothFormats,
  }),
  deploy: figure({
    type: () => Deploy,
    description: 'Deployment method and platform of the gateway (env DEPLOY_METHOD, DEPLOY_PLATFORM).',
    rocketChat: statisticsTs,
    reads: [deployEnvironment],
    compute: (deploy) => deploy,
    selection: '{ method platform }',
    wire: inBothFormats,
  }),
});

export const deploymentGauges = [
  gauge('live_instances', 'Rocket.Chat instances with a heartbeat in the last 60 s (instanceCount).', deploymentFigures.instanceCount),
];
