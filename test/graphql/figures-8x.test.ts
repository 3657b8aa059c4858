import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { expected8xFigures, insert8xWorkspace } from '../helpers/rocketchat-8x-workspace';
import { startHarness, type Harness } from '../helpers/harness';
import { daysAgo } from '../helpers/sessions-workspace';

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  h = await startHarness({ config: { restFormat: 'current' } });
  admin = await insertAdmin(h.db);
  await insert8xWorkspace(h.db);
});
afterAll(() => h.close());

/** The GraphQL selection of an expected value: nested objects select their keys, lists their items' keys. */
function selectionOf(expected: unknown): string {
  if (Array.isArray(expected)) return expected.length > 0 ? selectionOf(expected[0]) : '';
  if (expected === null || typeof expected !== 'object') return '';
  return `{ ${Object.entries(expected)
    .map(([key, value]) => (isJson(key) ? key : `${key} ${selectionOf(value)}`))
    .join(' ')} }`;
}
/** Figures of the JSON scalar: selected without a sub-selection. */
const isJson = (key: string) => ['yesterday', 'lastWeek', 'lastMonth', 'webRTCCalls', 'contactVerification', 'services', 'videoConf'].includes(key);

async function statistics(selection: string) {
  const answer = await h.graphql(`{ statistics(refresh: true) { ${selection} } }`, { headers: admin.headers });
  expect(answer.json.errors).toBeUndefined();
  return answer.json.data.statistics;
}

describe('every figure Rocket.Chat 8.x added, on a workspace built to tell them apart', () => {
  it.each(Object.entries(expected8xFigures))('%s', async (name, expected) => {
    expect((await statistics(isJson(name) ? name : `${name} ${selectionOf(expected)}`))[name]).toEqual(expected);
  });
});

describe('the current REST format carries them under Rocket.Chat 8.x keys', () => {
  it('nests and names them as IStats does', async () => {
    const body = (await h.rest('/api/v1/statistics?refresh=true', admin.headers)).json;
    expect(body).toMatchObject({
      totalLivechatVisitors: 3,
      archivedDepartments: 1,
      BusinessHours: { total: 2, strategy: 'true' },
      omnichannelSources: [
        { type: 'widget', count: 2 },
        { id: 'inbox1', alias: 'Support', type: 'email', count: 1 },
      ],
      teams: { totalTeams: 2, totalRoomsInsideTeams: 3, totalDefaultRoomsInsideTeams: 1 },
      integrations: { totalIntegrations: 4, totalIncomingActive: 1 },
      userLanguages: { none: 8, de: 2, 'pt-BR': 1 },
      apps: { engineVersion: '1.50.0', totalInstalled: 3, totalActive: 2, totalFailed: false },
      push: 5,
      wizard: { organizationType: 'community', registerServer: true },
      importer: { totalCSVImportedUsers: 12 },
      settings: { e2ee: { e2e: true }, email: { smtp: { smtpHost: 'smtp.example.org' } }, general: { apps: {} } },
      uniqueUsersOfLastMonth: expected8xFigures.sessions.uniqueUsers.lastMonth,
      uniqueDevicesOfYesterday: expected8xFigures.sessions.uniqueDevices.yesterday,
      uniqueOSOfLastWeek: expected8xFigures.sessions.uniqueOS.lastWeek,
      tag: '8.3.8',
      enterpriseReady: true,
    });
    expect(body.settings.cannedResponses).toBeUndefined();
  });
});

describe('a workspace without omnichannel, apps, teams or a Rocket.Chat snapshot', () => {
  beforeAll(async () => {
    for (const { name } of await h.db.listCollections().toArray()) {
      if (name !== 'users' && name !== 'rocketchat_permissions') await h.db.collection(name).drop();
    }
  });

  it("answers Rocket.Chat's zeros, never an error", async () => {
    const s = await statistics(
      'omnichannel { totalVisitors departments archivedDepartments sources { type } chatsOnHold enabled routingAlgorithm } teams { totalTeams totalRoomsInsideTeams } integrations { totalIntegrations } totalLinkInvitationUses apps { totalInstalled } tag sessions { uniqueUsers { lastMonth } } push { settingsBitmask } videoConf',
    );
    expect(s).toEqual({
      omnichannel: { totalVisitors: 0, departments: 0, archivedDepartments: 0, sources: [], chatsOnHold: 0, enabled: false, routingAlgorithm: '' },
      teams: { totalTeams: 0, totalRoomsInsideTeams: 0 },
      integrations: { totalIntegrations: 0 },
      totalLinkInvitationUses: 0,
      apps: { totalInstalled: null },
      tag: null,
      // No rocketchat_sessions: Rocket.Chat's empty window.
      sessions: { uniqueUsers: { lastMonth: { ...daysAgo(1), data: [] } } },
      push: { settingsBitmask: 0 },
      videoConf: {
        videoConference: { started: 0, ended: 0 },
        direct: { calling: 0, started: 0, ended: 0 },
        livechat: { started: 0, ended: 0 },
        settings: {},
      },
    });
  });
});
