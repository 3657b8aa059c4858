import type { Document } from 'mongodb';
import {
  buildCollaborationRoles,
  generateIntegrations,
  generateInvites,
  generatePushQueue,
  planCollaboration,
  teamDocument,
  withMessageExtras,
  withRoomExtras,
  withUserExtras,
} from './collaboration';
import { credentialsFor, type SeedCredentials } from './credentials';
import { buildMigrations, buildPermissions, buildRoles, buildSettings, deploymentIdentityFor, type DeploymentIdentity } from './fixtures';
import { buildInstances } from './instances';
import { generateRoomMessages } from './messages';
import {
  countVisitors,
  generateBusinessHours,
  generateCustomFields,
  generateDepartments,
  generateEmailInboxes,
  generateTriggers,
  generateVisitors,
  livechatRoomExtras,
  withLivechatRoomExtras,
} from './omnichannel';
import { activityEndOf } from './activity-rhythm';
import { baseDate, validateSeedOptions, type SeedOptions } from './options';
import { planRooms } from './room-plan';
import { buildRoom } from './rooms';
import { generateSessions } from './sessions';
import { buildRocketChatHistory } from './statistics-history';
import { buildRocketChatSnapshot } from './statistics-snapshot';
import { countSubscriptions, generateSubscriptions } from './subscriptions';
import { countUploads, generateUploads } from './uploads';
import { buildUser, userProfileAt } from './users';

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
  'rocketchat_livechat_visitor',
  'rocketchat_livechat_department',
  'rocketchat_livechat_custom_field',
  'rocketchat_livechat_trigger',
  'rocketchat_livechat_business_hours',
  'rocketchat_email_inbox',
  'rocketchat_team',
  'rocketchat_integrations',
  'rocketchat_invites',
  'rocketchat_notification_queue',
  'rocketchat_sessions',
  'rocketchat_statistics',
  'instances',
] as const;

export type SeedCollectionName = (typeof seedCollectionNames)[number];

export interface GenerateOptions extends SeedOptions {
  /**
   * The seed's clock, the base date by default: instance heartbeats, sessions and the last 90 days of
   * messages and of users' sign-ups and logins are placed before it (activity-rhythm.ts), so that a
   * workspace seeded today has recent activity; everything else is drawn before the base date.
   */
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
  const rooms = planRooms(seed, seedOptions.rooms, seedOptions.messages, users, now);
  const activityEnd = activityEndOf(now);
  const uploads = countUploads(seedOptions.messages);
  // The 8.x families: new documents, and fields added to users, rooms and messages (see collaboration.ts).
  const departments = generateDepartments(seed, seedOptions);
  const livechat = livechatRoomExtras(seed, rooms, departments);
  const { extras: roomExtras, teams } = planCollaboration(seed, rooms, users);
  const roles = () => [...buildRoles(), ...buildCollaborationRoles(seed, seedOptions)];
  const small = {
    rocketchat_livechat_department: () => departments,
    rocketchat_livechat_custom_field: () => generateCustomFields(seed, seedOptions),
    rocketchat_livechat_trigger: () => generateTriggers(seed, seedOptions),
    rocketchat_livechat_business_hours: () => generateBusinessHours(seed, seedOptions),
    rocketchat_email_inbox: () => generateEmailInboxes(seed, seedOptions),
    rocketchat_team: () => teams.map(teamDocument),
    rocketchat_integrations: () => generateIntegrations(seed, seedOptions, users),
    rocketchat_invites: () => generateInvites(seed, seedOptions, rooms, users),
    rocketchat_notification_queue: () => generatePushQueue(seed, seedOptions, rooms, users),
  };

  const sources: Record<SeedCollectionName, () => Iterable<Document>> = {
    rocketchat_settings: () => buildSettings(deployment),
    rocketchat_roles: roles,
    rocketchat_permissions: () => buildPermissions(),
    migrations: () => buildMigrations(),
    users: function* () {
      for (let index = 0; index < seedOptions.users; index++) yield withUserExtras(seed, index, buildUser(seed, index, credentials, activityEnd));
    },
    rocketchat_room: function* () {
      for (const room of rooms) yield withLivechatRoomExtras(withRoomExtras(buildRoom(room, rooms, users), roomExtras), livechat);
    },
    rocketchat_subscription: () => generateSubscriptions(seed, rooms, users),
    rocketchat_message: function* () {
      for (const room of rooms) yield* withMessageExtras(seed, room, generateRoomMessages(seed, room, rooms, users), users, roomExtras, livechat);
    },
    rocketchat_uploads: () => generateUploads(seed, uploads, rooms, users),
    rocketchat_livechat_visitor: () => generateVisitors(seed, rooms, seedOptions, livechat),
    ...small,
    rocketchat_sessions: () => generateSessions(seed, users, now),
    // The newest first (tests read it as [0]), then two years of daily ones.
    rocketchat_statistics: () => [buildRocketChatSnapshot(seed, seedOptions, deployment), ...buildRocketChatHistory(seed, seedOptions, deployment)],
    instances: () => buildInstances(seed, now),
  };
  const counts: Record<SeedCollectionName, number> = {
    rocketchat_settings: buildSettings(deployment).length,
    rocketchat_roles: roles().length,
    rocketchat_permissions: buildPermissions().length,
    migrations: buildMigrations().length,
    users: seedOptions.users,
    rocketchat_room: seedOptions.rooms,
    rocketchat_subscription: countSubscriptions(rooms),
    rocketchat_message: seedOptions.messages,
    rocketchat_uploads: uploads,
    rocketchat_livechat_visitor: countVisitors(rooms, seedOptions),
    ...(Object.fromEntries(Object.entries(small).map(([name, build]) => [name, build().length])) as Record<keyof typeof small, number>),
    rocketchat_sessions: countOf(generateSessions(seed, users, now)),
    rocketchat_statistics: 1 + buildRocketChatHistory(seed, seedOptions, deployment).length,
    instances: buildInstances(seed, now).length,
  };
  return { options: seedOptions, credentials, deployment, counts, documents: (collection) => sources[collection]() };
}

function countOf(documents: Iterable<unknown>): number {
  let count = 0;
  for (const _ of documents) count++;
  return count;
}
