import type { Document } from 'mongodb';
import { credentialsFor, type SeedCredentials } from './credentials';
import { buildMigrations, buildPermissions, buildRoles, buildSettings, deploymentIdentityFor, type DeploymentIdentity } from './fixtures';
import { buildInstances } from './instances';
import { generateMessages } from './messages';
import { baseDate, validateSeedOptions, type SeedOptions } from './options';
import { planRooms } from './room-plan';
import { generateRooms } from './rooms';
import { buildRocketChatSnapshot } from './statistics-snapshot';
import { countSubscriptions, generateSubscriptions } from './subscriptions';
import { countUploads, generateUploads } from './uploads';
import { generateUsers, userProfileAt } from './users';

/** Rocket.Chat's collections the seeder fills, in the order they are written (instances last: see insert.ts). */
export const seedCollectionNames = [
  'rocketchat_settings',
  'rocketchat_roles',
  'rocketchat_permissions',
  'migrations',
  'users',
  'rocketchat_room',
  'rocketchat_subscription',
  'rocketchat_message',
  'rocketchat_uploads',
  'rocketchat_statistics',
  'instances',
] as const;

export type SeedCollectionName = (typeof seedCollectionNames)[number];

export interface GenerateOptions extends SeedOptions {
  /** The clock instance heartbeats are stamped against (only them); the base date by default. */
  now?: Date;
}

export interface GeneratedWorkspace {
  options: SeedOptions;
  credentials: SeedCredentials;
  deployment: DeploymentIdentity;
  /** How many documents `documents(collection)` yields, known before generating them. */
  counts: Record<SeedCollectionName, number>;
  /**
   * A fresh pass over one collection's documents. Users, rooms, subscriptions, messages and uploads
   * are produced one at a time (messages room by room), so the large preset never holds them all.
   */
  documents(collection: SeedCollectionName): Iterable<Document>;
}

/**
 * A synthetic Rocket.Chat workspace, without any I/O: the same options give the same documents.
 * Only users' profiles (no tokens) and the room plan are kept in memory.
 */
export function generateWorkspace(options: GenerateOptions): GeneratedWorkspace {
  const { now = baseDate, ...seedOptions } = options;
  validateSeedOptions(seedOptions);
  const { seed } = seedOptions;
  const credentials = credentialsFor(seed);
  const deployment = deploymentIdentityFor(seed);
  const users = Array.from({ length: seedOptions.users }, (_, index) => userProfileAt(seed, index, credentials));
  const rooms = planRooms(seed, seedOptions.rooms, seedOptions.messages, users);
  const uploads = countUploads(seedOptions.messages);

  const sources: Record<SeedCollectionName, () => Iterable<Document>> = {
    rocketchat_settings: () => buildSettings(deployment),
    rocketchat_roles: () => buildRoles(),
    rocketchat_permissions: () => buildPermissions(),
    migrations: () => buildMigrations(),
    users: () => generateUsers(seed, seedOptions.users, credentials),
    rocketchat_room: () => generateRooms(rooms, users),
    rocketchat_subscription: () => generateSubscriptions(seed, rooms, users),
    rocketchat_message: () => generateMessages(seed, rooms, users),
    rocketchat_uploads: () => generateUploads(seed, uploads, rooms, users),
    rocketchat_statistics: () => [buildRocketChatSnapshot(seed, seedOptions, deployment)],
    instances: () => buildInstances(seed, now),
  };
  const counts: Record<SeedCollectionName, number> = {
    rocketchat_settings: buildSettings(deployment).length,
    rocketchat_roles: buildRoles().length,
    rocketchat_permissions: buildPermissions().length,
    migrations: buildMigrations().length,
    users: seedOptions.users,
    rocketchat_room: seedOptions.rooms,
    rocketchat_subscription: countSubscriptions(rooms),
    rocketchat_message: seedOptions.messages,
    rocketchat_uploads: uploads,
    rocketchat_statistics: 1,
    instances: buildInstances(seed, now).length,
  };
  return { options: seedOptions, credentials, deployment, counts, documents: (collection) => sources[collection]() };
}
