import type { Db } from 'mongodb';
import { defineQueries } from './database-query';

// Omnichannel contacts: the livechat rooms of the monthly-active-contacts figures
// (packages/models/src/models/LivechatRooms.ts getMACStatisticsBetweenDates, getMACStatisticsForPeriod)
// and the contacts of contact verification (apps/meteor/app/statistics/server/lib/getContactVerificationStatistics.ts).

const dayMs = 24 * 3600 * 1000;

/** A livechat room as the MAC figures read it. */
export interface ContactRoom {
  ts?: unknown;
  v?: { _id?: unknown; activity?: unknown };
  source?: { alias?: unknown; type?: unknown };
}

export interface ContactRooms {
  now: Date;
  /** This billing month, as Rocket.Chat names it in `v.activity` (UTC `YYYY-MM`). */
  period: string;
  rooms: ContactRoom[];
}

/** Rooms of visitors active in the last 30 days or in this billing month: what all four MAC figures group. */
async function findContactRooms(db: Db): Promise<ContactRooms> {
  const now = new Date();
  const period = now.toISOString().slice(0, 7);
  const rooms = await db
    .collection('rocketchat_room')
    .find<ContactRoom>(
      { t: 'l', 'v.activity': { $exists: true }, $or: [{ ts: { $gte: new Date(now.getTime() - 30 * dayMs) } }, { 'v.activity': period }] },
      { projection: { _id: 0, ts: 1, 'v._id': 1, 'v.activity': 1, 'source.alias': 1, 'source.type': 1 } },
    )
    .toArray();
  return { now, period, rooms };
}

/** A contact as contact verification reads it: `{}` per channel and per conflicting field, with channels' `blocked`. */
export interface ContactRecord {
  unknown?: unknown;
  channels?: unknown;
  conflictingFields?: unknown;
}

/**
 * Rocket.Chat sends six counts and an $avg of array sizes; one find of every contact answers them.
 * Projecting a subfield no conflicting field has keeps one `{}` per element (MongoDB and FerretDB),
 * so the sizes come without the values.
 */
async function findContacts(db: Db): Promise<ContactRecord[]> {
  return db
    .collection('rocketchat_livechat_contact')
    .find<ContactRecord>({}, { projection: { _id: 0, unknown: 1, 'channels.blocked': 1, 'conflictingFields._': 1 } })
    .toArray();
}

export const contactQueries = defineQueries({
  findContactRooms: {
    command:
      "rocketchat_room.find({ t: 'l', 'v.activity': { $exists: true }, $or: [{ ts: { $gte: 30 days ago } }, { 'v.activity': 'YYYY-MM' }] }, { ts, 'v._id', 'v.activity', source })",
    index: '{ t: 1 }: livechat rooms only',
    cost: 'scan',
    run: findContactRooms,
  },
  findContacts: {
    command: "rocketchat_livechat_contact.find({}, { unknown, 'channels.blocked', 'conflictingFields._' })",
    index: 'none: every contact is read',
    cost: 'scan',
    run: findContacts,
  },
});
