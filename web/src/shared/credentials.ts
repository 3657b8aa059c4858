/** A Rocket.Chat user id and login (or personal access) token, as the gateway's headers want them. */
export interface Credentials {
  userId: string;
  authToken: string;
}

// sessionStorage only: the token leaves with the tab and is never written where other tabs or a
// later visitor of the same browser profile would find it. The Workspace page and GraphiQL of the
// same tab share it (web/src/graphiql/tab-sign-in.ts).
const storageKey = 'rocketchat-statistics.credentials';

export function loadCredentials(): Credentials | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as Partial<Credentials> | null;
    return saved?.userId && saved.authToken ? { userId: saved.userId, authToken: saved.authToken } : undefined;
  } catch {
    return undefined;
  }
}

export function saveCredentials(credentials: Credentials): void {
  sessionStorage.setItem(storageKey, JSON.stringify(credentials));
}

export function forgetCredentials(): void {
  sessionStorage.removeItem(storageKey);
}

export function credentialHeaders(credentials: Credentials): Record<string, string> {
  return { 'X-User-Id': credentials.userId, 'X-Auth-Token': credentials.authToken };
}
