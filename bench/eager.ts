import type { Db, Document } from 'mongodb';
import { instanceHeartbeatMs } from '../src/figures/deployment';
import { activeGuestFilter, activeLocalUserFilter } from '../src/queries/users';

/**
 * Every figure computed the way Rocket.Chat's `statistics.get` computes it: one query per figure,
 * awaited one after the other (apps/meteor/app/statistics/server/lib/statistics.ts: a
 * countDocuments per user status and per room type, every room of a type fetched to add up its
 * `msgs`, …). Values Rocket.Chat keeps in memory (settings, its build) are read from the database
 * here, as the gateway must; the 0.61 figures are the counts Rocket.Chat 0.61 made.
 */
export async function runEager(db: Db, now = new Date()): Promise<Record<string, unknown>> {
  const users = db.collection('users');
  const rooms = db.collection('rocketchat_room');
  const messages = db.collection('rocketchat_message');
  const s: Record<string, any> = {};

  // Version
  const uniqueId = await db
    .collection<{ _id: string } & Document>('rocketchat_settings')
    .findOne({ _id: 'uniqueID' }, { projection: { value: 1, createdAt: 1 } });
  s.uniqueId = typeof uniqueId?.value === 'string' ? uniqueId.value : null;
  s.installedAt = uniqueId?.createdAt instanceof Date ? uniqueId.createdAt : null;
  const workspaceId = await db
    .collection<{ _id: string } & Document>('rocketchat_settings')
    .findOne({ _id: 'Cloud_Workspace_Id' }, { projection: { value: 1 } });
  s.cloudWorkspaceId = typeof workspaceId?.value === 'string' && workspaceId.value !== '' ? workspaceId.value : null;
  const siteUrl = await db.collection<{ _id: string } & Document>('rocketchat_settings').findOne({ _id: 'Site_Url' }, { projection: { value: 1 } });
  s.siteUrl = typeof siteUrl?.value === 'string' && siteUrl.value !== '' ? siteUrl.value : null;
  const [build] = await db
    .collection('rocketchat_statistics')
    .find({}, { projection: { version: 1, 'apps.engineVersion': 1 } })
    .sort({ createdAt: -1 })
    .limit(1)
    .toArray();
  s.version = typeof build?.version === 'string' ? build.version : null;
  s.appsEngineVersion = typeof build?.apps?.engineVersion === 'string' ? build.apps.engineVersion : null;

  // User statistics
  s.totalUsers = await users.estimatedDocumentCount();
  s.activeUsers = await users.countDocuments(activeLocalUserFilter);
  s.activeGuests = await users.countDocuments(activeGuestFilter);
  s.nonActiveUsers = await users.countDocuments({ active: false });
  s.appUsers = await users.countDocuments({ type: 'app' });
  s.onlineUsers = await users.countDocuments({ status: 'online' });
  s.awayUsers = await users.countDocuments({ status: 'away' });
  s.busyUsers = await users.countDocuments({ status: 'busy' });
  s.totalConnectedUsers = s.onlineUsers + s.awayUsers;
  s.offlineUsers = s.totalUsers - s.onlineUsers - s.awayUsers - s.busyUsers;

  // Room statistics
  s.totalRooms = await rooms.estimatedDocumentCount();
  s.totalChannels = await rooms.countDocuments({ t: 'c' });
  s.totalPrivateGroups = await rooms.countDocuments({ t: 'p' });
  s.totalDirect = await rooms.countDocuments({ t: 'd' });
  s.totalLivechat = await rooms.countDocuments({ t: 'l' });
  s.totalDiscussions = await rooms.countDocuments({ prid: { $exists: true } });
  s.totalThreads = await messages.countDocuments({ tcount: { $exists: true } });

  // Message statistics: every room of a type is fetched and its `msgs` added up in the process.
  const msgsOf = (list: Document[], pick: (room: Document) => boolean) =>
    list.reduce((sum, room) => sum + (pick(room) && typeof room.msgs === 'number' ? room.msgs : 0), 0);
  const channels = await rooms.find({ t: 'c' }, { projection: { msgs: 1, prid: 1 } }).toArray();
  const privateGroups = await rooms.find({ t: 'p' }, { projection: { msgs: 1, prid: 1 } }).toArray();
  const direct = await rooms.find({ t: 'd' }, { projection: { msgs: 1 } }).toArray();
  const livechat = await rooms.find({ t: 'l' }, { projection: { msgs: 1 } }).toArray();
  const all = () => true;
  s.totalChannelMessages = msgsOf(channels, (room) => !room.prid);
  s.totalPrivateGroupMessages = msgsOf(privateGroups, (room) => !room.prid);
  s.totalDiscussionsMessages = msgsOf(channels, (room) => Boolean(room.prid)) + msgsOf(privateGroups, (room) => Boolean(room.prid));
  s.totalDirectMessages = msgsOf(direct, all);
  s.totalLivechatMessages = msgsOf(livechat, all);
  s.totalMessages = s.totalChannelMessages + s.totalPrivateGroupMessages + s.totalDiscussionsMessages + s.totalDirectMessages + s.totalLivechatMessages;

  s.lastLogin = await latest(db, 'users', 'lastLogin');
  s.lastMessageSentAt = await latest(db, 'rocketchat_message', 'ts');
  s.lastSeenSubscription = await latest(db, 'rocketchat_subscription', 'ls');

  s.uploadsTotal = await db.collection('rocketchat_uploads').estimatedDocumentCount();
  const [uploads] = await db
    .collection('rocketchat_uploads')
    .aggregate([{ $group: { _id: 'total', total: { $sum: '$size' } } }])
    .toArray();
  s.uploadsTotalSize = uploads ? uploads.total : 0;

  const control = await db.collection<{ _id: string } & Document>('migrations').findOne({ _id: 'control' });
  s.migration = {
    id: 'control',
    version: typeof control?.version === 'number' ? control.version : 0,
    locked: control?.locked === true,
    lockedAt: control?.lockedAt instanceof Date ? control.lockedAt : null,
    buildAt: control?.buildAt instanceof Date ? control.buildAt : null,
  };
  s.instanceCount = await db.collection('instances').countDocuments({ _updatedAt: { $gt: new Date(now.getTime() - instanceHeartbeatMs) } });
  const status = await db.admin().command({ serverStatus: 1, repl: 0, metrics: 0, locks: 0 });
  s.mongoVersion = status.version ?? null;
  s.mongoStorageEngine = status.storageEngine?.name ?? 'unknown';

  // Rocket.Chat 0.61's definitions (Statistics.legacy)
  const legacyActive = await users.countDocuments({ active: true });
  const legacyOnline = await users.countDocuments({ statusConnection: 'online' });
  const legacyAway = await users.countDocuments({ statusConnection: 'away' });
  s.legacy = {
    activeUsers: legacyActive,
    nonActiveUsers: s.totalUsers - legacyActive,
    onlineUsers: legacyOnline,
    awayUsers: legacyAway,
    offlineUsers: s.totalUsers - legacyOnline - legacyAway,
    totalChannelMessages: msgsOf(channels, all),
    totalPrivateGroupMessages: msgsOf(privateGroups, all),
    totalMessages: await messages.estimatedDocumentCount(),
  };
  return s;
}

/** Rocket.Chat's getLastLogin / getLastTimestamp / getLastSeen: the newest value by a descending sort. */
async function latest(db: Db, collection: string, field: string): Promise<Date | null> {
  const found = await db.collection(collection).findOne({ [field]: { $exists: true } }, { projection: { [field]: 1 }, sort: { [field]: -1 } });
  return found?.[field] instanceof Date ? found[field] : null;
}
