import { engagementEndpoints } from '../../src/rest/engagement-endpoints';
import type { HttpAnswer } from '../helpers/harness';
import { startHarness, type Harness } from '../helpers/harness';
import { openApi, openApiErrors } from '../rest/openapi-validator';
import { buildEngagementWorkspace, lastWeek, now, type EngagementWorkspace } from './engagement-workspace';

let h: Harness;
let w: EngagementWorkspace;

beforeAll(async () => {
  h = await startHarness({ clock: () => now.getTime() });
  w = await buildEngagementWorkspace(h.db);
});
afterAll(() => h.close());

const documentPath = (path: string) => `/api/v1/engagement-dashboard/${path}`;
const rest = (path: string, params: Record<string, string>, headers = w.admin.headers) =>
  h.rest(`${documentPath(path)}?${new URLSearchParams(params)}`, headers);
/** The busier-times endpoints read only start; the others a period. */
const takesPeriod = (path: string) => !path.startsWith('users/chat-busier/');
const paramsOf = (path: string) => (takesPeriod(path) ? lastWeek : { start: '2026-11-20T03:00:00.000Z' });
const paths = engagementEndpoints.map((route) => route.path);

/** The body's one list (days, month, week, hours, origins, channels), so a check on an empty list cannot pass unseen. */
const listOf = (json: Record<string, unknown>) => Object.values(json).find(Array.isArray) as unknown[];

describe("engagement bodies against Rocket.Chat's schemas (src/rest/engagement-openapi.json)", () => {
  it('docs/openapi.json documents exactly the nine engagement routes, each with its 200, 400, 401 and 403', () => {
    const documented = Object.keys(openApi.paths).filter((path) => path.startsWith('/api/v1/engagement-dashboard/'));
    expect(documented.sort()).toEqual(paths.map(documentPath).sort());
    expect(paths).toHaveLength(9);
    for (const path of documented) {
      const operation = openApi.paths[path].get;
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403']));
      expect(operation.security).toEqual([{ userId: [], authToken: [] }]);
      const names = operation.parameters.map((parameter: { $ref: string }) => openApi.components.parameters[parameter.$ref.split('/').pop()!].name);
      expect(names).toEqual(takesPeriod(path.replace('/api/v1/engagement-dashboard/', '')) ? expect.arrayContaining(['start', 'end']) : ['start']);
    }
  });

  it.each(paths)('%s: the 200 body on the constructed workspace', async (path) => {
    const answer = await rest(path, paramsOf(path));
    expect(answer.status).toBe(200);
    expect(listOf(answer.json).length).toBeGreaterThan(0);
    expect(openApiErrors(documentPath(path), answer)).toEqual([]);
  });

  it('channels/list: a page of a direct message (no name, its usernames) and a room with messages only in the previous period', async () => {
    for (const params of [
      { ...lastWeek, offset: '1', count: '1' },
      { ...lastWeek, offset: '2' },
    ]) {
      const answer = await rest('channels/list', params);
      expect(answer.json.channels).toHaveLength(1);
      expect(openApiErrors(documentPath('channels/list'), answer)).toEqual([]);
    }
  });

  it.each(paths)('%s: 401 without a login, 403 without view-engagement-dashboard', async (path) => {
    const unauthenticated = await rest(path, paramsOf(path), {});
    expect(unauthenticated.status).toBe(401);
    expect(openApiErrors(documentPath(path), unauthenticated)).toEqual([]);
    const forbidden = await rest(path, paramsOf(path), w.statisticsViewer.headers);
    expect(forbidden.status).toBe(403);
    expect(openApiErrors(documentPath(path), forbidden)).toEqual([]);
  });

  it.each(paths)("%s: 400 for a date that is not toISOString's, a missing one, and the gateway's own bad parameters", async (path) => {
    const badDate = await rest(path, { ...paramsOf(path), start: '2026-11-13T00:00:00Z' });
    expect(badDate.json).toEqual({ success: false, error: 'Match error: Failed Match.Where validation in field start' });
    const missing = await rest(path, {});
    expect(missing.json).toEqual({ success: false, error: "Match error: Missing key 'start'" });
    const answers = [badDate, missing];
    if (takesPeriod(path)) answers.push(await rest(path, { start: lastWeek.end, end: lastWeek.start }));
    if (path === 'channels/list') answers.push(await rest(path, { ...lastWeek, count: 'many' }));
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(openApiErrors(documentPath(path), answer)).toEqual([]);
    }
  });

  it('the kept schemas refuse what Rocket.Chat does not answer, though Rocket.Chat-Open-API would allow it', () => {
    const body = (status: number, json: unknown): HttpAnswer => ({ status, json, headers: {}, text: '' });
    // Rocket.Chat-Open-API: usernames of objects; Rocket.Chat's code: of strings.
    const objectUsernames = { channels: [{ t: 'd', messages: 2, usernames: [{ username: 'alice' }] }], success: true };
    expect(openApiErrors(documentPath('messages/top-five-popular-channels'), body(200, objectUsernames))).not.toEqual([]);
    // Rocket.Chat-Open-API's example for weekly-data is new-users' body.
    const exampleShape = { days: [{ day: '2023-02-01T00:00:00.000Z', users: 1 }], period: { count: 27, variation: 27 }, success: true };
    expect(openApiErrors(documentPath('users/chat-busier/weekly-data'), body(200, exampleShape))).not.toEqual([]);
    // A field Rocket.Chat never writes, a day that is not a date, a missing total.
    expect(openApiErrors(documentPath('messages/origin'), body(200, { origins: [{ t: 'c', messages: 1, rid: 'general' }], success: true }))).not.toEqual([]);
    expect(
      openApiErrors(documentPath('users/new-users'), body(200, { ...exampleShape, yesterday: { count: 0, variation: 0 }, days: [{ day: 'Feb 1', users: 1 }] })),
    ).not.toEqual([]);
    expect(openApiErrors(documentPath('channels/list'), body(200, { channels: [], count: 0, offset: 0, success: true }))).not.toEqual([]);
    expect(openApiErrors(documentPath('users/active-users'), body(403, { success: true }))).not.toEqual([]);
  });
});
