import { hashToken } from '../auth/hash-token';
import { activityTime } from './activity-rhythm';
import type { SeedCredentials, SeedLogin } from './credentials';
import type { LoginToken, PersonalAccessToken, UserDocument, UserReference, UserType } from './documents';
import { drawPersonName } from './names';
import { baseDate, installedAt } from './options';
import { SeededRandom } from './random';
import { randomId, randomSecret, randomUuid } from './rocketchat-ids';
import { drawUserKind, firstRandomUserIndex, fixedUserKinds, guaranteedUserKinds, type UserKind } from './user-kinds';

/** What rooms and messages need to know of a user, kept for the whole workspace (no tokens). */
export interface UserProfile extends UserReference {
  type: UserType;
  active: boolean;
  roles: string[];
  neverLoggedIn: boolean;
}

const day = 24 * 3600 * 1000;
const utcOffsets = [-5, -3, 0, 1, 2, 3, 5.5, 8, 9];

export function userKindAt(seed: number, index: number): UserKind {
  if (index < fixedUserKinds.length) return fixedUserKinds[index];
  if (index < firstRandomUserIndex) return guaranteedUserKinds[index - fixedUserKinds.length];
  return drawUserKind(new SeededRandom(seed).fork('user-kind', index));
}

function fixedLoginAt(credentials: SeedCredentials, index: number): SeedLogin | undefined {
  return [credentials.admin, credentials.user, credentials.inactiveUser][index];
}

/** The user at `index`, cheaply: no dates, no tokens. Same answer as `buildUser(...)` for these fields. */
export function userProfileAt(seed: number, index: number, credentials: SeedCredentials): UserProfile {
  const kind = userKindAt(seed, index);
  const fixed = fixedLoginAt(credentials, index);
  if (fixed) return { _id: fixed.userId, username: fixed.username, name: nameOfFixed(fixed.username), ...kindFields(kind) };
  const random = new SeededRandom(seed).fork('user', index);
  const _id = randomId(random);
  const { first, last } = drawPersonName(random);
  const handle = `${first}.${last}.${index}`.toLowerCase();
  let username = handle;
  let name = `${first} ${last}`;
  if (kind.type === 'bot') [username, name] = [`bot.${index}`, `Bot ${index}`];
  else if (kind.type === 'app') [username, name] = [`app-${index}.bot`, `App ${index}`];
  else if (kind.federated) username = `@${handle}:matrix.example.org`;
  else if (kind.isRemote) username = `${handle}@remote.example.com`;
  return { _id, username, name, ...kindFields(kind) };
}

function kindFields(kind: UserKind): Pick<UserProfile, 'type' | 'active' | 'roles' | 'neverLoggedIn'> {
  return { type: kind.type, active: kind.active, roles: kind.roles, neverLoggedIn: kind.neverLoggedIn === true };
}

function nameOfFixed(username: string): string {
  return username.replace(/\./g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase());
}

/**
 * The full `users` document at `index`. Its dates are drawn up to the base date, then those of the
 * last `activityDays` move to the days before `activityEnd` with the messages' rhythm (activityTime:
 * monotone, so a login never precedes the account), and the dashboard's new users follow the clock.
 */
export function buildUser(seed: number, index: number, credentials: SeedCredentials, activityEnd = baseDate): UserDocument {
  const kind = userKindAt(seed, index);
  const profile = userProfileAt(seed, index, credentials);
  const fixed = fixedLoginAt(credentials, index);
  const random = new SeededRandom(seed).fork('user-details', index);
  const recent = (drawn: Date) => new Date(activityTime(drawn.getTime(), activityEnd));
  const drawnCreatedAt = fixed ? new Date(installedAt.getTime() + index * 60_000) : random.dateBetween(installedAt, new Date(baseDate.getTime() - 2 * day));
  const drawnLastLogin = kind.neverLoggedIn ? undefined : random.dateBetween(drawnCreatedAt, baseDate);
  const createdAt = recent(drawnCreatedAt);
  const lastLogin = drawnLastLogin && recent(drawnLastLogin);
  const loginTokens: Array<LoginToken | PersonalAccessToken> = [];
  if (lastLogin) {
    // Older logins first; the newest one is the last login.
    const logins = fixed ? 1 : random.int(kind.active ? 1 : 0, 3);
    for (let i = logins - 1; i >= 0; i--) {
      const token = i === 0 && fixed ? fixed.authToken : randomSecret(random);
      const when = i === 0 ? lastLogin : recent(random.dateBetween(drawnCreatedAt, drawnLastLogin!));
      loginTokens.push({ hashedToken: hashToken(token), when });
    }
  }
  if (kind.personalAccessToken) {
    const token = index === 0 ? credentials.admin.personalAccessToken : randomSecret(random);
    loginTokens.push({
      hashedToken: hashToken(token),
      type: 'personalAccessToken',
      name: index === 0 ? 'statistics-gateway' : `script-${index}`,
      createdAt: recent(random.dateBetween(drawnCreatedAt, baseDate)),
      lastTokenPart: token.slice(-6),
      bypassTwoFactor: false,
    });
  }
  const human = kind.type === 'user';
  const user: UserDocument = {
    _id: profile._id,
    createdAt,
    _updatedAt: lastLogin ?? createdAt,
    username: profile.username,
    name: profile.name,
    type: kind.type,
    roles: [...kind.roles],
    active: kind.active,
    status: kind.status,
    utcOffset: random.pick(utcOffsets),
    services: { resume: { loginTokens } },
  };
  if (!kind.neverLoggedIn) user.statusConnection = kind.statusConnection;
  if (lastLogin) user.lastLogin = lastLogin;
  if (human && !kind.federated && !kind.isRemote) {
    user.emails = [{ address: `${profile.username}@example.com`, verified: random.chance(0.8) }];
    user.services.password = { bcrypt: `$2b$10$${randomSecret(random).replace(/[-_]/g, '.')}${randomSecret(random).slice(0, 10)}` };
    if (random.chance(0.1)) user.services.email2fa = { enabled: true, changedAt: createdAt };
  }
  if (kind.federated) user.federated = true;
  if (kind.isRemote) user.isRemote = true;
  if (kind.type === 'app') user.appId = randomUuid(random);
  return user;
}

export function* generateUsers(seed: number, count: number, credentials: SeedCredentials): Generator<UserDocument> {
  for (let index = 0; index < count; index++) yield buildUser(seed, index, credentials);
}
