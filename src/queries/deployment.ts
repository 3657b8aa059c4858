import type { Db, Document } from 'mongodb';
import { defineQueries } from './database-query';

export interface MigrationControl {
  id: string;
  version: number;
  locked: boolean;
  lockedAt: Date | null;
  buildAt: Date | null;
}

/** The `migrations` control document; read only, never created (Rocket.Chat would write a default). */
async function findMigrationControl(db: Db): Promise<MigrationControl> {
  const control = await db.collection<{ _id: string } & Document>('migrations').findOne({ _id: 'control' });
  return {
    id: 'control',
    version: typeof control?.version === 'number' ? control.version : 0,
    locked: control?.locked === true,
    lockedAt: control?.lockedAt instanceof Date ? control.lockedAt : null,
    buildAt: control?.buildAt instanceof Date ? control.buildAt : null,
  };
}

/**
 * Figures only Rocket.Chat's process knows (apps engine state, peak connections, build facts, license)
 * or that the gateway does not compute yet: read from the newest snapshot Rocket.Chat stored.
 */
export const rocketChatSnapshotKeys = [
  'tag', 'branch', 'msEnabled', 'statsToken', 'dailyPeakConnections', 'maxMonthlyPeakConnections',
  'apps', 'services', 'enterprise', 'videoConf', 'matrixFederation', 'federationOverviewData', 'federatedServers', 'federatedUsers',
  'omnichannelContactsBySource', 'uniqueContactsOfYesterday', 'uniqueContactsOfLastWeek', 'uniqueContactsOfLastMonth',
  'contactVerification', 'omnichannelWebRTCCalls',
  'uniqueUsersOfYesterday', 'uniqueUsersOfLastWeek', 'uniqueUsersOfLastMonth',
  'uniqueDevicesOfYesterday', 'uniqueDevicesOfLastWeek', 'uniqueDevicesOfLastMonth',
  'uniqueOSOfYesterday', 'uniqueOSOfLastWeek', 'uniqueOSOfLastMonth',
  'abacEnabled', 'abacTotalAttributes', 'abacTotalAttributeValues', 'abacRoomsEnrolled',
] as const; // prettier-ignore

export type RocketChatSnapshotKey = (typeof rocketChatSnapshotKeys)[number];

export interface RocketChatBuild {
  version: string | null;
  appsEngineVersion: string | null;
  commit: Document | null;
  /** The newest Rocket.Chat snapshot's values of rocketChatSnapshotKeys; null when Rocket.Chat stored none. */
  snapshot: Partial<Record<RocketChatSnapshotKey, unknown>> | null;
}

const snapshotProjection = Object.fromEntries(['version', 'commit', ...rocketChatSnapshotKeys].map((key) => [key, 1]));

/** Build facts exist only in the newest snapshot Rocket.Chat itself stored (docs/figures.md "Deployment"). */
async function findRocketChatBuild(db: Db): Promise<RocketChatBuild> {
  const [latest] = await db.collection('rocketchat_statistics').find({}, { projection: snapshotProjection }).sort({ createdAt: -1 }).limit(1).toArray();
  return {
    version: typeof latest?.version === 'string' ? latest.version : null,
    appsEngineVersion: typeof latest?.apps?.engineVersion === 'string' ? latest.apps.engineVersion : null,
    commit: latest?.commit && typeof latest.commit === 'object' ? latest.commit : null,
    snapshot: latest ? Object.fromEntries(rocketChatSnapshotKeys.filter((key) => latest[key] !== undefined).map((key) => [key, latest[key]])) : null,
  };
}

export interface MongoServerFacts {
  version: string | null;
  storageEngine: string;
  /** A replica set member (serverStatus names its set) or a mongos router; null when serverStatus was refused. */
  replicated: boolean | null;
}

/** `serverStatus` needs the clusterMonitor role; without it, `buildInfo` still tells the version. */
async function findMongoServerFacts(db: Db): Promise<MongoServerFacts> {
  try {
    const status = await db.admin().command({ serverStatus: 1, repl: 1, metrics: 0, locks: 0 });
    const replicated = typeof status.repl?.setName === 'string' || status.process === 'mongos';
    return { version: status.version ?? null, storageEngine: status.storageEngine?.name ?? 'unknown', replicated };
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const build = await db.admin().command({ buildInfo: 1 });
    return { version: build.version ?? null, storageEngine: 'unknown', replicated: null };
  }
}

function isRefusal(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: string }).name === 'MongoServerError';
}

export interface InstanceRecord {
  id: string;
  name: string | null;
  pid: number | null;
  createdAt: Date | null;
  updatedAt: Date | null;
  host: string | null;
  port: string | null;
  nodeVersion: string | null;
}

/** Rocket.Chat's `instances` heartbeats (one per Rocket.Chat process). */
async function findInstances(db: Db): Promise<InstanceRecord[]> {
  const documents = await db.collection<{ _id: string } & Document>('instances').find({}).sort({ _id: 1 }).limit(1000).toArray();
  return documents.map((doc) => ({
    id: String(doc._id),
    name: typeof doc.name === 'string' ? doc.name : null,
    pid: typeof doc.pid === 'number' ? doc.pid : null,
    createdAt: doc._createdAt instanceof Date ? doc._createdAt : null,
    updatedAt: doc._updatedAt instanceof Date ? doc._updatedAt : null,
    host: doc.extraInformation?.host != null ? String(doc.extraInformation.host) : null,
    port: doc.extraInformation?.port != null ? String(doc.extraInformation.port) : null,
    nodeVersion: typeof doc.extraInformation?.nodeVersion === 'string' ? doc.extraInformation.nodeVersion : null,
  }));
}

/** The queries of the deployment facts (its settings are among the statistics settings): migrations, Rocket.Chat's own snapshots, the server, instances. */
export const deploymentQueries = defineQueries({
  findMigrationControl: {
    command: "migrations.findOne({ _id: 'control' })",
    index: '_id',
    cost: 'indexed',
    run: findMigrationControl,
  },
  findRocketChatBuild: {
    command: 'rocketchat_statistics.find({}, { version, commit, apps, tag, branch, msEnabled, … }).sort({ createdAt: -1 }).limit(1)',
    index: '{ createdAt: -1 }',
    cost: 'indexed',
    run: findRocketChatBuild,
  },
  findMongoServerFacts: {
    command: 'serverStatus (buildInfo when refused)',
    index: 'none: a server command',
    cost: 'server',
    run: findMongoServerFacts,
  },
  findInstances: {
    command: 'instances.find({}).sort({ _id: 1 }).limit(1000)',
    index: '_id',
    cost: 'indexed',
    run: findInstances,
  },
});
