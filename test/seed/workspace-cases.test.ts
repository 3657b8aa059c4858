import type { Document } from 'mongodb';
import { hashToken } from '../../src/auth/hash-token';
import { generateWorkspace } from '../../src/seed/generate';
import { baseDate, installedAt } from '../../src/seed/options';
import { collectWorkspace, countBy, tinyOptions, type WorkspaceDocuments } from './workspace-documents';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const hashesOf = (user: Document) => user.services.resume.loginTokens as Document[];

/** The cases the figures tell apart (docs/figures.md), counted the way a reader of the data would. */
function countCases(docs: WorkspaceDocuments): Record<string, unknown> {
  const users = docs.users;
  const rooms = docs.rocketchat_room;
  const messages = docs.rocketchat_message;
  return {
    types: countBy(users, (u) => u.type),
    inactive: users.filter((u) => !u.active).length,
    activeGuestOnly: users.filter((u) => u.active && same(u.roles, ['guest'])).length,
    activeGuestApps: users.filter((u) => u.active && u.type === 'app' && same(u.roles, ['guest'])).length,
    remoteGuests: users.filter((u) => u.isRemote && same(u.roles, ['guest'])).length,
    userAndGuest: users.filter((u) => same(u.roles, ['user', 'guest'])).length,
    admins: users.filter((u) => u.roles.includes('admin')).length,
    federated: users.filter((u) => u.federated === true).length,
    isRemote: users.filter((u) => u.isRemote === true).length,
    withoutLastLogin: users.filter((u) => u.lastLogin === undefined).length,
    status: countBy(users, (u) => u.status),
    statusConnection: countBy(users, (u) => u.statusConnection),
    busyConnectedOnline: users.filter((u) => u.status === 'busy' && u.statusConnection === 'online').length,
    roomTypes: countBy(rooms, (r) => r.t),
    discussions: countBy(
      rooms.filter((r) => r.prid !== undefined),
      (r) => r.t,
    ),
    withoutMsgsField: rooms.filter((r) => !('msgs' in r)).length,
    msgsZero: rooms.filter((r) => r.msgs === 0).length,
    livechatOpen: countBy(
      rooms.filter((r) => r.t === 'l'),
      (r) => String(r.open === true),
    ),
    // The 8.x message types (e2e, on hold) are counted in families-8x.test.ts.
    messageTypes: countBy(
      messages.filter((m) => m.t !== undefined && !['e2e', 'omnichannel_placed_chat_on_hold'].includes(m.t)),
      (m) => m.t,
    ),
    threadParents: messages.filter((m) => m.tcount !== undefined).length,
    threadReplies: messages.filter((m) => m.tmid !== undefined).length,
    subscriptionsWithoutLs: docs.rocketchat_subscription.filter((s) => s.ls === undefined).length,
    uploads: docs.rocketchat_uploads.length,
  };
}

describe('the tiny workspace (30 users, 12 rooms, 200 messages, seed 1)', () => {
  const docs = collectWorkspace(tinyOptions);
  const { credentials } = generateWorkspace(tinyOptions);
  const usersById = new Map(docs.users.map((u) => [u._id, u]));

  it('holds every case the figures tell apart, in these numbers', () => {
    expect(countCases(docs)).toEqual({
      types: { user: 26, bot: 2, app: 2 },
      inactive: 4,
      activeGuestOnly: 4,
      activeGuestApps: 1,
      remoteGuests: 1,
      userAndGuest: 1,
      admins: 2,
      federated: 1,
      isRemote: 2,
      withoutLastLogin: 2,
      status: { online: 8, away: 5, busy: 2, offline: 15 },
      statusConnection: { online: 9, away: 5, offline: 14, undefined: 2 },
      busyConnectedOnline: 2,
      roomTypes: { c: 4, p: 4, d: 2, l: 2 },
      discussions: { c: 1, p: 1 },
      withoutMsgsField: 1,
      msgsZero: 1,
      livechatOpen: { true: 1, false: 1 },
      messageTypes: { uj: 2, ul: 1, au: 2, 'discussion-created': 2 },
      threadParents: 4,
      threadReplies: 16,
      subscriptionsWithoutLs: 9,
      uploads: 5,
    });
  });

  it('lets the admin in with a login token and a personal access token', () => {
    const admin = usersById.get(credentials.admin.userId)!;
    expect([admin.username, admin.roles, admin.active]).toEqual(['admin', ['admin', 'user'], true]);
    const tokens = hashesOf(admin);
    expect(tokens.find((t) => t.hashedToken === hashToken(credentials.admin.authToken))?.when).toEqual(admin.lastLogin);
    expect(tokens.find((t) => t.hashedToken === hashToken(credentials.admin.personalAccessToken))).toMatchObject({
      type: 'personalAccessToken',
      name: 'statistics-gateway',
      lastTokenPart: credentials.admin.personalAccessToken.slice(-6),
    });
  });

  it('gives the plain user a valid token but no admin role, and the inactive user a token', () => {
    const user = usersById.get(credentials.user.userId)!;
    expect([user.username, user.roles, user.active]).toEqual(['plain.user', ['user'], true]);
    expect(hashesOf(user).map((t) => t.hashedToken)).toEqual([hashToken(credentials.user.authToken)]);
    const inactive = usersById.get(credentials.inactiveUser.userId)!;
    expect([inactive.username, inactive.active]).toEqual(['inactive.user', false]);
    expect(hashesOf(inactive).map((t) => t.hashedToken)).toEqual([hashToken(credentials.inactiveUser.authToken)]);
    for (const login of [credentials.admin, credentials.user, credentials.inactiveUser]) {
      expect(login.authToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('grants view-statistics to admin only, with the six built-in roles first', () => {
    expect(docs.rocketchat_permissions.find((p) => p._id === 'view-statistics')?.roles).toEqual(['admin']);
    expect(docs.rocketchat_roles.slice(0, 6).map((r) => [r._id, r.scope, r.protected, r.mandatory2fa])).toEqual(
      ['admin', 'user', 'guest', 'bot', 'app', 'livechat-agent'].map((id) => [id, 'Users', true, false]),
    );
  });

  it('stores the deployment facts the Deployment card reads', () => {
    const settings = new Map(docs.rocketchat_settings.map((s) => [s._id, s]));
    const uniqueId = settings.get('uniqueID')!;
    expect(uniqueId.value).toMatch(/^[23456789A-HJ-NP-Za-km-z]{17}$/);
    expect(uniqueId.createdAt).toEqual(installedAt);
    expect(settings.get('Cloud_Workspace_Id')?.value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(docs.migrations).toEqual([
      {
        _id: 'control',
        version: 304,
        locked: false,
        lockedAt: new Date('2025-12-22T00:00:00.000Z'),
        buildAt: new Date('2025-12-20T00:00:00.000Z'),
      },
    ]);
    const [snapshot] = docs.rocketchat_statistics;
    expect([snapshot.version, snapshot.apps.engineVersion, snapshot.uniqueId]).toEqual(['6.12.0', '1.45.0', uniqueId.value]);
    expect(snapshot.createdAt).toEqual(new Date('2025-12-25T00:00:00.000Z'));
  });

  it('has two live instances and one stale, relative to `now`', () => {
    const heartbeats = docs.instances.map((i) => baseDate.getTime() - i._updatedAt.getTime());
    expect(heartbeats).toEqual([2000, 7000, 7_200_000]);
    expect(docs.instances.every((i) => i.name === 'rocket.chat' && typeof i.extraInformation.os.totalmem === 'number')).toBe(true);
  });
});
