import type { InstanceRecord } from '../queries/deployment';
import type { Loaders } from '../statistics/loaders';

// Deployment figures (spec statistics.md "Deployment").

export const uniqueId = async (l: Loaders) => (await l.deploymentSettings()).uniqueId;
/** `createdAt` of the uniqueID setting: when Rocket.Chat was installed. */
export const installedAt = async (l: Loaders) => (await l.deploymentSettings()).installedAt;
export const cloudWorkspaceId = async (l: Loaders) => (await l.deploymentSettings()).cloudWorkspaceId;

/** Rocket.Chat's own build facts, known only from the newest snapshot Rocket.Chat stored. */
export const version = async (l: Loaders) => (await l.rocketChatBuild()).version;
export const appsEngineVersion = async (l: Loaders) => (await l.rocketChatBuild()).appsEngineVersion;
export async function commit(l: Loaders): Promise<CommitFacts | null> {
  const stored = (await l.rocketChatBuild()).commit;
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
}

export interface CommitFacts {
  hash: string | null;
  branch: string | null;
  subject: string | null;
  date: string | null;
  author: string | null;
  tag: string | null;
}

export const migration = (l: Loaders) => l.migrationControl();
export const mongoVersion = async (l: Loaders) => (await l.mongoServer()).version;
export const mongoStorageEngine = async (l: Loaders) => (await l.mongoServer()).storageEngine;

/** A Rocket.Chat instance is live while its heartbeat (`_updatedAt`) is younger than this. */
export const instanceHeartbeatMs = 60_000;

export interface InstanceFacts extends InstanceRecord {
  live: boolean;
}

export function isLive(instance: InstanceRecord, now: Date): boolean {
  return instance.updatedAt !== null && now.getTime() - instance.updatedAt.getTime() <= instanceHeartbeatMs;
}

export async function instances(l: Loaders, now: Date): Promise<InstanceFacts[]> {
  return (await l.instances()).map((instance) => ({ ...instance, live: isLive(instance, now) }));
}

/** Instances with a heartbeat in the last 60 s, measured on the gateway's clock. */
export async function instanceCount(l: Loaders, now: Date): Promise<number> {
  return (await l.instances()).filter((instance) => isLive(instance, now)).length;
}
