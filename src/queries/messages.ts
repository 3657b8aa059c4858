import type { Db } from 'mongodb';
import { greatestDate } from './count-by';

const messages = (db: Db) => db.collection('rocketchat_message');

export const countAllMessages = (db: Db) => messages(db).estimatedDocumentCount();
/** Thread parents carry `tcount`; replies carry `tmid` only. */
export const countThreads = (db: Db) => messages(db).countDocuments({ tcount: { $exists: true } });
export const findLastMessageSentAt = (db: Db) => greatestDate(messages(db), 'ts');
export const findLastSeenSubscription = (db: Db) => greatestDate(db.collection('rocketchat_subscription'), 'ls');
