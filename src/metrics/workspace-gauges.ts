import { Gauge, Registry } from 'prom-client';
import type { MetricsFiguresQuery } from '../generated/operations';

export type WorkspaceFigures = MetricsFiguresQuery['statistics'];

type Series = Array<[labels: Record<string, string>, value: number]>;

/**
 * The workspace figures of one scrape as gauges, in a registry of their own so that concurrent
 * scrapes share nothing. Labelled series add up: users by status to totalUsers, rooms by type to
 * totalRooms, messages by room type (discussions apart, as Rocket.Chat counts them) to totalMessages.
 */
export function workspaceRegistry(figures: WorkspaceFigures): Registry {
  const registry = new Registry();
  const gauge = (name: string, help: string, series: Series | number) => {
    const rows: Series = typeof series === 'number' ? [[{}, series]] : series;
    const labelNames = Object.keys(rows[0][0]);
    const metric = new Gauge({ name: `rcstats_workspace_${name}`, help, labelNames, registers: [registry] });
    for (const [labels, value] of rows) metric.set(labels, value);
  };

  gauge('users', 'Users by status (online, away, busy, offline).', [
    [{ status: 'online' }, figures.onlineUsers],
    [{ status: 'away' }, figures.awayUsers],
    [{ status: 'busy' }, figures.busyUsers],
    [{ status: 'offline' }, figures.offlineUsers],
  ]);
  gauge('active_users', 'Active human users (activeUsers: no guests-only, apps, bots, federated or remote users).', figures.activeUsers);
  gauge('deactivated_users', 'Deactivated users (nonActiveUsers).', figures.nonActiveUsers);
  gauge('active_guests', 'Active guest-only users (activeGuests).', figures.activeGuests);
  gauge('app_users', 'Users of type app (appUsers).', figures.appUsers);
  gauge('rooms', 'Rooms by type; discussions are counted in their channel or private group type.', [
    [{ type: 'channel' }, figures.totalChannels],
    [{ type: 'private_group' }, figures.totalPrivateGroups],
    [{ type: 'direct' }, figures.totalDirect],
    [{ type: 'livechat' }, figures.totalLivechat],
  ]);
  gauge('discussions', 'Discussion rooms (totalDiscussions).', figures.totalDiscussions);
  gauge('messages', "Messages by room type, from the rooms' message counters; discussion messages apart.", [
    [{ room_type: 'channel' }, figures.totalChannelMessages],
    [{ room_type: 'private_group' }, figures.totalPrivateGroupMessages],
    [{ room_type: 'discussion' }, figures.totalDiscussionsMessages],
    [{ room_type: 'direct' }, figures.totalDirectMessages],
    [{ room_type: 'livechat' }, figures.totalLivechatMessages],
  ]);
  gauge('threads', 'Thread parent messages (totalThreads).', figures.totalThreads);
  gauge('uploads', 'Uploaded files (uploadsTotal).', figures.uploadsTotal);
  gauge('uploads_bytes', 'Total size of uploaded files in bytes (uploadsTotalSize).', figures.uploadsTotalSize);
  gauge('live_instances', 'Rocket.Chat instances with a heartbeat in the last 60 s (instanceCount).', figures.instanceCount);
  return registry;
}
