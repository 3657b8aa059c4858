import { createHash, timingSafeEqual } from 'node:crypto';
import type { AuthenticatedUser } from '../auth/authenticator';

/** Who a scrape with the configured METRICS_TOKEN runs as: allowed to read figures, nothing else. */
const metricsScraper: AuthenticatedUser = { userId: 'metrics-token', roles: [], canViewStatistics: true, permissions: new Set(['view-statistics']) };

/**
 * The scraper caller when `Authorization: Bearer <token>` carries the configured token, else
 * undefined (the request then needs X-User-Id/X-Auth-Token, and a wrong token counts as a failed login).
 */
export function scraperFromBearer(authorization: string | undefined, metricsToken: string | undefined): AuthenticatedUser | undefined {
  const token = bearerToken(authorization);
  if (!metricsToken || token === undefined) return undefined;
  // Digests have one length, so the comparison says nothing about the token's length either.
  const given = createHash('sha256').update(token).digest();
  const wanted = createHash('sha256').update(metricsToken).digest();
  return timingSafeEqual(given, wanted) ? metricsScraper : undefined;
}

/** A bearer token other than the configured one: a guess at METRICS_TOKEN, so a failed login like a wrong X-Auth-Token. */
export function isWrongScraperToken(authorization: string | undefined, metricsToken: string | undefined): boolean {
  return metricsToken !== undefined && bearerToken(authorization) !== undefined && !scraperFromBearer(authorization, metricsToken);
}

function bearerToken(authorization: string | undefined): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  return /^Bearer +(\S+)$/i.exec(authorization.trim())?.[1];
}
