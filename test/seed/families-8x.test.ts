import type { Document } from 'mongodb';
import { credentialsFor } from '../../src/seed/credentials';
import { generateMessages } from '../../src/seed/messages';
import { presetOptions } from '../../src/seed/options';
import { planRooms } from '../../src/seed/room-plan';
import { generateRooms } from '../../src/seed/rooms';
import { generateUsers, userProfileAt } from '../../src/seed/users';
import { seedWorkspace, type SeedResult } from '../../src/seed/insert';
import { startHarness, type Harness } from '../helpers/harness';
import { collectWorkspace, countBy } from './workspace-documents';

// The `small` preset holds every 8.x figure family, and the gateway counts in the database what a
// reader of the generated documents counts.
const options = presetOptions('small');
const docs = collectWorkspace(options);
let h: Harness;
let seeded: SeedResult;

beforeAll(async () => {
  h = await startHarness();
  seeded = await seedWorkspace(h.db, options);
}, 300_000);
afterAll(() => h.close());

const where = (items: Document[], test: (item: Document) => boolean) => items.filter(test).length;
const users = docs.users;
const rooms = docs.rocketchat_room;
const messages = docs.rocketchat_message;
const livechatRooms = rooms.filter((r) => r.t === 'l');
const integrations = docs.rocketchat_integrations;
const roomsWith = (test: (m: Document) => boolean) => new Set(messages.filter(test).map((m) => m.rid)).size;
const starred = (m: Document) => Array.isArray(m.starred) && m.starred.length > 0;

/** The 8.x figures as a reader of the generated documents computes them (docs/figures.md). */
const expected = {
  omnichannel: {
    totalVisitors: docs.rocketchat_livechat_visitor.length,
    totalAgents: where(users, (u) => u.roles.includes('livechat-agent')),
    totalManagers: where(users, (u) => u.roles.includes('livechat-manager')),
    departments: docs.rocketchat_livechat_department.length,
    archivedDepartments: where(docs.rocketchat_livechat_department, (d) => d.archived === true),
    roomsWithDepartment: where(livechatRooms, (r) => r.departmentId !== undefined),
    totalCustomFields: docs.rocketchat_livechat_custom_field.length,
    totalPublicCustomFields: where(docs.rocketchat_livechat_custom_field, (f) => f.public === true),
    totalTriggers: docs.rocketchat_livechat_trigger.length,
    emailInboxes: docs.rocketchat_email_inbox.length,
    businessHours: docs.rocketchat_livechat_business_hours.length,
    sources: Object.entries(countBy(livechatRooms, (r) => r.source?.type)).map(([type, count]) => ({ type, count })),
    chatsOnHold: roomsWith((m) => m.t === 'omnichannel_placed_chat_on_hold'),
  },
  teams: {
    totalTeams: docs.rocketchat_team.length,
    totalRoomsInsideTeams: where(rooms, (r) => r.teamId !== undefined && r.teamMain !== true),
    totalDefaultRoomsInsideTeams: where(rooms, (r) => r.teamId !== undefined && r.teamDefault === true && r.teamMain !== true),
  },
  integrations: {
    totalIntegrations: integrations.length,
    totalIncoming: where(integrations, (i) => i.type === 'webhook-incoming'),
    totalIncomingActive: where(integrations, (i) => i.type === 'webhook-incoming' && i.enabled === true),
    totalOutgoing: where(integrations, (i) => i.type === 'webhook-outgoing'),
    totalOutgoingActive: where(integrations, (i) => i.type === 'webhook-outgoing' && i.enabled === true),
    totalWithScriptEnabled: where(integrations, (i) => i.scriptEnabled === true),
  },
  totalBroadcastRooms: where(rooms, (r) => r.broadcast === true),
  totalE2ERooms: where(rooms, (r) => r.encrypted === true),
  totalRoomsWithStarred: roomsWith(starred),
  totalStarred: where(messages, starred),
  totalEncryptedMessages: where(messages, (m) => m.t === 'e2e'),
  totalUserTOTP: where(users, (u) => u.active && u.services.totp?.enabled === true),
  totalUserEmail2fa: where(users, (u) => u.active && u.services.email2fa?.enabled === true),
  totalSubscriptionRoles: where(docs.rocketchat_roles, (r) => r.scope === 'Subscriptions'),
  totalUserRoles: where(docs.rocketchat_roles, (r) => r.scope === 'Users'),
  totalCustomRoles: where(docs.rocketchat_roles, (r) => r.protected === false),
  totalLinkInvitation: docs.rocketchat_invites.length,
  totalLinkInvitationUses: docs.rocketchat_invites.reduce((sum, invite) => sum + invite.uses, 0),
  pushQueue: docs.rocketchat_notification_queue.length,
  sessions: {
    dailyPeakConnections: docs.rocketchat_statistics[0].dailyPeakConnections,
    maxMonthlyPeakConnections: docs.rocketchat_statistics[0].maxMonthlyPeakConnections,
  },
};

const selection = `omnichannel { ${Object.keys(expected.omnichannel)
  .map((key) => (key === 'sources' ? 'sources { type count }' : key))
  .join(' ')} }
  teams { ${Object.keys(expected.teams).join(' ')} } integrations { ${Object.keys(expected.integrations).join(' ')} }
  ${Object.keys(expected)
    .filter((key) => !['omnichannel', 'teams', 'integrations', 'sessions'].includes(key))
    .join(' ')}
  sessions { dailyPeakConnections maxMonthlyPeakConnections } userLanguages { language users } tag branch msEnabled`;

/** Every count of a family, nested or not. */
function countsOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => countsOf(item.count));
  return value && typeof value === 'object' ? Object.values(value).flatMap(countsOf) : [];
}

describe('the small preset holds every 8.x family', () => {
  it('in these numbers, none of them zero', () => {
    expect(countsOf(expected).filter((count) => count === 0)).toEqual([]);
    expect(expected).toEqual({
      omnichannel: {
        totalVisitors: 213,
        totalAgents: 21,
        totalManagers: 6,
        departments: 10,
        archivedDepartments: 3,
        roomsWithDepartment: 11,
        totalCustomFields: 8,
        totalPublicCustomFields: 5,
        totalTriggers: 4,
        emailInboxes: 3,
        businessHours: 3,
        sources: [{ type: 'widget', count: 13 }],
        chatsOnHold: 2,
      },
      teams: { totalTeams: 11, totalRoomsInsideTeams: 27, totalDefaultRoomsInsideTeams: 8 },
      integrations: { totalIntegrations: 10, totalIncoming: 7, totalIncomingActive: 5, totalOutgoing: 3, totalOutgoingActive: 3, totalWithScriptEnabled: 1 },
      totalBroadcastRooms: 4,
      totalE2ERooms: 24,
      totalRoomsWithStarred: 87,
      totalStarred: 291,
      totalEncryptedMessages: 1819,
      totalUserTOTP: 59,
      totalUserEmail2fa: 87,
      totalSubscriptionRoles: 5,
      totalUserRoles: 9,
      totalCustomRoles: 4,
      totalLinkInvitation: 50,
      totalLinkInvitationUses: 500,
      pushQueue: 100,
      sessions: { dailyPeakConnections: 33, maxMonthlyPeakConnections: 73 },
    });
    // Inactive users with TOTP exist, so the figure's `active` filter is exercised.
    expect(where(users, (u) => !u.active && u.services.totp?.enabled === true)).toBeGreaterThan(0);
  });

  it('and the gateway counts them in the database as the documents tell', async () => {
    const headers = { 'x-user-id': seeded.admin.userId, 'x-auth-token': seeded.admin.authToken };
    const answer = await h.graphql(`{ statistics(refresh: true) { ${selection} } }`, { headers });
    expect(answer.json.errors).toBeUndefined();
    const { userLanguages, tag, branch, msEnabled, ...figures } = answer.json.data.statistics;
    expect({ ...figures, omnichannel: { ...figures.omnichannel, sources: [...figures.omnichannel.sources] } }).toEqual(expected);
    const languages = countBy(users, (u) => u.language ?? 'none');
    expect(Object.fromEntries(userLanguages.map((l: { language: string; users: number }) => [l.language, l.users]))).toEqual(languages);
    expect(Object.keys(languages).length).toBeGreaterThan(3);
    expect([tag, branch, msEnabled]).toEqual(['6.12.0', 'release-6.12.0', false]);
  });

  it("holds user_daily sessions the gateway's windows read, relative to the day of the seed", async () => {
    const headers = { 'x-user-id': seeded.admin.userId, 'x-auth-token': seeded.admin.authToken };
    const answer = await h.graphql('{ statistics(refresh: true) { sessions { uniqueUsers { yesterday lastWeek } uniqueDevices { lastMonth } } } }', {
      headers,
    });
    expect(answer.json.errors).toBeUndefined();
    const { uniqueUsers, uniqueDevices } = answer.json.data.statistics.sessions;
    // The seeded days follow the day of the seed: read them back and count them as Sessions.ts does (UTC days).
    const daily = await h.db.collection('rocketchat_sessions').find({ type: 'user_daily' }).toArray();
    const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
    const daysAgo = (d: { year: number; month: number; day: number }) => (today - Date.UTC(d.year, d.month - 1, d.day)) / 86_400_000;
    const within = (days: number) => daily.filter((d) => daysAgo(d as never) >= 1 && daysAgo(d as never) <= days);
    const users = (days: number) => new Set(within(days).map((d) => d.userId)).size;
    const sum = (days: number, field: string) => within(days).reduce((total, d) => total + d[field], 0);
    expect(users(1)).toBeGreaterThan(0);
    expect(uniqueUsers.yesterday.data[0]).toMatchObject({ count: users(1), sessions: sum(1, 'sessions'), time: sum(1, 'time') });
    expect(uniqueUsers.lastWeek.data[0]).toMatchObject({ count: users(7), sessions: sum(7, 'sessions'), time: sum(7, 'time') });
    expect(users(7)).toBeGreaterThan(users(1));
    expect(uniqueDevices.lastMonth.data.length).toBeGreaterThan(3);
  });

  it("only adds fields to the users, rooms and messages drawn before, and changes none they had but e2e and on-hold messages' type and text", () => {
    const credentials = credentialsFor(options.seed);
    const profiles = Array.from({ length: options.users }, (_, index) => userProfileAt(options.seed, index, credentials));
    const plans = planRooms(options.seed, options.rooms, options.messages, profiles);
    /** The fields of `before` that `after` holds otherwise, by name. */
    const changed = (before: Document[], after: Document[]) => {
      expect(after.length).toBe(before.length);
      const fields: Record<string, number> = {};
      before.forEach((document, i) => {
        for (const key of Object.keys(document)) {
          if (JSON.stringify(document[key]) !== JSON.stringify(after[i][key])) fields[key] = (fields[key] ?? 0) + 1;
        }
      });
      return fields;
    };
    const baseUsers = [...generateUsers(options.seed, options.users, credentials)];
    expect(changed(baseUsers, users)).toEqual({ roles: 6, services: 62 });
    baseUsers.forEach((user, i) => {
      expect(users[i].roles.slice(0, user.roles.length)).toEqual(user.roles);
      const { totp, ...services } = users[i].services;
      expect([services, totp === undefined || totp.enabled === true]).toEqual([user.services, true]);
    });
    expect(changed([...generateRooms(plans, profiles)], rooms)).toEqual({});
    const baseMessages = [...generateMessages(options.seed, plans, profiles)];
    expect(changed(baseMessages, messages)).toEqual({ msg: 1821 });
    expect(
      countBy(
        messages.filter((m, i) => m.t !== baseMessages[i].t),
        (m) => m.t,
      ),
    ).toEqual({ e2e: 1819, omnichannel_placed_chat_on_hold: 2 });
  });
});
