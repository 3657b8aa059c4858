import { randomBytes } from 'node:crypto';
import { notServedRocketChatMetrics, rocketChatExporterMetrics } from '../../src/metrics/rocketchat-exporter';
import { expectedFigures, insertFiguresWorkspace } from '../helpers/figures-workspace';
import { insertAdmin, insertMany, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { parseSamples, sample } from './prometheus-text';

const metricsToken = randomBytes(24).toString('base64url');
let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness({ config: { metricsToken, statisticsTtlMs: 60_000 } });
  admin = await insertAdmin(h.db, { status: 'offline', statusConnection: 'offline' });
  await insertFiguresWorkspace(h.db, new Date());
  await insertMany(h.db, 'rocketchat_settings', [{ _id: 'Site_Url', value: 'https://chat.example.com' }]);
});
afterAll(() => h.close());

const scrape = async (harness = h) => (await harness.rest('/metrics', { authorization: `Bearer ${metricsToken}` })).text;

/** Every metric Rocket.Chat's exporter declares (apps/meteor/app/metrics/server/lib/metrics.ts). */
const rocketChatDeclares = [
  'rocketchat_metrics_requests',
  'rocketchat_metrics_size',
  'rocketchat_info',
  'rocketchat_meteor_methods',
  'rocketchat_callbacks',
  'rocketchat_hooks',
  'rocketchat_rest_api',
  'rocketchat_meteor_subscriptions',
  'rocketchat_message_sent',
  'rocketchat_notification_sent',
  'rocketchat_messages_roundtrip_time',
  'rocketchat_ddp_sessions_count',
  'rocketchat_ddp_sessions_auth',
  'rocketchat_ddp_connected_users',
  'rocketchat_ddp_rate_limit_exceeded',
  'rocketchat_version',
  'rocketchat_migration',
  'rocketchat_instance_count',
  'rocketchat_oplog_enabled',
  'rocketchat_oplog_queue',
  'rocketchat_oplog',
  'rocketchat_push_queue',
  'rocketchat_users_total',
  'rocketchat_users_active',
  'rocketchat_users_non_active',
  'rocketchat_users_online',
  'rocketchat_users_away',
  'rocketchat_users_offline',
  'rocketchat_rooms_total',
  'rocketchat_channels_total',
  'rocketchat_private_groups_total',
  'rocketchat_direct_total',
  'rocketchat_livechat_total',
  'rocketchat_messages_total',
  'rocketchat_channel_messages_total',
  'rocketchat_private_group_messages_total',
  'rocketchat_direct_messages_total',
  'rocketchat_livechat_messages_total',
  'rocketchat_apps_installed',
  'rocketchat_apps_enabled',
  'rocketchat_apps_failed',
  'rocketchat_meteor_facts',
  'rocketchat_visitors_total',
  'rocketchat_agents_total',
  'rocketchat_livechat_webhooks_success',
  'rocketchat_livechat_webhooks_failures',
];

describe("Rocket.Chat's exporter names on /metrics", () => {
  test('each gauge equals the GraphQL figure it is declared from, on the data the test inserted', async () => {
    const samples = parseSamples(await scrape());
    // The admin is one more active, offline user than expectedFigures counts.
    const graphql = await h.graphql(
      `{ statistics { totalUsers activeUsers nonActiveUsers onlineUsers awayUsers offlineUsers totalRooms totalChannels totalPrivateGroups totalDirect
         totalLivechat totalMessages totalChannelMessages totalPrivateGroupMessages totalDirectMessages totalLivechatMessages instanceCount
         version uniqueId siteUrl migration { version } } }`,
      { headers: admin.headers },
    );
    const figures = graphql.json.data.statistics;
    const expected: Record<string, number> = {
      rocketchat_users_total: figures.totalUsers,
      rocketchat_users_active: figures.activeUsers,
      rocketchat_users_non_active: figures.nonActiveUsers,
      rocketchat_users_online: figures.onlineUsers,
      rocketchat_users_away: figures.awayUsers,
      rocketchat_users_offline: figures.offlineUsers,
      rocketchat_rooms_total: figures.totalRooms,
      rocketchat_channels_total: figures.totalChannels,
      rocketchat_private_groups_total: figures.totalPrivateGroups,
      rocketchat_direct_total: figures.totalDirect,
      rocketchat_livechat_total: figures.totalLivechat,
      rocketchat_messages_total: figures.totalMessages,
      rocketchat_channel_messages_total: figures.totalChannelMessages,
      rocketchat_private_group_messages_total: figures.totalPrivateGroupMessages,
      rocketchat_direct_messages_total: figures.totalDirectMessages,
      rocketchat_livechat_messages_total: figures.totalLivechatMessages,
      rocketchat_instance_count: figures.instanceCount,
      rocketchat_migration: figures.migration.version,
    };
    for (const [name, value] of Object.entries(expected)) expect([name, sample(samples, name)]).toEqual([name, value]);
    // And those are the values the test built.
    expect(expected).toMatchObject({
      rocketchat_users_total: expectedFigures.totalUsers,
      rocketchat_users_online: expectedFigures.onlineUsers,
      rocketchat_messages_total: expectedFigures.totalMessages,
      rocketchat_migration: 304,
      rocketchat_instance_count: 1,
    });
    expect(samples.get('rocketchat_info{version="6.12.1",unique_id="wD4EP3M7FeFzJZgk9",site_url="https://chat.example.com"}')).toBe(1);
    expect(samples.get('rocketchat_version{version="6.12.1"}')).toBe(1);
    expect(figures).toMatchObject({ version: '6.12.1', uniqueId: 'wD4EP3M7FeFzJZgk9', siteUrl: 'https://chat.example.com' });
  });

  test("with Rocket.Chat's help texts and types", async () => {
    const text = await scrape();
    for (const line of [
      '# HELP rocketchat_users_online total of users online',
      '# TYPE rocketchat_users_online gauge',
      '# HELP rocketchat_migration migration versoin',
      '# HELP rocketchat_channels_total total of public rooms/channels',
      '# HELP rocketchat_info Rocket.Chat info',
      '# TYPE rocketchat_messages_total gauge',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
  });

  test('computed through the same figure cache as GraphQL: a scrape after a GraphQL read sends no query', async () => {
    await scrape();
    h.dbCommands();
    await scrape();
    // Only the newest snapshot is read anew (the snapshot query is no figure).
    expect(h.dbCommands().map((command) => command.collection)).toEqual(['gateway_statistics']);
  });

  test("every metric Rocket.Chat's exporter declares is either served or listed as not served, never both", () => {
    const served = rocketChatExporterMetrics.map((metric) => metric.name);
    const notServed = notServedRocketChatMetrics.map((metric) => metric.name);
    expect([...served, ...notServed].sort()).toEqual([...rocketChatDeclares].sort());
    expect(served.filter((name) => notServed.includes(name))).toEqual([]);
  });

  test('the README lists what is and is not served', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(`${__dirname}/../../README.md`, 'utf8');
    for (const name of rocketChatDeclares) expect([name, readme.includes(`\`${name}\``)]).toEqual([name, true]);
  });

  test('METRICS_ROCKETCHAT_NAMES=false turns them off; the rcstats names stay', async () => {
    const plain = await startHarness({ database: h.database, config: { metricsToken, rocketChatMetricNames: false } });
    try {
      const text = await scrape(plain);
      expect(text).not.toMatch(/^rocketchat_/m);
      expect(text).toMatch(/^rcstats_workspace_users\{status="online"\} /m);
    } finally {
      await plain.close();
    }
  });

  test('without a Rocket.Chat snapshot: no rocketchat_version series, and rocketchat_info says an empty version', async () => {
    const stored = await h.db.collection('rocketchat_statistics').find({}).toArray();
    await h.db.collection('rocketchat_statistics').deleteMany({});
    const fresh = await startHarness({ database: h.database, config: { metricsToken } });
    try {
      const samples = parseSamples(await scrape(fresh));
      expect([...samples.keys()].filter((key) => key.startsWith('rocketchat_version'))).toEqual([]);
      expect(samples.get('rocketchat_info{version="",unique_id="wD4EP3M7FeFzJZgk9",site_url="https://chat.example.com"}')).toBe(1);
    } finally {
      await fresh.close();
      await h.db.collection('rocketchat_statistics').insertMany(stored);
    }
  });
});
