import { createHash } from 'node:crypto';

/** Who a password login names: Meteor's `user` selector (accounts-password), as Rocket.Chat fills it in. */
export type UserSelector = { username: string } | { email: string } | { id: string };

export type LoginRequest =
  | { kind: 'password'; user: UserSelector; passwordDigest: string; code: string | undefined }
  | { kind: 'resume'; token: string }
  /** Nothing Rocket.Chat's login would read: Meteor's "Unrecognized options for login request". */
  | { kind: 'unrecognized'; problem: string };

type HeaderValue = string | string[] | undefined;

const nonEmpty = (value: unknown, max = 1024): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

/**
 * The body of POST /api/v1/login as Rocket.Chat reads it (`loginCompatibility` in
 * apps/meteor/app/api/server/ApiClass.ts): `user` (an e-mail when it has an @) or `username` or
 * `email`, or Meteor's own `user: {username | email | id}`; `password` plain or as
 * `{digest, algorithm: 'sha-256'}`; or `resume` with a login token. The TOTP code comes in `code` or
 * the `x-2fa-code` header.
 */
export function readLoginRequest(body: unknown, headers: Record<string, HeaderValue>): LoginRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { kind: 'unrecognized', problem: 'the body must be a JSON object (or a form) with user and password, or resume' };
  }
  const fields = body as Record<string, unknown>;
  if (fields.password === undefined || fields.password === null) {
    if (nonEmpty(fields.resume)) return { kind: 'resume', token: fields.resume };
    return { kind: 'unrecognized', problem: 'send user (or username, or email) and password, or resume with a login token' };
  }
  const user = userSelector(fields);
  if (!user) return { kind: 'unrecognized', problem: 'user, username or email must name the user' };
  const passwordDigest = digestOf(fields.password);
  if (!passwordDigest) {
    return { kind: 'unrecognized', problem: 'password must be a string, or {"digest": "<sha-256 hex>", "algorithm": "sha-256"}' };
  }
  const header = headers['x-2fa-code'];
  const code = nonEmpty(fields.code, 64) ? fields.code : typeof header === 'string' && header.length > 0 && header.length <= 64 ? header : undefined;
  return { kind: 'password', user, passwordDigest, code };
}

function userSelector(fields: Record<string, unknown>): UserSelector | undefined {
  const { user, username, email } = fields;
  if (nonEmpty(user, 256)) return user.includes('@') ? { email: user } : { username: user };
  if (user !== null && typeof user === 'object' && !Array.isArray(user)) {
    const inner = user as Record<string, unknown>;
    if (nonEmpty(inner.username, 256)) return { username: inner.username };
    if (nonEmpty(inner.email, 256)) return { email: inner.email };
    if (nonEmpty(inner.id, 256)) return { id: inner.id };
    return undefined;
  }
  if (nonEmpty(username, 256)) return { username };
  if (nonEmpty(email, 256)) return { email };
  return undefined;
}

/**
 * Meteor's accounts-password hashes the password with SHA-256 on the client and stores
 * bcrypt(hex digest); a plain password is digested here the same way.
 */
function digestOf(password: unknown): string | undefined {
  if (typeof password === 'string') return password.length <= 1024 ? createHash('sha256').update(password).digest('hex') : undefined;
  if (password === null || typeof password !== 'object') return undefined;
  const { digest, algorithm, hashed } = password as Record<string, unknown>;
  // Rocket.Chat also reads {hashed: "<sha-256 hex>"} (loginCompatibility's `password.hashed`).
  const hex = typeof digest === 'string' && algorithm === 'sha-256' ? digest : typeof hashed === 'string' ? hashed : undefined;
  return hex !== undefined && /^[0-9a-f]{64}$/i.test(hex) ? hex.toLowerCase() : undefined;
}
