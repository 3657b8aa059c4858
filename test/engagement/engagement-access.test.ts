import { startHarness, type Harness } from '../helpers/harness';
import { buildEngagementWorkspace, lastWeek, now, type EngagementWorkspace } from './engagement-workspace';

let h: Harness;
let w: EngagementWorkspace;

beforeAll(async () => {
  h = await startHarness({ clock: () => now.getTime() });
  w = await buildEngagementWorkspace(h.db);
});
afterAll(() => h.close());

const newUsers = (params: string, headers = w.admin.headers) => h.rest(`/api/v1/engagement-dashboard/users/new-users?${params}`, headers);
const period = new URLSearchParams(lastWeek).toString();

describe('engagement endpoints: who may ask, and with what', () => {
  it('no login: 401; without view-engagement-dashboard: 403 in Rocket.Chat words, on REST and GraphQL', async () => {
    expect(await newUsers(period, {})).toMatchObject({ status: 401, json: { success: false, error: 'You must be logged in to do this.' } });
    const denied = await newUsers(period, w.statisticsViewer.headers);
    expect(denied.status).toBe(403);
    expect(denied.json).toEqual({ success: false, error: 'User does not have the permissions required for this action [error-unauthorized]' });
    const graphql = await h.graphql('query ($s: DateTime!, $e: DateTime!) { engagement(start: $s, end: $e) { newUsers { period { count } } } }', {
      variables: { s: lastWeek.start, e: lastWeek.end },
      headers: w.statisticsViewer.headers,
    });
    expect(graphql.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(graphql.json.errors[0].message).toContain('view-engagement-dashboard');
  });

  it("dates other than toISOString's: Rocket.Chat's Match error", async () => {
    expect(await newUsers('start=2026-11-13T00:00:00Z&end=2026-11-20T23:59:59.999Z')).toMatchObject({
      status: 400,
      json: { success: false, error: 'Match error: Failed Match.Where validation in field start' },
    });
    expect((await newUsers('start=2026-11-13T00:00:00.000Z')).json).toEqual({ success: false, error: "Match error: Missing key 'end'" });
    expect((await newUsers('start=yesterday&end=today')).status).toBe(400);
    expect((await newUsers(`${period}&start=${lastWeek.start}`)).json.error).toBe('Match error: Failed Match.Where validation in field start');
  });

  it('a period ending before it starts, or too long, and a bad page: 400 saying what to change', async () => {
    const reversed = await newUsers(`start=${lastWeek.end}&end=${lastWeek.start}`);
    expect(reversed).toMatchObject({ status: 400, json: { success: false, error: 'end must not be before start.', errorType: 'error-invalid-params' } });
    const long = await newUsers('start=2024-01-01T00:00:00.000Z&end=2026-01-01T00:00:00.000Z');
    expect(long.json.error).toContain('at most 400 days');
    const page = await h.rest(`/api/v1/engagement-dashboard/channels/list?${period}&count=-1`, w.admin.headers);
    expect(page).toMatchObject({ status: 400, json: { errorType: 'error-invalid-params' } });
    expect(page.json.error).toContain('count');
  });
});
