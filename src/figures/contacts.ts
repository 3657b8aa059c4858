import type { IStats } from '@rocket.chat/core-typings';
import { GraphQLJSON } from 'graphql-scalars';
import { contactQueries, type ContactRecord, type ContactRoom, type ContactRooms } from '../queries/contacts';
import { settingsQueries, settingValue, type StatisticsSettings } from '../queries/settings';
import { figure } from './figure';

// Omnichannel contacts (docs/figures.md "Omnichannel"): monthly active contacts by source, and
// contact verification. Computed in code from one read of the rooms and one of the contacts.

type MACStats = IStats['uniqueContactsOfLastMonth'];
const dayMs = 24 * 3600 * 1000;
const roomsModel = 'packages/models/src/models/LivechatRooms.ts';

/** Rocket.Chat groups by `$ifNull: ['$source.alias', '$source.type']` and counts distinct visitors and rooms. */
export function macStatistics(rooms: ContactRoom[]): MACStats {
  const sources = new Map<string, { source: unknown; contacts: Set<unknown>; conversations: number }>();
  for (const room of rooms) {
    const alias = room.source?.alias;
    const source = alias === undefined || alias === null ? (room.source?.type ?? null) : alias;
    const key = JSON.stringify(source);
    const group = sources.get(key) ?? { source, contacts: new Set(), conversations: 0 };
    if (room.v?._id !== undefined && room.v._id !== null) group.contacts.add(JSON.stringify(room.v._id));
    group.conversations += 1;
    sources.set(key, group);
  }
  const list = [...sources.values()]
    .map((group) => ({ source: group.source as string, contactsCount: group.contacts.size, conversationsCount: group.conversations }))
    .sort((a, b) => b.conversationsCount - a.conversationsCount || String(a.source).localeCompare(String(b.source)));
  return {
    contactsCount: list.reduce((sum, s) => sum + s.contactsCount, 0),
    conversationsCount: list.reduce((sum, s) => sum + s.conversationsCount, 0),
    sources: list,
  };
}

/** Rooms opened from `days` days before the read until then (getMACStatisticsBetweenDates). */
export function roomsOfLastDays({ now, rooms }: ContactRooms, days: number): ContactRoom[] {
  const start = now.getTime() - days * dayMs;
  return rooms.filter((room) => room.ts instanceof Date && room.ts.getTime() >= start && room.ts.getTime() < now.getTime());
}

/** Rooms of visitors active in this billing month (getMACStatisticsForPeriod). */
export function roomsOfPeriod({ period, rooms }: ContactRooms): ContactRoom[] {
  return rooms.filter((room) => (Array.isArray(room.v?.activity) ? room.v.activity.includes(period) : room.v?.activity === period));
}

const sizeOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const channelsOf = (contact: ContactRecord): Array<{ blocked?: unknown }> => (Array.isArray(contact.channels) ? contact.channels : []);

export function contactVerificationStatistics(contacts: ContactRecord[], s: StatisticsSettings): IStats['contactVerification'] {
  const blocked = contacts.filter((c) => channelsOf(c).some((channel) => channel.blocked === true));
  const fullyBlocked = blocked.filter((c) => channelsOf(c).every((channel) => channel.blocked === true));
  return {
    totalContacts: contacts.length,
    totalUnknownContacts: contacts.filter((c) => c.unknown === true).length,
    totalMergedContacts: settingValue(s, 'Merged_Contacts_Count'),
    totalConflicts: contacts.reduce((sum, c) => sum + sizeOf(c.conflictingFields), 0),
    totalResolvedConflicts: settingValue(s, 'Resolved_Conflicts_Count'),
    totalBlockedContacts: blocked.length,
    totalPartiallyBlockedContacts: blocked.length - fullyBlocked.length,
    totalFullyBlockedContacts: fullyBlocked.length,
    totalVerifiedContacts: contacts.filter((c) => c.unknown === false).length,
    avgChannelsPerContact: contacts.length === 0 ? 0 : contacts.reduce((sum, c) => sum + sizeOf(c.channels), 0) / contacts.length,
    // Rocket.Chat's `channels: { $in: [undefined, []] }`: no channels field, null, or an empty list.
    totalContactsWithoutChannels: contacts.filter(
      (c) => c.channels === undefined || c.channels === null || (Array.isArray(c.channels) && c.channels.length === 0),
    ).length,
    totalImportedContacts: settingValue(s, 'Contacts_Importer_Count'),
    totalUpsellViews: settingValue(s, 'Advanced_Contact_Upsell_Views_Count'),
    totalUpsellClicks: settingValue(s, 'Advanced_Contact_Upsell_Clicks_Count'),
  } as IStats['contactVerification'];
}

const macFigure = <const K extends string>(key: K, description: string, rooms: (read: ContactRooms) => ContactRoom[], rocketChat: string) =>
  figure({
    type: () => GraphQLJSON,
    description: `${description} { contactsCount, conversationsCount, sources: [{ source, contactsCount, conversationsCount }] }; a source is the room's source alias, else its type.`,
    rocketChat,
    reads: [contactQueries.findContactRooms],
    compute: (read: ContactRooms): MACStats => macStatistics(rooms(read)),
    wire: { current: key } as const,
  });

/** The contact figures of Statistics.omnichannel (spread into omnichannelFigures). */
export const contactFigureSpecs = {
  contactsBySource: macFigure(
    'omnichannelContactsBySource',
    'Monthly active contacts of this billing month (UTC), by source: livechat rooms of visitors active this month.',
    roomsOfPeriod,
    `${roomsModel} getMACStatisticsForPeriod`,
  ),
  uniqueContactsOfYesterday: macFigure(
    'uniqueContactsOfYesterday',
    'Active contacts of the last 24 hours: livechat rooms opened since, by source.',
    (read) => roomsOfLastDays(read, 1),
    `${roomsModel} getMACStatisticsBetweenDates`,
  ),
  uniqueContactsOfLastWeek: macFigure(
    'uniqueContactsOfLastWeek',
    'Active contacts of the last 7 days: livechat rooms opened since, by source.',
    (read) => roomsOfLastDays(read, 7),
    `${roomsModel} getMACStatisticsBetweenDates`,
  ),
  uniqueContactsOfLastMonth: macFigure(
    'uniqueContactsOfLastMonth',
    'Active contacts of the last 30 days: livechat rooms opened since, by source.',
    (read) => roomsOfLastDays(read, 30),
    `${roomsModel} getMACStatisticsBetweenDates`,
  ),
  contactVerification: figure({
    type: () => GraphQLJSON,
    description:
      'Contact verification: contacts (an exact count, where Rocket.Chat estimates), unknown, verified, blocked on some or all channels, without channels, conflicts, channels per contact, and counter settings (left out when missing). Cost X: reads every contact; computed only when selected.',
    rocketChat: 'apps/meteor/app/statistics/server/lib/getContactVerificationStatistics.ts',
    reads: [contactQueries.findContacts, settingsQueries.findStatisticsSettings],
    compute: contactVerificationStatistics,
    wire: { current: 'contactVerification' } as const,
  }),
};
