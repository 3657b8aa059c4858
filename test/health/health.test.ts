import { healthFigures } from '../../src/health/health-reference';
import { roomHealthQueries } from '../../src/queries/health-rooms';
import { userHealthQueries } from '../../src/queries/health-users';
import { startHarness, type Harness } from '../helpers/harness';
import { daysAgo, insertHealthWorkspace, now, type HealthCallers } from './health-workspace';

let h: Harness;
let callers: HealthCallers;

beforeAll(async () => {
  h = await startHarness({ clock: () => now.getTime(), config: { authCacheTtlMs: 120_000 } });
  callers = await insertHealthWorkspace(h.db);
});
afterAll(() => h.close());

async function ask(query: string, caller = callers.admin, variables?: Record<string, unknown>) {
  const answer = await h.graphql(query, { headers: caller.headers, variables });
  return answer.json as { data?: any; errors?: Array<{ message: string; path?: string[]; extensions: { code: string } }> };
}

async function data(query: string, caller = callers.admin, variables?: Record<string, unknown>) {
  const answer = await ask(query, caller, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data.health;
}

const ids = (page: { nodes: Array<{ id: string }> }) => page.nodes.map((node) => node.id);

describe('room health', () => {
  it('counts silent, never used and owner-less channels and groups', async () => {
    const { rooms } = await data(`{ health { rooms {
      d30: silentSince(days: 30) { count } d89: silentSince(days: 89) { count } d90: silentSince(days: 90) { count }
      d365: silentSince(days: 365) { count } neverUsed { count } withoutOwner { count } } } }`);
    // r-edge90's last message is exactly 90 days old: silent for 89 days, not for 90; direct rooms never count
    expect(rooms).toEqual({ d30: { count: 4 }, d89: { count: 4 }, d90: { count: 3 }, d365: { count: 1 }, neverUsed: { count: 2 }, withoutOwner: { count: 4 } });
  });

  it('lists silent rooms oldest first, across pages', async () => {
    const query = `query ($after: String) { health { rooms { silentSince(days: 30) { list(first: 3, after: $after) {
      nodes { id name type messages members lastMessageAt createdAt } pageInfo { endCursor hasNextPage } } } } } }`;
    const first = (await data(query)).rooms.silentSince.list;
    expect(ids(first)).toEqual(['r-old1', 'r-old2', 'r-edge90b']);
    expect(first.nodes[1]).toEqual({
      id: 'r-old2',
      name: 'Old Two',
      type: 'p',
      messages: 50,
      members: 10,
      lastMessageAt: daysAgo(200).toISOString(),
      createdAt: daysAgo(300).toISOString(),
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await data(query, callers.admin, { after: first.pageInfo.endCursor })).rooms.silentSince.list;
    expect(ids(second)).toEqual(['r-edge90']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('lists never used and owner-less rooms by id', async () => {
    const { rooms } = await data(
      '{ health { rooms { neverUsed { list { nodes { id lastMessageAt } } } withoutOwner { list(first: 2) { nodes { id } pageInfo { hasNextPage } } } } } }',
    );
    expect(rooms.neverUsed.list.nodes).toEqual([
      { id: 'r-never1', lastMessageAt: null },
      { id: 'r-never2', lastMessageAt: null },
    ]);
    expect(ids(rooms.withoutOwner.list)).toEqual(['r-edge90b', 'r-never1']);
    expect(rooms.withoutOwner.list.pageInfo.hasNextPage).toBe(true);
  });

  it('tops rooms by messages and by members, ties by id, page after page', async () => {
    const query = `query ($after: String) { health { rooms { topByMessages(first: 2, after: $after) { nodes { id messages } pageInfo { endCursor hasNextPage } } } } }`;
    const pages: string[][] = [];
    let after: string | null = null;
    do {
      const page: any = (await data(query, callers.admin, { after })).rooms.topByMessages;
      pages.push(ids(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual([['r-recent', 'r-old2'], ['r-edge90', 'r-old1'], ['r-edge90b']]);

    const members = (await data('{ health { rooms { topByMembers(first: 10) { nodes { id members } } } } }')).rooms.topByMembers;
    expect(members.nodes).toEqual([
      { id: 'r-old2', members: 10 },
      { id: 'r-old1', members: 3 },
      { id: 'r-edge90', members: 2 },
      { id: 'r-recent', members: 2 },
      { id: 'r-edge90b', members: 1 },
      { id: 'r-never1', members: 1 },
    ]);
  });
});

describe('user health', () => {
  it('counts active users by last login, per role and per type', async () => {
    const { users } = await data(`{ health { users {
      d89: notLoggedInSince(days: 89) { count } d365: notLoggedInSince(days: 365) { count }
      d90: notLoggedInSince(days: 90) { count byRole { key users } byType { key users } }
      neverLoggedIn { count byRole { key users } byType { key users } } } } }`);
    expect(users).toEqual({
      d89: { count: 5 },
      d365: { count: 1 },
      d90: {
        count: 4,
        byRole: [
          { key: 'user', users: 2 },
          { key: 'bot', users: 1 },
          { key: 'guest', users: 1 },
          { key: 'livechat-agent', users: 1 },
        ],
        byType: [
          { key: 'user', users: 3 },
          { key: 'bot', users: 1 },
        ],
      },
      neverLoggedIn: {
        count: 2,
        byRole: [
          { key: 'app', users: 1 },
          { key: 'user', users: 1 },
        ],
        byType: [
          { key: 'app', users: 1 },
          { key: 'user', users: 1 },
        ],
      },
    });
  });

  it('lists users who have not logged in, longest absent first, across pages', async () => {
    const query = `query ($after: String) { health { users { notLoggedInSince(days: 89) { list(first: 2, after: $after) {
      nodes { id username type roles lastLogin } pageInfo { endCursor hasNextPage } } } } } }`;
    const pages: string[][] = [];
    let after: string | null = null;
    do {
      const page: any = (await data(query, callers.admin, { after })).users.notLoggedInSince.list;
      pages.push(ids(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual([['u-400', 'u-200'], ['bot-old', 'u-edgeb'], ['u-edge']]);

    const never = (await data('{ health { users { neverLoggedIn { list { nodes { id lastLogin createdAt } pageInfo { hasNextPage } } } } } }')).users
      .neverLoggedIn.list;
    expect(never).toEqual({
      nodes: [
        { id: 'u-never1', lastLogin: null, createdAt: daysAgo(30).toISOString() },
        { id: 'u-never2', lastLogin: null, createdAt: null },
      ],
      pageInfo: { hasNextPage: false },
    });
  });
});

describe('who may read the health', () => {
  const countsAndLists = `{ health {
    rooms { neverUsed { count list { nodes { id } } } topByMessages { nodes { id } } }
    users { neverLoggedIn { count byRole { key } list { nodes { id } } } } } }`;
  const outcome = async (caller: HealthCallers[keyof HealthCallers]) => {
    const answer = await ask(countsAndLists, caller);
    const errors = Object.fromEntries((answer.errors ?? []).map((error) => [error.path?.slice(1).join('.'), error.message]));
    return { data: answer.data?.health, errors };
  };
  const roomAdmin = 'Not allowed: the user needs the view-room-administration permission';
  const userAdmin = 'Not allowed: the user needs the view-user-administration permission';
  const statistics = 'Not allowed: the user needs the view-statistics permission';

  it('view-statistics alone: the counts, and no list of names', async () => {
    const { data, errors } = await outcome(callers.statisticsOnly);
    expect(data).toEqual({
      rooms: { neverUsed: { count: 2, list: null }, topByMessages: null },
      users: { neverLoggedIn: { count: 2, byRole: [{ key: 'app' }, { key: 'user' }], list: null } },
    });
    expect(Object.keys(errors).sort()).toEqual(['rooms.neverUsed.list', 'rooms.topByMessages', 'users.neverLoggedIn.list']);
    expect(errors['rooms.neverUsed.list']).toContain(roomAdmin);
    expect(errors['rooms.topByMessages']).toContain(roomAdmin);
    expect(errors['users.neverLoggedIn.list']).toContain(userAdmin);
  });

  it('view-room-administration alone: room lists only; view-user-administration alone: user lists only', async () => {
    const rooms = await outcome(callers.roomAdminOnly);
    expect(rooms.data.rooms).toEqual({
      neverUsed: { count: null, list: { nodes: [{ id: 'r-never1' }, { id: 'r-never2' }] } },
      topByMessages: { nodes: expect.any(Array) },
    });
    expect(rooms.errors).toEqual({
      'rooms.neverUsed.count': expect.stringContaining(statistics),
      'users.neverLoggedIn.count': expect.stringContaining(statistics),
      'users.neverLoggedIn.byRole': expect.stringContaining(statistics),
      'users.neverLoggedIn.list': expect.stringContaining(userAdmin),
    });
    const users = await outcome(callers.userAdminOnly);
    expect(users.data.users.neverLoggedIn.list).toEqual({ nodes: [{ id: 'u-never1' }, { id: 'u-never2' }] });
    expect(Object.keys(users.errors).sort()).toEqual([
      'rooms.neverUsed.count',
      'rooms.neverUsed.list',
      'rooms.topByMessages',
      'users.neverLoggedIn.byRole',
      'users.neverLoggedIn.count',
    ]);
  });

  it('no permission: every figure FORBIDDEN; no credentials: UNAUTHENTICATED', async () => {
    const answer = await ask(countsAndLists, callers.nothing);
    expect(answer.errors?.map((error) => error.extensions.code)).toEqual(Array.from({ length: 6 }, () => 'FORBIDDEN'));
    const anonymous = await h.graphql(countsAndLists);
    expect(anonymous.json.data).toBeNull();
    expect(anonymous.json.errors.map((error: any) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('bad input gets a clear BAD_USER_INPUT', () => {
  const refusal = async (query: string, variables?: Record<string, unknown>) => {
    const answer = await ask(query, callers.admin, variables);
    expect(answer.errors).toHaveLength(1);
    return { code: answer.errors![0].extensions.code, message: answer.errors![0].message };
  };

  it.each([0, -5, 3651])('days %i', async (days) => {
    expect(await refusal(`{ health { rooms { silentSince(days: ${days}) { count } } } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      message: `days must be a whole number from 1 to 3650, got ${days}.`,
    });
    expect((await refusal(`{ health { users { notLoggedInSince(days: ${days}) { count } } } }`)).code).toBe('BAD_USER_INPUT');
  });

  it.each([0, 101])('first %i', async (first) => {
    expect(await refusal(`{ health { rooms { neverUsed { list(first: ${first}) { nodes { id } } } } } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      message: `first must be a whole number from 1 to 100, got ${first}.`,
    });
  });

  it('a cursor that is no cursor, one of another list, one with a wrong value', async () => {
    const query = 'query ($after: String) { health { users { notLoggedInSince(days: 30) { list(after: $after) { nodes { id } } } } } }';
    const roomCursor = (await data('{ health { rooms { neverUsed { list(first: 1) { pageInfo { endCursor } } } } } }')).rooms.neverUsed.list.pageInfo.endCursor;
    const forged = Buffer.from(JSON.stringify({ l: 'usersNotLoggedIn', v: ['not a date', 'x'] })).toString('base64url');
    for (const after of ['%%%', 'bm90IGpzb24', roomCursor, forged]) {
      expect(await refusal(query, { after })).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'after is not a cursor of the usersNotLoggedIn list: pass the pageInfo.endCursor of a page of this same list, or leave after out.',
      });
    }
  });
});

describe('database commands per figure', () => {
  const commandsOf = async (query: string) => {
    h.dbCommands();
    const answer = await ask(query);
    expect(answer.errors).toBeUndefined();
    return h.dbCommands();
  };

  it.each([
    ['rooms { silentSince(days: 30) { count } }', 'rocketchat_room'],
    ['rooms { neverUsed { count } }', 'rocketchat_room'],
    ['users { notLoggedInSince(days: 30) { count } }', 'users'],
    ['users { notLoggedInSince(days: 30) { byRole { key } } }', 'users'],
    ['users { neverLoggedIn { byType { key } } }', 'users'],
  ])('%s sends one command', async (selection, collection) => {
    expect(await commandsOf(`{ health { ${selection} } }`)).toEqual([{ name: 'aggregate', collection }]);
  });

  it('a page sends one find', async () => {
    expect(await commandsOf('{ health { rooms { topByMembers(first: 3) { nodes { id } } } } }')).toEqual([{ name: 'find', collection: 'rocketchat_room' }]);
  });

  it('owner-less rooms read the owners once for their count and their page', async () => {
    expect(await commandsOf('{ health { rooms { withoutOwner { count list { nodes { id } } } } } }')).toEqual([
      { name: 'aggregate', collection: 'rocketchat_subscription' },
      { name: 'aggregate', collection: 'rocketchat_room' },
      { name: 'find', collection: 'rocketchat_room' },
    ]);
  });

  it('the same figure asked twice in one request is read once', async () => {
    expect(await commandsOf('{ health { users { a: notLoggedInSince(days: 30) { count } b: notLoggedInSince(days: 30) { count } } } }')).toHaveLength(1);
  });

  // docs/figures.md is honest: each health field sends the commands of the queries it lists, and no other.
  const leafSelection = (leaf: string) => (leaf === 'count' ? '' : leaf.startsWith('by') ? '{ key }' : '{ nodes { id } }');
  const documentOf = (field: string) => {
    const path = field.replace('(days)', '(days: 30)').split('.');
    return path.reduceRight((inner, name, i) => (i === path.length - 1 ? `${name} ${leafSelection(name)}` : `${name} { ${inner} }`), '');
  };
  it.each(healthFigures.map((figure) => [figure.field, figure] as const))('health.%s sends the commands it declares', async (field, figure) => {
    const sent = await commandsOf(`{ health { ${documentOf(field)} } }`);
    expect(sent.map((command) => command.collection)).toEqual(figure.reads.map((query) => query.command.slice(0, query.command.indexOf('.'))));
  });

  it('docs/figures.md lists every health query', () => {
    const listed = new Set(healthFigures.flatMap((figure) => figure.reads.map((query) => query.name)));
    expect([...Object.keys(roomHealthQueries), ...Object.keys(userHealthQueries)].filter((name) => !listed.has(name))).toEqual([]);
  });
});
