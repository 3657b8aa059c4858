import type { UserStatus, UserStatusConnection, UserType } from './documents';
import type { SeededRandom } from './random';

/** What a user is, before names, dates and tokens are drawn for it. */
export interface UserKind {
  type: UserType;
  roles: string[];
  active: boolean;
  status: UserStatus;
  statusConnection: UserStatusConnection;
  federated?: true;
  isRemote?: true;
  /** No `lastLogin`, no login tokens, and no `statusConnection` (presence sets it on a first connection). */
  neverLoggedIn?: true;
  personalAccessToken?: true;
}

/** The three users whose credentials are known (credentials.ts), at indexes 0, 1 and 2. */
export const fixedUserKinds: readonly UserKind[] = [
  { type: 'user', roles: ['admin', 'user'], active: true, status: 'online', statusConnection: 'online', personalAccessToken: true },
  { type: 'user', roles: ['user'], active: true, status: 'away', statusConnection: 'away' },
  { type: 'user', roles: ['user'], active: false, status: 'offline', statusConnection: 'offline' },
];

/**
 * Users at indexes 3… : one of every case the user figures tell apart, so it exists even in a tiny
 * workspace (docs/figures.md "Users"). The comment names the figure each one tests.
 */
export const guaranteedUserKinds: readonly UserKind[] = [
  // not an active user (bot), appUsers does not count bots
  { type: 'bot', roles: ['bot'], active: true, status: 'online', statusConnection: 'online' },
  // appUsers; not an active user
  { type: 'app', roles: ['app'], active: true, status: 'online', statusConnection: 'online' },
  // an app with only the guest role: activeGuests leaves out apps
  { type: 'app', roles: ['guest'], active: true, status: 'online', statusConnection: 'online' },
  // activeGuests; not an active user
  { type: 'user', roles: ['guest'], active: true, status: 'away', statusConnection: 'away' },
  // an inactive guest: neither activeGuests nor activeUsers
  { type: 'user', roles: ['guest'], active: false, status: 'offline', statusConnection: 'offline' },
  // a remote guest: activeGuests leaves out isRemote
  { type: 'user', roles: ['guest'], active: true, status: 'offline', statusConnection: 'offline', isRemote: true },
  // roles not exactly ['guest']: an active user, not a guest; busy is connected "online"
  { type: 'user', roles: ['user', 'guest'], active: true, status: 'busy', statusConnection: 'online' },
  // a second admin whose chosen status (online) differs from the connection (away)
  { type: 'user', roles: ['admin', 'user'], active: true, status: 'online', statusConnection: 'away' },
  // nonActiveUsers
  { type: 'user', roles: ['user'], active: false, status: 'offline', statusConnection: 'offline' },
  // federated (Matrix): active but not an active local user
  { type: 'user', roles: ['user'], active: true, status: 'online', statusConnection: 'online', federated: true },
  // isRemote (older federation): active but not an active local user
  { type: 'user', roles: ['user'], active: true, status: 'away', statusConnection: 'away', isRemote: true },
  // never logged in: no lastLogin
  { type: 'user', roles: ['user'], active: true, status: 'offline', statusConnection: 'offline', neverLoggedIn: true },
  // an omnichannel agent, busy while connected
  { type: 'user', roles: ['user', 'livechat-agent'], active: true, status: 'busy', statusConnection: 'online' },
  // away by choice while disconnected: status and statusConnection disagree
  { type: 'user', roles: ['user'], active: true, status: 'away', statusConnection: 'offline', personalAccessToken: true },
];

export const firstRandomUserIndex = fixedUserKinds.length + guaranteedUserKinds.length;

const connectionOf: Record<UserStatus, UserStatusConnection> = { online: 'online', away: 'away', busy: 'online', offline: 'offline' };

/** The everyday mix of a workspace: mostly offline humans with the user role. */
export function drawUserKind(random: SeededRandom): UserKind {
  const type = random.weighted<UserType>([
    ['user', 97],
    ['bot', 2],
    ['app', 1],
  ]);
  if (type !== 'user') {
    const active = random.chance(0.9);
    return { type, roles: [type], active, status: active ? 'online' : 'offline', statusConnection: active ? 'online' : 'offline' };
  }
  const roles = random.weighted<string[]>([
    [['user'], 880],
    [['guest'], 90],
    [['user', 'livechat-agent'], 20],
    [['admin', 'user'], 3],
  ]);
  const active = random.chance(0.92);
  const kind: UserKind = { type, roles, active, status: 'offline', statusConnection: 'offline' };
  // One draw for federated, and a second one only for the users that are not.
  const federated = random.chance(0.01);
  if (federated) kind.federated = true;
  if (!federated && random.chance(0.01)) kind.isRemote = true;
  if (random.chance(0.05)) kind.neverLoggedIn = true;
  if (active && random.chance(0.02)) kind.personalAccessToken = true;
  if (active && !kind.neverLoggedIn) {
    kind.status = random.weighted<UserStatus>([
      ['offline', 55],
      ['online', 25],
      ['away', 12],
      ['busy', 8],
    ]);
    kind.statusConnection = random.chance(0.03) ? random.pick<UserStatusConnection>(['online', 'away', 'offline']) : connectionOf[kind.status];
  }
  return kind;
}
