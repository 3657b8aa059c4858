import { insertAdmin, insertMany, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';

// Monthly active contacts and contact verification, on rooms and contacts that tell the windows
// and the counts apart: one visitor in two rooms, a room of this billing month opened 40 days ago, a
// visitor with no activity, a room whose source has an alias; contacts blocked on some or all
// channels, without channels, with conflicts.

let h: Harness;
let admin: TestCredentials;
const hourMs = 3600 * 1000;
const now = new Date();
const period = now.toISOString().slice(0, 7);
const ago = (hours: number) => new Date(now.getTime() - hours * hourMs);

beforeAll(async () => {
  h = await startHarness({ config: { restFormat: 'current' } });
  admin = await insertAdmin(h.db);
  const room = (hours: number, visitor: string, activity: string[] | undefined, source: Record<string, string>, t = 'l') => ({
    t,
    ts: ago(hours),
    v: { _id: visitor, ...(activity ? { activity } : {}) },
    source,
  });
  await insertMany(h.db, 'rocketchat_room', [
    room(2, 'vis1', [period], { type: 'widget' }),
    room(3 * 24, 'vis1', [period], { type: 'widget' }),
    room(10 * 24, 'vis2', [period], { type: 'email', alias: 'Support' }),
    room(40 * 24, 'vis3', [period], { type: 'api' }),
    room(5 * 24, 'vis5', ['2000-01'], { type: 'widget', alias: 'Chat page' }),
    // no activity: never counted; a channel: no livechat room.
    room(1, 'vis4', undefined, { type: 'widget' }),
    room(1, 'vis6', [period], { type: 'widget' }, 'c'),
  ]);
  await insertMany(h.db, 'rocketchat_livechat_contact', [
    {
      unknown: false,
      channels: [{ blocked: true }, { blocked: false }],
      conflictingFields: [
        { field: 'name', value: 'Ana' },
        { field: 'phone', value: '1' },
      ],
    },
    { unknown: false, channels: [{ blocked: true, visitor: { visitorId: 'x' } }] },
    { unknown: true, channels: [] },
    { unknown: true },
    { unknown: false, channels: [{ visitor: { visitorId: 'y' } }] },
  ]);
  await h.db.collection('rocketchat_settings').insertMany([
    { _id: 'Merged_Contacts_Count', value: 4, packageValue: 0 },
    { _id: 'Resolved_Conflicts_Count', value: 1, packageValue: 0 },
  ] as never[]);
});
afterAll(() => h.close());

const mac = (sources: Array<[source: string, contacts: number, conversations: number]>) => ({
  contactsCount: sources.reduce((sum, [, c]) => sum + c, 0),
  conversationsCount: sources.reduce((sum, [, , n]) => sum + n, 0),
  sources: sources.map(([source, contactsCount, conversationsCount]) => ({ source, contactsCount, conversationsCount })),
});

const expected = {
  uniqueContactsOfYesterday: mac([['widget', 1, 1]]),
  // vis1's two rooms are one contact.
  uniqueContactsOfLastWeek: mac([
    ['widget', 1, 2],
    ['Chat page', 1, 1],
  ]),
  uniqueContactsOfLastMonth: mac([
    ['widget', 1, 2],
    ['Chat page', 1, 1],
    ['Support', 1, 1],
  ]),
  // The billing month: visitors active this month, whenever their room was opened.
  contactsBySource: mac([
    ['widget', 1, 2],
    ['api', 1, 1],
    ['Support', 1, 1],
  ]),
  contactVerification: {
    totalContacts: 5,
    totalUnknownContacts: 2,
    totalMergedContacts: 4,
    totalConflicts: 2,
    totalResolvedConflicts: 1,
    totalBlockedContacts: 2,
    totalPartiallyBlockedContacts: 1,
    totalFullyBlockedContacts: 1,
    totalVerifiedContacts: 3,
    avgChannelsPerContact: 0.8,
    totalContactsWithoutChannels: 2,
  },
};

describe('omnichannel contacts', () => {
  it.each(Object.entries(expected))('%s', async (name, value) => {
    const answer = await h.graphql(`{ statistics(refresh: true) { omnichannel { ${name} } } }`, { headers: admin.headers });
    expect(answer.json.errors).toBeUndefined();
    expect(answer.json.data.statistics.omnichannel[name]).toEqual(value);
  });

  it("REST's current format carries them under Rocket.Chat 8.x keys", async () => {
    const body = (await h.rest('/api/v1/statistics?refresh=true', admin.headers)).json;
    expect(body).toMatchObject({
      omnichannelContactsBySource: expected.contactsBySource,
      uniqueContactsOfLastWeek: expected.uniqueContactsOfLastWeek,
      contactVerification: expected.contactVerification,
    });
  });
});
