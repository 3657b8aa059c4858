import { startHarness, type Harness } from '../helpers/harness';
import { buildEngagementWorkspace, now, type EngagementWorkspace } from './engagement-workspace';

let h: Harness;
let w: EngagementWorkspace;

beforeAll(async () => {
  // The admin's login is looked up once, by the first request (a slow machine must not see it again).
  h = await startHarness({ clock: () => now.getTime(), config: { authCacheTtlMs: 300_000 } });
  w = await buildEngagementWorkspace(h.db);
});
afterAll(() => h.close());

const everything = `query ($start: DateTime!, $end: DateTime!) { engagement(start: $start, end: $end) {
  newUsers { period { count } } messagesSent { period { count } } activeUsers { users } usersByHour { users }
  busiestHours { users } busiestDays { users } messageOrigins { messages } topChannels { messages } channels { total } } }`;
/**
 * Today's queries: messages, new users, daily sessions, logins; the busiest hours' window (the 24 h
 * before end) also takes the last moments of yesterday, a slice of a day that is not kept; and the join of rooms.
 */
const todayOnly = [
  'aggregate rocketchat_message',
  'aggregate users',
  'find rocketchat_room',
  'find rocketchat_sessions',
  'find rocketchat_sessions',
  'find rocketchat_sessions',
].sort();
const last30Days = { start: '2026-10-21T00:00:00.000Z', end: '2026-11-20T23:59:59.999Z' };

async function commandsOf() {
  h.dbCommands();
  const answer = await h.graphql(everything, { variables: last30Days, headers: w.admin.headers });
  expect(answer.json.errors).toBeUndefined();
  return h.dbCommands().map((command) => `${command.name} ${command.collection}`);
}

describe('past days are kept', () => {
  it('asked again (after the reuse window), a 30-day period sends only the queries of today and the room join', async () => {
    const first = await commandsOf();
    // 31 days and the 32 before them for messages and new users, 31 (and the week) for sessions, a read and a write of the kept days per family.
    // Messages day by day; new users in three runs of 21 days; daily sessions in one run of 31 days;
    // logins in one run of 31 days and the slice of yesterday at the busiest hours' start.
    expect(first.filter((c) => c === 'aggregate rocketchat_message')).toHaveLength(63);
    expect(first.filter((c) => c === 'update gateway_engagement_days')).toHaveLength(4);
    expect(first.filter((c) => c !== 'aggregate rocketchat_message').sort()).toEqual(
      [
        ...['find users', 'find rocketchat_permissions'], // the admin's login
        ...Array(4).fill('find gateway_engagement_days'),
        ...Array(3).fill('find users'),
        ...Array(3).fill('find rocketchat_sessions'),
        ...Array(4).fill('update gateway_engagement_days'),
        'find rocketchat_room',
      ].sort(),
    );
    h.gateway.services.figureCache.clear();
    expect((await commandsOf()).sort()).toEqual(todayOnly);
  });

  it('a gateway with an empty memory reads the kept days once per family from its own collection', async () => {
    h.gateway.services.figureCache.clear();
    h.gateway.services.keptDays.forgetMemory();
    const commands = await commandsOf();
    expect(commands.filter((c) => c === 'find gateway_engagement_days')).toHaveLength(4);
    expect(commands.filter((c) => !c.endsWith('gateway_engagement_days')).sort()).toEqual(todayOnly);
  });
});

describe('a first request reads runs of days', () => {
  const activeUsersCommands = async () => {
    h.dbCommands();
    const answer = await h.rest(`/api/v1/engagement-dashboard/users/active-users?${new URLSearchParams(last30Days)}`, w.admin.headers);
    expect(answer.status).toBe(200);
    return h.dbCommands().map((command) => `${command.name} ${command.collection}`);
  };

  it('users/active-users for 30 days, nothing kept: one read of the kept days, one query of the 31 days, one write; then only today', async () => {
    await h.db.collection('gateway_engagement_days').deleteMany({});
    h.gateway.services.keptDays.forgetMemory();
    h.gateway.services.figureCache.clear();
    // 31 days (today among them, answered and not kept) in one range query instead of 31 finds.
    expect(await activeUsersCommands()).toEqual(['find gateway_engagement_days', 'find rocketchat_sessions', 'update gateway_engagement_days']);
    expect(await h.db.collection('gateway_engagement_days').countDocuments({ family: 'activeUsers' })).toBe(30);
    h.gateway.services.figureCache.clear();
    // Today alone, by its own day query.
    expect(await activeUsersCommands()).toEqual(['find rocketchat_sessions']);
  });
});
