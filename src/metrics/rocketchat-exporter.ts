import { deploymentFigures as deployment } from '../figures/deployment';
import type { Figure } from '../figures/figure';
import { messageFigures as messages } from '../figures/messages';
import { roomFigures as rooms } from '../figures/rooms';
import { userFigures as users } from '../figures/users';

/**
 * One series of a Rocket.Chat exporter metric: a number figure, or (for info-style gauges) the
 * value 1 with labels read from figures. A series whose `required` label figure is null is left
 * out, as Rocket.Chat leaves out what it has no snapshot for.
 */
export type ExporterSeries = { figure: Figure; pick?: (value: any) => unknown } | { labelFigures: Record<string, Figure>; required?: string };

export interface ExporterMetric {
  name: string;
  help: string;
  labelNames: string[];
  series: ExporterSeries;
}

const value = (figure: Figure, pick?: (value: any) => unknown): ExporterSeries => ({ figure, pick });
const metric = (name: string, help: string, series: ExporterSeries, labelNames: string[] = []): ExporterMetric => ({ name, help, labelNames, series });

/**
 * The workspace gauges of Rocket.Chat's Prometheus exporter, with its names, help texts (typos
 * included: dashboards match on names, people on help) and labels, as declared in
 * apps/meteor/app/metrics/server/lib/metrics.ts and set by collectMetrics.ts. Rocket.Chat copies
 * its last stored snapshot into them every 5 s; here each is the live figure, through the same
 * resolvers and figure cache as GraphQL. All are gauges.
 */
export const rocketChatExporterMetrics: ExporterMetric[] = [
  metric(
    'rocketchat_info',
    'Rocket.Chat info',
    { labelFigures: { version: deployment.version, unique_id: deployment.uniqueId, site_url: deployment.siteUrl } },
    ['version', 'unique_id', 'site_url'],
  ),
  metric('rocketchat_version', 'Rocket.Chat version', { labelFigures: { version: deployment.version }, required: 'version' }, ['version']),
  metric(
    'rocketchat_migration',
    'migration versoin',
    value(deployment.migration, (migration: { version: number }) => migration.version),
  ),
  metric('rocketchat_instance_count', 'instances running', value(deployment.instanceCount)),

  metric('rocketchat_users_total', 'total of users', value(users.totalUsers)),
  metric('rocketchat_users_active', 'total of active users', value(users.activeUsers)),
  metric('rocketchat_users_non_active', 'total of non active users', value(users.nonActiveUsers)),
  metric('rocketchat_users_online', 'total of users online', value(users.onlineUsers)),
  metric('rocketchat_users_away', 'total of users away', value(users.awayUsers)),
  metric('rocketchat_users_offline', 'total of users offline', value(users.offlineUsers)),

  metric('rocketchat_rooms_total', 'total of rooms', value(rooms.totalRooms)),
  metric('rocketchat_channels_total', 'total of public rooms/channels', value(rooms.totalChannels)),
  metric('rocketchat_private_groups_total', 'total of private rooms', value(rooms.totalPrivateGroups)),
  metric('rocketchat_direct_total', 'total of direct rooms', value(rooms.totalDirect)),
  metric('rocketchat_livechat_total', 'total of livechat rooms', value(rooms.totalLivechat)),

  metric('rocketchat_messages_total', 'total of messages', value(messages.totalMessages)),
  metric('rocketchat_channel_messages_total', 'total of messages in public rooms', value(messages.totalChannelMessages)),
  metric('rocketchat_private_group_messages_total', 'total of messages in private rooms', value(messages.totalPrivateGroupMessages)),
  metric('rocketchat_direct_messages_total', 'total of messages in direct rooms', value(messages.totalDirectMessages)),
  metric('rocketchat_livechat_messages_total', 'total of messages in livechat rooms', value(messages.totalLivechatMessages)),
];

/**
 * The rest of Rocket.Chat's exporter, not served: facts of Rocket.Chat's own process (its DDP
 * sessions, method and REST timings, callbacks, oplog handle, installed apps) that no database
 * holds, and figures the gateway does not compute yet. Inventing them would mislead a dashboard.
 */
export const notServedRocketChatMetrics: Array<{ name: string; why: string }> = [
  ...['rocketchat_metrics_requests', 'rocketchat_metrics_size'].map((name) => ({ name, why: "Rocket.Chat's own exporter endpoint" })),
  ...[
    'rocketchat_meteor_methods',
    'rocketchat_meteor_subscriptions',
    'rocketchat_callbacks',
    'rocketchat_hooks',
    'rocketchat_rest_api',
    'rocketchat_meteor_facts',
  ].map((name) => ({ name, why: 'timings and counters inside the Rocket.Chat process' })),
  ...['rocketchat_ddp_sessions_count', 'rocketchat_ddp_sessions_auth', 'rocketchat_ddp_connected_users', 'rocketchat_ddp_rate_limit_exceeded'].map((name) => ({
    name,
    why: "the Rocket.Chat process's DDP (websocket) sessions",
  })),
  ...['rocketchat_message_sent', 'rocketchat_notification_sent', 'rocketchat_messages_roundtrip_time'].map((name) => ({
    name,
    why: 'events counted by the Rocket.Chat process since it started',
  })),
  ...['rocketchat_oplog', 'rocketchat_oplog_queue'].map((name) => ({ name, why: "the Rocket.Chat process's oplog handle" })),
  ...['rocketchat_apps_installed', 'rocketchat_apps_enabled', 'rocketchat_apps_failed'].map((name) => ({
    name,
    why: "the Rocket.Chat process's Apps-Engine (which apps loaded or failed)",
  })),
  ...['rocketchat_livechat_webhooks_success', 'rocketchat_livechat_webhooks_failures'].map((name) => ({
    name,
    why: 'webhook calls of the Rocket.Chat process',
  })),
  { name: 'rocketchat_oplog_enabled', why: 'no oplogEnabled figure yet (replica set state)' },
  { name: 'rocketchat_push_queue', why: 'no pushQueue figure yet' },
  ...['rocketchat_visitors_total', 'rocketchat_agents_total'].map((name) => ({
    name,
    why: 'no omnichannel figures yet (Rocket.Chat declares them but never sets them)',
  })),
];

/** Every figure the compatible names need: the metrics document selects them. */
export function exporterFigures(): Figure[] {
  return rocketChatExporterMetrics.flatMap(({ series }) => ('figure' in series ? [series.figure] : Object.values(series.labelFigures)));
}
