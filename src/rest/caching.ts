import type { GatewayConfig } from '../config';
import { freshnessHeaders } from '../server/http-caching';

/**
 * `Age` and `Cache-Control` of a REST answer with figures `ageMs` old that stay the answer for
 * `leftMs` more. The current format keeps Rocket.Chat's `Cache-Control: no-store` unless
 * REST_CURRENT_CACHE_CONTROL=private; `Age` is sent either way.
 */
export function restFreshness(config: GatewayConfig, ageMs: number, leftMs: number): Record<string, string> {
  const headers = freshnessHeaders(ageMs, leftMs);
  return config.restFormat === 'current' && config.restCurrentCacheControl === 'no-store' ? { ...headers, 'cache-control': 'no-store' } : headers;
}

/**
 * GET /api/v1/statistics answers the latest snapshot until SNAPSHOT_MAX_AGE_MS; a cache may keep it
 * at most one figure window (STATISTICS_TTL_MS), so that a snapshot another caller takes shows within
 * a window. `refresh=true` is an order to take a snapshot: its answer is never stored.
 */
export function snapshotFreshness(config: GatewayConfig, createdAt: Date, tookSnapshot: boolean): Record<string, string> {
  const ageMs = Math.max(0, Date.now() - createdAt.getTime());
  const headers = restFreshness(config, ageMs, Math.min(config.snapshotMaxAgeMs - ageMs, config.statisticsTtlMs));
  return tookSnapshot ? { ...headers, 'cache-control': 'no-store' } : headers;
}

/** statistics.list reads the stored snapshots anew each time: a cache must ask again (and gets 304 when nothing changed). */
export function listFreshness(config: GatewayConfig): Record<string, string> {
  const { 'cache-control': cacheControl } = restFreshness(config, 0, 0);
  return { 'cache-control': cacheControl };
}
