import type { Db } from 'mongodb';
import { greatestDate } from './count-by';
import { defineQueries } from './database-query';

const messages = (db: Db) => db.collection('rocketchat_message');

/** The queries of rocketchat_message and rocketchat_subscription (packages/models/src/models/Messages.ts, Subscriptions.ts). */
export const messageQueries = defineQueries({
  countAllMessages: {
    command: 'rocketchat_message.estimatedDocumentCount()',
    index: 'none: collection metadata',
    cost: 'metadata',
    run: (db) => messages(db).estimatedDocumentCount(),
  },
  /** Thread parents carry `tcount`; replies carry `tmid` only. */
  countThreads: {
    command: 'rocketchat_message.countDocuments({ tcount: { $exists: true } })',
    index: '{ tcount: 1 } (sparse)',
    cost: 'indexed',
    run: (db) => messages(db).countDocuments({ tcount: { $exists: true } }),
  },
  /** Rocket.Chat's countPinned: removed messages (t: rm) and hidden ones are left out. */
  countPinnedMessages: {
    command: "rocketchat_message.countDocuments({ pinned: true, t: { $ne: 'rm' }, _hidden: { $ne: true } })",
    index: '{ pinned: 1 } (sparse)',
    cost: 'indexed',
    run: (db) => messages(db).countDocuments({ pinned: true, t: { $ne: 'rm' }, _hidden: { $ne: true } }),
  },
  findLastMessageSentAt: {
    command: 'rocketchat_message.find({ ts: { $exists: true } }).sort({ ts: -1 }).limit(1)',
    index: '{ ts: 1 }',
    cost: 'indexed',
    run: (db) => greatestDate(messages(db), 'ts'),
  },
  findLastSeenSubscription: {
    command: 'rocketchat_subscription.find({ ls: { $exists: true } }).sort({ ls: -1 }).limit(1)',
    index: '{ ls: 1 }',
    cost: 'indexed',
    run: (db) => greatestDate(db.collection('rocketchat_subscription'), 'ls'),
  },
});
