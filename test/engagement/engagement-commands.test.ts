import { startHarness, type Harness } from '../helpers/harness';
import { buildEngagementWorkspace, now, type EngagementWorkspace } from './engagement-workspace';

let h: Harness;
let w: EngagementWorkspace;

beforeAll(async () => {
  h = await startHarness({ clock: () => now.getTime() });
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
    expect(first.filter((c) => c === 'aggregate rocketchat_message')).toHaveLength(63);
    expect(first.filter((c) => c === 'update gateway_engagement_days')).toHaveLength(4);
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
