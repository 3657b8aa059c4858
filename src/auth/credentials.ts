export interface Credentials {
  userId: string;
  token: string;
}

type HeaderValue = string | string[] | undefined;

/** Rocket.Chat's REST headers. Anything but one non-empty string each is no credential at all. */
export function readCredentials(headers: Record<string, HeaderValue>): Credentials | null {
  const userId = headers['x-user-id'];
  const token = headers['x-auth-token'];
  if (typeof userId !== 'string' || typeof token !== 'string') return null;
  if (userId.length === 0 || token.length === 0 || userId.length > 256 || token.length > 512) return null;
  return { userId, token };
}
