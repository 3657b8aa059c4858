import { createHash } from 'node:crypto';

/** Rocket.Chat stores login and personal access tokens as base64(sha256(token)) (spec rest.md). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64');
}
