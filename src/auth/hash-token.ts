import { createHash } from 'node:crypto';

/** Rocket.Chat stores login and personal access tokens as base64(sha256(token)) (Meteor's accounts-base hashLoginToken). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64');
}
