import { SeededRandom } from './random';
import { randomId, randomSecret } from './rocketchat-ids';

/** A user tests can log in as: `X-User-Id` and `X-Auth-Token`. */
export interface SeedLogin {
  userId: string;
  username: string;
  authToken: string;
}

export interface SeedCredentials {
  /** roles ['admin', 'user'], active; both a login token and a personal access token work. */
  admin: SeedLogin & { personalAccessToken: string };
  /** roles ['user'], active: valid credentials without `view-statistics`. */
  user: SeedLogin;
  /** `active: false` with a token that would otherwise be valid. */
  inactiveUser: SeedLogin;
}

/** Usernames of the fixed users; the rest of the workspace never reuses them. */
export const fixedUsernames = { admin: 'admin', user: 'plain.user', inactiveUser: 'inactive.user' } as const;

/**
 * The fixed users' ids and plain tokens depend on the seed alone, not on the workspace size:
 * the same seed logs in the same way into a small and a large workspace.
 */
export function credentialsFor(seed: number): SeedCredentials {
  const random = new SeededRandom(seed).fork('credentials');
  const login = (username: string): SeedLogin => ({ userId: randomId(random), username, authToken: randomSecret(random) });
  const admin = login(fixedUsernames.admin);
  const user = login(fixedUsernames.user);
  const inactiveUser = login(fixedUsernames.inactiveUser);
  return { admin: { ...admin, personalAccessToken: randomSecret(random) }, user, inactiveUser };
}
