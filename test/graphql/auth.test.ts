import type { CommandStartedEvent, Document } from 'mongodb';
import { hashToken } from '../../src/auth/hash-token';
import { insertAdmin, insertUserWithToken, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let admin: TestCredentials;
const query = '{ statistics { totalUsers } }';

beforeAll(async () => {
  h = await startHarness({ config: { authCacheTtlMs: 300 } });
  admin = await insertAdmin(h.db);
});
afterAll(() => h.close());

async function codeOf(headers: Record<string, string>) {
  const answer = await h.graphql(query, { headers });
  return { status: answer.status, code: answer.json.errors?.[0]?.extensions?.code, message: answer.json.errors?.[0]?.message, data: answer.json.data };
}

describe('authentication on GraphQL (Rocket.Chat tokens)', () => {
  it('an admin with a login token sees figures', async () => {
    expect(await codeOf(admin.headers)).toMatchObject({ status: 200, code: undefined, data: { statistics: { totalUsers: 1 } } });
  });

  it('no credentials: UNAUTHENTICATED, and the message says what to send', async () => {
    const result = await codeOf({});
    expect(result).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(result.message).toContain('X-User-Id and X-Auth-Token');
  });

  it('a wrong token: UNAUTHENTICATED', async () => {
    expect(await codeOf({ 'x-user-id': admin.userId, 'x-auth-token': 'wrong' })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('the token of an inactive user: UNAUTHENTICATED', async () => {
    const inactive = await insertUserWithToken(h.db, { active: false, roles: ['admin'] });
    expect(await codeOf(inactive.headers)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('the token look-up asks for one user by _id alone (the only filter FerretDB pushes down: any other scans users) and reads only the fields it checks', async () => {
    const user = await insertAdmin(h.db);
    const finds: Document[] = [];
    const recordFind = (event: CommandStartedEvent) => {
      if (event.commandName === 'find' && event.command.find === 'users') finds.push(event.command);
    };
    h.database.handle.client.on('commandStarted', recordFind);
    try {
      expect((await codeOf(user.headers)).status).toBe(200);
      expect((await codeOf({ 'x-user-id': 'no-such-user', 'x-auth-token': 'wrong' })).status).toBe(401);
    } finally {
      h.database.handle.client.off('commandStarted', recordFind);
    }
    expect(finds.map((find) => find.filter)).toEqual([{ _id: user.userId }, { _id: 'no-such-user' }]);
    const projection = { active: 1, roles: 1, 'services.resume.loginTokens.hashedToken': 1 };
    expect(finds.map((find) => find.projection)).toEqual([projection, projection]);
  });

  it('a personal access token works like a login token', async () => {
    const pat = 'personal-access-token-of-the-test';
    const user = await insertUserWithToken(h.db, {
      roles: ['admin'],
      services: { resume: { loginTokens: [{ hashedToken: hashToken(pat), type: 'personalAccessToken', name: 'monitoring', createdAt: new Date() }] } },
    });
    expect(await codeOf({ 'x-user-id': user.userId, 'x-auth-token': pat })).toMatchObject({ status: 200, code: undefined });
  });

  it('a user without view-statistics: FORBIDDEN, naming the permission', async () => {
    const user = await insertUserWithToken(h.db, { roles: ['user'] });
    const result = await codeOf(user.headers);
    expect(result).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(result.message).toContain('view-statistics');
  });

  it('a role granted view-statistics in rocketchat_permissions is allowed', async () => {
    await h.db.collection('rocketchat_permissions').updateOne({ _id: 'view-statistics' as never }, { $set: { roles: ['admin', 'monitoring'] } });
    const monitor = await insertUserWithToken(h.db, { roles: ['monitoring'] });
    expect(await codeOf(monitor.headers)).toMatchObject({ status: 200 });
  });

  it('a removed token stops working once the auth cache expires', async () => {
    const user = await insertAdmin(h.db);
    expect((await codeOf(user.headers)).status).toBe(200);
    await h.db.collection('users').updateOne({ _id: user.userId as never }, { $set: { 'services.resume.loginTokens': [] } });
    await new Promise((r) => setTimeout(r, 400));
    expect(await codeOf(user.headers)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('introspection stays open, so GraphiQL can show the schema', async () => {
    const answer = await h.graphql('{ __schema { queryType { name } } }');
    expect(answer.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('every root field is protected', async () => {
    for (const document of [
      '{ latestSnapshot { id } }',
      '{ snapshots { total } }',
      'mutation { takeSnapshot { id } }',
      '{ history(from: "2025-01-01T00:00:00Z", figures: ["totalUsers"]) { step } }',
      '{ historyBegins }',
    ]) {
      const answer = await h.graphql(document);
      expect(answer.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});
