import type { Db, Document, Filter } from 'mongodb';
import type { QuerySpec } from './database-query';

// Plain counts of one collection. A collection the workspace lacks (no omnichannel, no apps) counts
// 0 on MongoDB and FerretDB alike, as Rocket.Chat's zeros.

/** A filter as docs/figures.md shows it: `{ archived: true }`. */
export function showFilter(filter: Document): string {
  return JSON.stringify(filter)
    .replace(/"([A-Za-z_$][\w.$]*)":/g, (_m, key: string) => (key.includes('.') ? `'${key}': ` : `${key}: `))
    .replace(/"/g, "'")
    .replace(/,/g, ', ')
    .replace(/^\{/, '{ ')
    .replace(/\}$/, ' }');
}

export function countQuery(collection: string, filter: Filter<Document>, index: string): QuerySpec<number> {
  return {
    command: `${collection}.countDocuments(${showFilter(filter)})`,
    index,
    cost: index.startsWith('none') ? 'scan' : 'indexed',
    run: (db: Db) => db.collection(collection).countDocuments(filter),
  };
}

export function estimateQuery(collection: string): QuerySpec<number> {
  return {
    command: `${collection}.estimatedDocumentCount()`,
    index: 'none: collection metadata',
    cost: 'metadata',
    run: (db: Db) => db.collection(collection).estimatedDocumentCount(),
  };
}

/** Rooms holding at least one matching message (Rocket.Chat's countRoomsWith…): one group per room. */
export function countRoomsWithMessagesQuery(filter: Filter<Document>, index: string): QuerySpec<number> {
  return {
    command: `rocketchat_message.aggregate([{ $match: ${showFilter(filter)} }, { $group: { _id: '$rid', n: { $sum: 1 } } }])`,
    index,
    cost: index.startsWith('none') ? 'scan' : 'grouping',
    run: async (db: Db) =>
      (
        await db
          .collection('rocketchat_message')
          .aggregate([{ $match: filter }, { $group: { _id: '$rid', n: { $sum: 1 } } }])
          .toArray()
      ).length,
  };
}
