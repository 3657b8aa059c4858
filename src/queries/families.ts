import type { Db } from 'mongodb';
import * as users from './users';
import * as rooms from './rooms';
import * as messages from './messages';
import * as uploads from './uploads';
import * as deployment from './deployment';

/**
 * Every database query the figures need, one per family. A request sends each at most once
 * (per-request DataLoaders), and concurrent requests share one run (the figure cache).
 */
export const queryFamilies = {
  usersTotal: users.countAllUsers,
  usersByStatus: users.countUsersByStatus,
  usersByStatusConnection: users.countUsersByStatusConnection,
  activeLocalUsers: users.countActiveLocalUsers,
  activeUsersOfAnyType: users.countActiveUsersOfAnyType,
  inactiveUsers: users.countInactiveUsers,
  activeGuests: users.countActiveGuests,
  appUsers: users.countAppUsers,
  lastLogin: users.findLastLogin,
  roomsTotal: rooms.countAllRooms,
  roomsByType: rooms.countRoomsByType,
  messagesTotal: messages.countAllMessages,
  threads: messages.countThreads,
  lastMessageSentAt: messages.findLastMessageSentAt,
  lastSeenSubscription: messages.findLastSeenSubscription,
  uploadsTotal: uploads.countUploads,
  uploadsSize: uploads.sumUploadSizes,
  deploymentSettings: deployment.findDeploymentSettings,
  migrationControl: deployment.findMigrationControl,
  rocketChatBuild: deployment.findRocketChatBuild,
  mongoServer: deployment.findMongoServerFacts,
  instances: deployment.findInstances,
} satisfies Record<string, (db: Db) => Promise<unknown>>;

export type QueryFamily = keyof typeof queryFamilies;
export type FamilyResult<F extends QueryFamily> = Awaited<ReturnType<(typeof queryFamilies)[F]>>;
export const familyNames = Object.keys(queryFamilies) as QueryFamily[];
