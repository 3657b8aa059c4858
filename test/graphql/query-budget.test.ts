import { print } from 'graphql';
import { LiveStatisticsDocument } from '../../src/generated/operations';
import { allFigures, queryNames, type QueryName } from '../../src/figures/catalog';
import { statisticsPath } from '../../src/figures/figure';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { insertFiguresWorkspace } from '../helpers/figures-workspace';
import { startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let admin: TestCredentials;

beforeAll(async () => {
  // A long auth cache: after the warm-up, only statistics queries reach the database.
  h = await startHarness({ config: { authCacheTtlMs: 120_000, statisticsTtlMs: 60_000 } });
  admin = await insertAdmin(h.db);
  await insertFiguresWorkspace(h.db, new Date());
  await h.graphql('{ statistics { gateway { version } } }', { headers: admin.headers });
});
afterAll(() => h.close());

/** Runs a query and returns the database commands it sent. */
async function commandsOf(query: string, variables?: Record<string, unknown>) {
  h.dbCommands();
  const answer = await h.graphql(query, { headers: admin.headers, variables });
  expect(answer.json.errors).toBeUndefined();
  return h.dbCommands();
}

type Command = { name: string; collection: string | undefined };
/** One figure of each query family, the command that family sends, how many times (once unless said), and any other command it sends. */
const oneFigurePerFamily: Record<QueryName, [figure: string, command: string, collection: string | undefined, times?: number, others?: Command[]]> = {
  countAllUsers: ['totalUsers', 'count', 'users'],
  countUsersByStatus: ['busyUsers', 'aggregate', 'users'],
  countUsersByStatusConnection: ['legacy { onlineUsers }', 'aggregate', 'users'],
  countActiveLocalUsers: ['activeUsers', 'aggregate', 'users'],
  countActiveUsersOfAnyType: ['legacy { activeUsers }', 'aggregate', 'users'],
  countInactiveUsers: ['nonActiveUsers', 'aggregate', 'users'],
  countActiveGuests: ['activeGuests', 'aggregate', 'users'],
  countAppUsers: ['appUsers', 'aggregate', 'users'],
  findLastLogin: ['lastLogin', 'find', 'users'],
  countAllRooms: ['totalRooms', 'count', 'rocketchat_room'],
  // Four groupings of one accumulator each (rooms and Σ msgs, of top-level rooms and of discussions):
  // answers of constant size, where one grouping would need the msgs values in its key (src/queries/rooms.ts).
  countRoomsByType: ['totalDirectMessages', 'aggregate', 'rocketchat_room', 4],
  countAllMessages: ['legacy { totalMessages }', 'count', 'rocketchat_message'],
  countThreads: ['totalThreads', 'aggregate', 'rocketchat_message'],
  countPinnedMessages: ['totalPinned', 'aggregate', 'rocketchat_message'],
  findLastMessageSentAt: ['lastMessageSentAt', 'find', 'rocketchat_message'],
  findLastSeenSubscription: ['lastSeenSubscription', 'find', 'rocketchat_subscription'],
  countUploads: ['uploadsTotal', 'count', 'rocketchat_uploads'],
  sumUploadSizes: ['uploadsTotalSize', 'aggregate', 'rocketchat_uploads'],
  findMigrationControl: ['migration { version }', 'find', 'migrations'],
  findRocketChatBuild: ['version', 'find', 'rocketchat_statistics'],
  findMongoServerFacts: ['mongoVersion', 'serverStatus', undefined],
  findInstances: ['instanceCount', 'find', 'instances'],
  countBroadcastRooms: ['totalBroadcastRooms', 'aggregate', 'rocketchat_room'],
  countEncryptedRooms: ['totalE2ERooms', 'aggregate', 'rocketchat_room'],
  countRoomsWithPinned: ['totalRoomsWithPinned', 'aggregate', 'rocketchat_message'],
  countRoomsWithStarred: ['totalRoomsWithStarred', 'aggregate', 'rocketchat_message'],
  countStarredMessages: ['totalStarred', 'aggregate', 'rocketchat_message'],
  countEncryptedMessages: ['totalEncryptedMessages', 'aggregate', 'rocketchat_message'],
  countUsersWithTotp: ['totalUserTOTP', 'aggregate', 'users'],
  countUsersWithEmail2fa: ['totalUserEmail2fa', 'aggregate', 'users'],
  countSubscriptionRoles: ['totalSubscriptionRoles', 'aggregate', 'rocketchat_roles'],
  countUserRoles: ['totalUserRoles', 'aggregate', 'rocketchat_roles'],
  countCustomRoles: ['totalCustomRoles', 'aggregate', 'rocketchat_roles'],
  countInvites: ['totalLinkInvitation', 'count', 'rocketchat_invites'],
  sumInviteUses: ['totalLinkInvitationUses', 'aggregate', 'rocketchat_invites'],
  countPushQueue: ['pushQueue', 'count', 'rocketchat_notification_queue'],
  countUsersByLanguage: ['userLanguages { language users }', 'aggregate', 'users'],
  countTeams: ['teams { totalTeams }', 'count', 'rocketchat_team'],
  countRoomsInsideTeams: ['teams { totalRoomsInsideTeams }', 'aggregate', 'rocketchat_room'],
  countDefaultRoomsInsideTeams: ['teams { totalDefaultRoomsInsideTeams }', 'aggregate', 'rocketchat_room'],
  findIntegrations: ['integrations { totalIntegrations }', 'find', 'rocketchat_integrations'],
  countLivechatVisitors: ['omnichannel { totalVisitors }', 'count', 'rocketchat_livechat_visitor'],
  countLivechatAgents: ['omnichannel { totalAgents }', 'aggregate', 'users'],
  countLivechatManagers: ['omnichannel { totalManagers }', 'aggregate', 'users'],
  countDepartments: ['omnichannel { departments }', 'count', 'rocketchat_livechat_department'],
  countArchivedDepartments: ['omnichannel { archivedDepartments }', 'aggregate', 'rocketchat_livechat_department'],
  countLivechatRoomsWithDepartment: ['omnichannel { roomsWithDepartment }', 'aggregate', 'rocketchat_room'],
  countLivechatRoomsWithPriority: ['omnichannel { roomsWithPriority }', 'aggregate', 'rocketchat_room'],
  countCustomFields: ['omnichannel { totalCustomFields }', 'count', 'rocketchat_livechat_custom_field'],
  countPublicCustomFields: ['omnichannel { totalPublicCustomFields }', 'aggregate', 'rocketchat_livechat_custom_field'],
  countTriggers: ['omnichannel { totalTriggers }', 'count', 'rocketchat_livechat_trigger'],
  countEmailInboxes: ['omnichannel { emailInboxes }', 'count', 'rocketchat_email_inbox'],
  countBusinessHours: ['omnichannel { businessHours }', 'count', 'rocketchat_livechat_business_hours'],
  findStatisticsSettings: ['omnichannel { businessHoursStrategy }', 'find', 'rocketchat_settings'],
  countLivechatRoomsBySource: ['omnichannel { sources { id alias type count } }', 'aggregate', 'rocketchat_room'],
  countChatsOnHold: ['omnichannel { chatsOnHold }', 'aggregate', 'rocketchat_message'],
  countVoipRooms: ['voip { calls }', 'aggregate', 'rocketchat_room'],
  countVoipExtensions: ['voip { extensions }', 'aggregate', 'users'],
  countVoipWrapUps: ['voip { successfulCalls }', 'aggregate', 'rocketchat_message'],
  countVoipErrors: ['voip { errorCalls }', 'aggregate', 'rocketchat_message'],
  countVoipRoomsOnHold: ['voip { onHoldCalls }', 'aggregate', 'rocketchat_message'],
  findUserDailySessions: ['sessions { uniqueOS { lastWeek } }', 'find', 'rocketchat_sessions'],
  // videoConf and contactVerification read the statistics settings too: that find is findStatisticsSettings' (see figureAlsoReads).
  countVideoConferencesByKindAndState: ['videoConf', 'aggregate', 'rocketchat_video_conference', 1, [{ name: 'find', collection: 'rocketchat_settings' }]],
  countRoomsWithCalls: ['omnichannel { webRTCCalls }', 'aggregate', 'rocketchat_room'],
  findContactRooms: ['omnichannel { uniqueContactsOfLastWeek }', 'find', 'rocketchat_room'],
  findContacts: ['omnichannel { contactVerification }', 'find', 'rocketchat_livechat_contact', 1, [{ name: 'find', collection: 'rocketchat_settings' }]],
  // The custom OAuth services are named by the statistics settings: their read comes first, then one grouping of the users.
  countUsersByLoginService: ['services', 'aggregate', 'users', 1, [{ name: 'find', collection: 'rocketchat_settings' }]],
};
/** Families whose figure also reads another family's query: its `others` are not the family's own commands. */
const figureAlsoReads = new Set<QueryName>(['countVideoConferencesByKindAndState', 'findContacts', 'countUsersByLoginService']);
/** The commands one figure of the family sends. */
const commandsOfFamily = ([, name, collection, times = 1, others = []]: (typeof oneFigurePerFamily)[QueryName]): Command[] => [
  ...Array.from({ length: times }, () => ({ name, collection })),
  ...others,
];

describe('query budgets (database commands per request)', () => {
  const sortKey = (c: Command) => `${c.collection}/${c.name}`;
  it.each(Object.entries(oneFigurePerFamily))('one figure of family %s sends exactly its commands', async (_family, entry) => {
    const sent = await commandsOf(`{ statistics(refresh: true) { ${entry[0]} } }`);
    expect(sent.map(sortKey).sort()).toEqual(commandsOfFamily(entry).map(sortKey).sort());
  });

  // The declarations are honest: a figure sends the commands of the queries it says it reads, and no
  // other. A query of several commands lists them all, separated by '; '.
  const selectionOf = (path: string, selection = ''): string =>
    path.includes('.') ? `${path.slice(0, path.indexOf('.'))} { ${selectionOf(path.slice(path.indexOf('.') + 1), selection)} }` : `${path} ${selection}`;
  const collectionOf = (command: string) => (/^[a-z_]+\./.test(command) ? command.slice(0, command.indexOf('.')) : undefined);
  it.each(allFigures.map((figure) => [statisticsPath(figure), figure] as const))('%s sends the commands of the queries it declares', async (path, figure) => {
    const declared = figure.reads.flatMap((source) => (source.kind === 'database' ? source.command.split('; ').map(collectionOf) : []));
    const sent = (await commandsOf(`{ statistics(refresh: true) { ${selectionOf(path, figure.selection)} } }`)).map((command) => command.collection);
    expect(sent.sort()).toEqual(declared.sort());
  });

  it('figures of one family share its single command', async () => {
    const commands = await commandsOf('{ statistics(refresh: true) { onlineUsers awayUsers busyUsers offlineUsers totalConnectedUsers } }');
    expect(commands).toEqual([{ name: 'aggregate', collection: 'users' }]);
  });

  it('the whole document sends each family exactly once', async () => {
    const commands = await commandsOf(print(LiveStatisticsDocument), { refresh: true });
    const expected = queryNames.flatMap((family) => {
      const [figure, name, collection, times, others] = oneFigurePerFamily[family];
      return commandsOfFamily([figure, name, collection, times, figureAlsoReads.has(family) ? [] : others]);
    });
    expect(commands.map(sortKey).sort()).toEqual(expected.map(sortKey).sort());
    // Each query once; countRoomsByType sends four commands (one accumulator per grouping).
    expect(commands).toHaveLength(70);
  });

  it('settings figures of every family share one read of rocketchat_settings', async () => {
    const commands = await commandsOf(
      '{ statistics(refresh: true) { uniqueId installedAt cloudWorkspaceId siteUrl fileStoreType settings wizard { industry } omnichannel { enabled } push { settingsBitmask } } }',
    );
    expect(commands).toEqual([{ name: 'find', collection: 'rocketchat_settings' }]);
  });

  it('the login services read the settings the other figures read, once, then group the users', async () => {
    const commands = await commandsOf('{ statistics(refresh: true) { services uniqueId videoConf omnichannel { enabled } } }');
    expect(commands.map(sortKey).sort()).toEqual(['rocketchat_settings/find', 'rocketchat_video_conference/aggregate', 'users/aggregate']);
  });

  it("the nine session windows share one read of the month's user_daily documents", async () => {
    const windows = '{ yesterday lastWeek lastMonth }';
    const commands = await commandsOf(`{ statistics(refresh: true) { sessions { uniqueUsers ${windows} uniqueDevices ${windows} uniqueOS ${windows} } } }`);
    expect(commands).toEqual([{ name: 'find', collection: 'rocketchat_sessions' }]);
  });

  it('host figures cost no command', async () => {
    expect(
      await commandsOf('{ statistics(refresh: true) { os { type cpus { model } } process { pid uptime } deploy { method } gateway { version } } }'),
    ).toEqual([]);
  });

  it('20 concurrent identical requests share one computation', async () => {
    h.gateway.services.figureCache.clear();
    h.dbCommands();
    const query = '{ statistics { totalUsers onlineUsers totalMessages } }';
    const answers = await Promise.all(Array.from({ length: 20 }, () => h.graphql(query, { headers: admin.headers })));
    for (const answer of answers) expect(answer.json.data.statistics).toEqual({ totalUsers: 13, onlineUsers: 3, totalMessages: 35 });
    // One computation of each family read: countAllUsers, countUsersByStatus, and countRoomsByType's four groupings.
    expect(h.dbCommands()).toHaveLength(6);
  });

  it('a repeated request within the cache window sends nothing; refresh: true queries anew', async () => {
    await commandsOf('{ statistics { totalRooms } }');
    expect(await commandsOf('{ statistics { totalRooms } }')).toEqual([]);
    expect(await commandsOf('{ statistics(refresh: true) { totalRooms } }')).toHaveLength(1);
  });
});

describe('a query built from another, with one computation at a time', () => {
  let one: Harness;
  let oneAdmin: TestCredentials;
  beforeAll(async () => {
    one = await startHarness({ config: { authCacheTtlMs: 120_000, maxConcurrentComputations: 1 } });
    oneAdmin = await insertAdmin(one.db);
    await insertFiguresWorkspace(one.db, new Date());
    await one.graphql('{ statistics { gateway { version } } }', { headers: oneAdmin.headers });
  });
  afterAll(() => one.close());

  // The users' grouping waits for the settings outside the queue: in it, it would hold the only place.
  it('answers, the settings read first and once', async () => {
    one.dbCommands();
    const answer = await one.graphql('{ statistics(refresh: true) { services uniqueId } }', { headers: oneAdmin.headers });
    expect(answer.json.errors).toBeUndefined();
    expect(answer.json.data.statistics.services.ldap.users).toEqual(expect.any(Number));
    expect(one.dbCommands()).toEqual([
      { name: 'find', collection: 'rocketchat_settings' },
      { name: 'aggregate', collection: 'users' },
    ]);
  });
});
