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
      restFormat: '0.61',
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
    expect(attempt).toThrow(/REST_FORMAT must be one of 0\.61, current, got "1\.0"/);
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
