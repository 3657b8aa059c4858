import type { ReadPreferenceMode } from 'mongodb';
import { parseTrustProxy, type TrustProxy } from './server/trust-proxy';

export type RestFormat = '0.61' | 'current';
/** `auto`: the format of the Rocket.Chat version the database belongs to (src/rest/rest-dialect.ts). */
export type RestFormatSetting = RestFormat | 'auto';

/** Every setting of the gateway, validated once at start. README "Configuration" documents each. */
export interface GatewayConfig {
  /** Unset: the demo starts an embedded FerretDB. */
  mongoUrl: string | undefined;
  port: number;
  host: string;
  /** The proxies whose X-Forwarded-For names the caller (for the per-address failed-login limit); none by default. */
  trustProxy: TrustProxy;
  readPreference: ReadPreferenceMode;
  /** How long a database command may wait for a server before the request fails with 503. */
  dbTimeoutMs: number;
  /** How long one database command may run before it is abandoned with 503 (0: no limit). */
  dbQueryTimeoutMs: number;
  /** How long computed figures are reused by identical requests (0 disables reuse, not coalescing). */
  statisticsTtlMs: number;
  /**
   * How old figures may be when they are answered at once while one background recomputation runs
   * (older ones are waited for); equal to statisticsTtlMs: never answer stale figures.
   */
  statisticsMaxStaleMs: number;
  authCacheTtlMs: number;
  restFormat: RestFormatSetting;
  /** Cache-Control of the `current` REST format: Rocket.Chat's `no-store`, or `private` (max-age of the window). */
  restCurrentCacheControl: 'no-store' | 'private';
  snapshotCollection: string;
  /** Where POST /api/v1/login keeps the tokens it issues (hashed); never a Rocket.Chat collection. */
  loginTokenCollection: string;
  /** How long a token issued by POST /api/v1/login is accepted. */
  loginTokenTtlMs: number;
  /** Where the engagement figures of past days are kept once computed; never a Rocket.Chat collection. */
  engagementCollection: string;
  /** /metrics also publishes the workspace gauges under Rocket.Chat's exporter names (src/metrics/rocketchat-exporter.ts). */
  rocketChatMetricNames: boolean;
  /** GET /api/v1/statistics takes a new snapshot when the latest is older than this. */
  snapshotMaxAgeMs: number;
  /** Snapshots are bounded: at most one per interval, and kept for so long and so many (README "Snapshots"). */
  snapshotLimits: { minIntervalMs: number; retentionMs: number; maxCount: number };
  /**
   * How often the snapshots other gateways on the same database stored are read into this one's
   * history (src/history/gateway-series.ts); 0: never, they appear after a restart.
   */
  snapshotFollowIntervalMs: number;
  deployMethod: string;
  deployPlatform: string;
  logLevel: string;
  /** Where the demo's embedded database keeps its files. */
  dataDir: string;
  /** Optional bearer token accepted by /metrics for scrapers. */
  metricsToken: string | undefined;
  /** Whether GraphQL answers introspection (__schema, __type): GraphiQL's docs and completion need it. */
  introspection: boolean;
  limits: QueryLimits;
  authFailureLimit: { maxFailures: number; windowMs: number };
  maxConcurrentComputations: number;
  maxQueuedComputations: number;
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  bodyLimitBytes: number;
}

type Env = Record<string, string | undefined>;

const readPreferences: ReadPreferenceMode[] = ['primary', 'primaryPreferred', 'secondary', 'secondaryPreferred', 'nearest'];

export class ConfigError extends Error {}

/** Reads and validates the environment; the only place that looks at process.env. */
export function loadConfig(env: Env = process.env): GatewayConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw !== 'true' && raw !== 'false') {
      problems.push(`${name} must be true or false, got "${raw}"`);
      return fallback;
    }
    return raw === 'true';
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  };

  const mongoUrl = env.MONGO_URL || undefined;
  if (mongoUrl && !/^mongodb(\+srv)?:\/\//.test(mongoUrl)) {
    problems.push('MONGO_URL must start with mongodb:// or mongodb+srv:// (the same URL Rocket.Chat uses)');
  }
  const statisticsTtlMs = int('STATISTICS_TTL_MS', 5000, 0, 3_600_000);
  const trustProxy = parseTrustProxy(env.TRUST_PROXY?.trim() ?? '');
  if ('problem' in trustProxy) problems.push(trustProxy.problem);
  const config: GatewayConfig = {
    mongoUrl,
    port: int('PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    trustProxy: 'trustProxy' in trustProxy ? trustProxy.trustProxy : false,
    readPreference: oneOf('READ_PREFERENCE', readPreferences, 'secondaryPreferred'),
    dbTimeoutMs: int('DB_TIMEOUT_MS', 3000, 100, 60_000),
    dbQueryTimeoutMs: int('DB_QUERY_TIMEOUT_MS', 60_000, 0, 3_600_000),
    statisticsTtlMs,
    statisticsMaxStaleMs: int('STATISTICS_MAX_STALE_MS', defaultMaxStaleMs(statisticsTtlMs), 0, 24 * 3_600_000),
    authCacheTtlMs: int('AUTH_CACHE_TTL_MS', 5000, 0, 300_000),
    restFormat: oneOf('REST_FORMAT', ['auto', '0.61', 'current'] as const, 'auto'),
    restCurrentCacheControl: oneOf('REST_CURRENT_CACHE_CONTROL', ['no-store', 'private'] as const, 'no-store'),
    snapshotCollection: env.SNAPSHOT_COLLECTION || 'gateway_statistics',
    loginTokenCollection: env.LOGIN_TOKEN_COLLECTION || 'gateway_login_tokens',
    engagementCollection: env.ENGAGEMENT_COLLECTION || 'gateway_engagement_days',
    // Rocket.Chat's own default login expiration (setting Accounts_LoginExpiration): 90 days.
    loginTokenTtlMs: int('LOGIN_TOKEN_TTL_MS', 90 * 24 * 3600 * 1000, 1000),
    rocketChatMetricNames: oneOf('METRICS_ROCKETCHAT_NAMES', ['true', 'false'] as const, 'true') === 'true',
    snapshotMaxAgeMs: int('SNAPSHOT_MAX_AGE_MS', 24 * 3600 * 1000, 0),
    snapshotLimits: {
      minIntervalMs: int('SNAPSHOT_MIN_INTERVAL_MS', 10_000, 0, 24 * 3600 * 1000),
      retentionMs: int('SNAPSHOT_RETENTION_MS', 400 * 24 * 3600 * 1000, 3600 * 1000),
      maxCount: int('SNAPSHOT_MAX_COUNT', 5000, 1, 1_000_000),
    },
    snapshotFollowIntervalMs: int('SNAPSHOT_FOLLOW_INTERVAL_MS', 60_000, 0, 24 * 3600 * 1000),
    deployMethod: env.DEPLOY_METHOD || 'tar',
    deployPlatform: env.DEPLOY_PLATFORM || 'selfinstall',
    logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    dataDir: env.DATA_DIR || '.data/ferretdb',
    metricsToken: env.METRICS_TOKEN || undefined,
    introspection: bool('INTROSPECTION', true),
    limits: {
      maxDepth: int('MAX_QUERY_DEPTH', 8, 1, 100),
      maxAliases: int('MAX_QUERY_ALIASES', 15, 0, 1000),
      maxTokens: int('MAX_QUERY_TOKENS', 1000, 10, 100_000),
      maxCost: int('MAX_QUERY_COST', 5000, 1, 1_000_000),
      bodyLimitBytes: int('MAX_BODY_BYTES', 100_000, 1000, 10_000_000),
    },
    authFailureLimit: {
      maxFailures: int('AUTH_FAILURE_LIMIT', 10, 1, 100_000),
      windowMs: int('AUTH_FAILURE_WINDOW_MS', 60_000, 1000, 3_600_000),
    },
    maxConcurrentComputations: int('MAX_CONCURRENT_COMPUTATIONS', 8, 1, 1000),
    maxQueuedComputations: int('MAX_QUEUED_COMPUTATIONS', 100, 0, 100_000),
  };
  if (config.statisticsMaxStaleMs < statisticsTtlMs) {
    problems.push(
      `STATISTICS_MAX_STALE_MS must be at least STATISTICS_TTL_MS (${statisticsTtlMs}), got "${env.STATISTICS_MAX_STALE_MS}": set it to ${statisticsTtlMs} to never answer stale figures`,
    );
  }
  if (config.snapshotCollection === 'rocketchat_statistics') {
    problems.push('SNAPSHOT_COLLECTION must not be rocketchat_statistics: Rocket.Chat decides its daily snapshot from that collection');
  }
  if (isRocketChatCollection(config.loginTokenCollection)) {
    problems.push("LOGIN_TOKEN_COLLECTION must not be a Rocket.Chat collection (users, rocketchat_*): the gateway never writes Rocket.Chat's collections");
  }
  if (config.loginTokenCollection === config.snapshotCollection) {
    problems.push('LOGIN_TOKEN_COLLECTION must differ from SNAPSHOT_COLLECTION: tokens and snapshots live apart');
  }
  if (isRocketChatCollection(config.engagementCollection)) {
    problems.push("ENGAGEMENT_COLLECTION must not be a Rocket.Chat collection (users, rocketchat_*): the gateway never writes Rocket.Chat's collections");
  }
  if ([config.snapshotCollection, config.loginTokenCollection].includes(config.engagementCollection)) {
    problems.push('ENGAGEMENT_COLLECTION must differ from SNAPSHOT_COLLECTION and LOGIN_TOKEN_COLLECTION: kept days live apart');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return config;
}

const isRocketChatCollection = (name: string) => ['users', 'instances', 'migrations'].includes(name) || name.startsWith('rocketchat_');

/**
 * STATISTICS_MAX_STALE_MS when unset: a minute (or the window, when longer), so that pollers of a
 * workspace whose computation takes seconds never wait for it; none when figures are never reused.
 */
export function defaultMaxStaleMs(statisticsTtlMs: number): number {
  return statisticsTtlMs === 0 ? 0 : Math.max(60_000, statisticsTtlMs);
}

/** The settings tests start from: the defaults, with overrides (a window set alone keeps its default bound). */
export function testConfig(overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  // No background read of other gateways' snapshots unless a test asks: tests count every command.
  const config = { ...loadConfig({}), snapshotFollowIntervalMs: 0, ...overrides };
  if (overrides.statisticsTtlMs !== undefined && overrides.statisticsMaxStaleMs === undefined) {
    config.statisticsMaxStaleMs = defaultMaxStaleMs(overrides.statisticsTtlMs);
  }
  return config;
}
