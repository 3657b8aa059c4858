import { ConfigError, loadConfig } from '../../src/config';
import { databaseNameOf } from '../../src/db/connect';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mongoUrl: undefined,
      port: 4000,
      host: '127.0.0.1',
      readPreference: 'secondaryPreferred',
      restFormat: 'auto',
      snapshotCollection: 'gateway_statistics',
    });
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      MONGO_URL: 'mongodb://db/rc',
      PORT: '8080',
      HOST: '0.0.0.0',
      READ_PREFERENCE: 'primary',
      REST_FORMAT: 'current',
      STATISTICS_TTL_MS: '0',
      DEPLOY_METHOD: 'docker',
    });
    expect(config).toMatchObject({
      mongoUrl: 'mongodb://db/rc',
      port: 8080,
      host: '0.0.0.0',
      readPreference: 'primary',
      restFormat: 'current',
      statisticsTtlMs: 0,
      deployMethod: 'docker',
    });
  });

  it('limits one database command to a minute unless told otherwise (0: no limit)', () => {
    expect(loadConfig({}).dbQueryTimeoutMs).toBe(60_000);
    expect(loadConfig({ DB_QUERY_TIMEOUT_MS: '0' }).dbQueryTimeoutMs).toBe(0);
    expect(loadConfig({ DB_QUERY_TIMEOUT_MS: '600000' }).dbQueryTimeoutMs).toBe(600_000);
    expect(() => loadConfig({ DB_QUERY_TIMEOUT_MS: '1m' })).toThrow(/DB_QUERY_TIMEOUT_MS must be a whole number from 0 to 3600000, got "1m"/);
  });

  it('answers stale figures for up to a minute past the window unless told otherwise, never less than the window', () => {
    expect(loadConfig({})).toMatchObject({ statisticsTtlMs: 5000, statisticsMaxStaleMs: 60_000 });
    expect(loadConfig({ STATISTICS_TTL_MS: '600000' }).statisticsMaxStaleMs).toBe(600_000);
    expect(loadConfig({ STATISTICS_TTL_MS: '0' }).statisticsMaxStaleMs).toBe(0);
    expect(loadConfig({ STATISTICS_MAX_STALE_MS: '1800000' }).statisticsMaxStaleMs).toBe(1_800_000);
    expect(loadConfig({ STATISTICS_TTL_MS: '30000', STATISTICS_MAX_STALE_MS: '30000' }).statisticsMaxStaleMs).toBe(30_000);
    expect(() => loadConfig({ STATISTICS_TTL_MS: '30000', STATISTICS_MAX_STALE_MS: '10000' })).toThrow(
      /STATISTICS_MAX_STALE_MS must be at least STATISTICS_TTL_MS \(30000\), got "10000": set it to 30000 to never answer stale figures/,
    );
    expect(() => loadConfig({ STATISTICS_MAX_STALE_MS: 'soon' })).toThrow(/STATISTICS_MAX_STALE_MS must be a whole number from 0 to 86400000, got "soon"/);
  });

  it("keeps Rocket.Chat's no-store on the current REST format unless REST_CURRENT_CACHE_CONTROL=private", () => {
    expect(loadConfig({}).restCurrentCacheControl).toBe('no-store');
    expect(loadConfig({ REST_CURRENT_CACHE_CONTROL: 'private' }).restCurrentCacheControl).toBe('private');
    expect(() => loadConfig({ REST_CURRENT_CACHE_CONTROL: 'public' })).toThrow(/REST_CURRENT_CACHE_CONTROL must be one of no-store, private, got "public"/);
  });

  it('trusts no proxy unless TRUST_PROXY names them, in the forms fastify takes', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1']);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.0/8, 192.168.1.10 ,loopback,fd00::/8,::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.10',
      'loopback',
      'fd00::/8',
      '::1',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'linklocal,uniquelocal' }).trustProxy).toEqual(['linklocal', 'uniquelocal']);
  });

  it('names a wrong TRUST_PROXY and what it accepts', () => {
    const accepted = 'TRUST_PROXY must be true, false, or a comma-separated list of proxy addresses and CIDR ranges \\(or loopback, linklocal, uniquelocal\\)';
    for (const [raw, reason] of [
      ['yes', '"yes" is not an IP address'],
      ['proxy.internal', '"proxy.internal" is not an IP address'],
      ['10.0.0.0/33', '"10.0.0.0/33" has a prefix length outside 1 to 32'],
      ['10.0.0.0/0', '"10.0.0.0/0" has a prefix length outside 1 to 32'],
      ['fd00::/129', '"fd00::/129" has a prefix length outside 1 to 128'],
      ['10.0.0.1,nope', '"nope" is not an IP address'],
    ]) {
      expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(
        new RegExp(`${accepted}, got "${raw.replace(/[./]/g, '\\$&')}": ${reason.replace(/[./]/g, '\\$&')}`),
      );
    }
    expect(() => loadConfig({ TRUST_PROXY: '1' })).toThrow(/TRUST_PROXY cannot be a number of proxy hops, got "1".*list the proxies' addresses instead/);
  });

  it('offers GraphQL introspection unless INTROSPECTION is false', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: 'false' }).introspection).toBe(false);
    expect(() => loadConfig({ INTROSPECTION: 'off' })).toThrow(/INTROSPECTION must be true or false, got "off"/);
  });

  it('names every wrong value and what it accepts', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', REST_FORMAT: '1.0', MONGO_URL: 'postgres://x', SNAPSHOT_COLLECTION: 'rocketchat_statistics' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT must be a whole number from 0 to 65535, got "eighty"/);
    expect(attempt).toThrow(/REST_FORMAT must be one of auto, 0\.61, current, got "1\.0"/);
    expect(attempt).toThrow(/MONGO_URL must start with mongodb:\/\//);
    expect(attempt).toThrow(/SNAPSHOT_COLLECTION must not be rocketchat_statistics/);
  });

  it('takes the database name from MONGO_URL as Rocket.Chat does', () => {
    expect(databaseNameOf('mongodb://a,b,c/rocketchat?replicaSet=rs0')).toBe('rocketchat');
    expect(databaseNameOf('mongodb+srv://user:pw@cluster.example/chat')).toBe('chat');
    expect(databaseNameOf('mongodb://localhost:27017')).toBe('rocketchat');
    expect(databaseNameOf('mongodb://localhost:27017/')).toBe('rocketchat');
  });
});
