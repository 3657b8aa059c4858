import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { Db, Document } from 'mongodb';
import { hashToken } from '../../src/auth/hash-token';

export interface TestCredentials {
  userId: string;
  authToken: string;
  headers: Record<string, string>;
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}${(counter += 1)}${randomBytes(3).toString('hex')}`;

export function credentialsHeaders(userId: string, authToken: string): Record<string, string> {
  return { 'x-user-id': userId, 'x-auth-token': authToken };
}

/** Inserts a user with a login token; returns its credentials. */
export async function insertUserWithToken(db: Db, fields: Document = {}): Promise<TestCredentials> {
  const userId = nextId('u');
  const authToken = randomBytes(24).toString('base64url');
  await db.collection('users').insertOne({
    _id: userId as never,
    username: userId,
    type: 'user',
    active: true,
    roles: ['user'],
    status: 'offline',
    statusConnection: 'offline',
    services: { resume: { loginTokens: [{ hashedToken: hashToken(authToken), when: new Date() }] } },
    ...fields,
  });
  return { userId, authToken, headers: credentialsHeaders(userId, authToken) };
}

/** An admin allowed to view statistics (Rocket.Chat's default permission document). */
export async function insertAdmin(db: Db, fields: Document = {}): Promise<TestCredentials> {
  await db.collection('rocketchat_permissions').updateOne({ _id: 'view-statistics' as never }, { $set: { roles: ['admin'] } }, { upsert: true });
  return insertUserWithToken(db, { roles: ['admin', 'user'], ...fields });
}

export async function insertMany(db: Db, collection: string, documents: Document[]): Promise<void> {
  if (documents.length > 0) await db.collection(collection).insertMany(documents.map((d) => ({ _id: nextId('d'), ...d })) as never[]);
}

/** Empties every collection a figure reads (keeps the permission document and the given users). */
export async function clearWorkspace(db: Db, keepUserIds: string[] = []): Promise<void> {
  await db.collection('users').deleteMany({ _id: { $nin: keepUserIds as never[] } });
  for (const name of [
    'rocketchat_room',
    'rocketchat_message',
    'rocketchat_subscription',
    'rocketchat_uploads',
    'rocketchat_settings',
    'migrations',
    'instances',
    'rocketchat_statistics',
  ]) {
    await db.collection(name).deleteMany({});
  }
}

/**
 * Inserts a user with a local password as Rocket.Chat stores it (Meteor accounts-password:
 * bcrypt of the password's SHA-256 hex digest, cost 10) and no login token.
 */
export async function insertUserWithPassword(db: Db, password: string, fields: Document = {}): Promise<{ userId: string; username: string }> {
  const userId = nextId('p');
  const username = `user.${userId}`;
  const digest = createHash('sha256').update(password).digest('hex');
  await db.collection('users').insertOne({
    _id: userId as never,
    username,
    name: `User ${userId}`,
    emails: [{ address: `${username}@example.com`, verified: true }],
    type: 'user',
    active: true,
    roles: ['user'],
    status: 'offline',
    statusConnection: 'offline',
    utcOffset: 0,
    services: { password: { bcrypt: await bcrypt.hash(digest, 10) } },
    ...fields,
  });
  return { userId, username };
}
