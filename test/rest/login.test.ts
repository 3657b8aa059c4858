import { createHash } from 'node:crypto';
import { BSON } from 'mongodb';
import { authenticator as totp } from 'otplib';
import { insertAdmin, insertUserWithPassword, insertUserWithToken, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness, type HttpAnswer } from '../helpers/harness';
import { componentErrors } from './openapi-validator';

const password = 'correct horse battery staple';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let h: Harness;
let admin: { userId: string; username: string };
let member: { userId: string; username: string };
let inactive: { userId: string; username: string };
let ldapOnly: { userId: string; username: string };
let withTotp: { userId: string; username: string };
let withEmailCode: { userId: string; username: string };
let rocketChatToken: TestCredentials;
const totpSecret = totp.generateSecret(20);
let usersBefore: string;

async function post(harness: Harness, path: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const response = await fetch(harness.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: Object.fromEntries(response.headers), text, json: text ? JSON.parse(text) : undefined };
}

const login = (body: unknown, headers?: Record<string, string>, harness = h) => post(harness, '/api/v1/login', body, headers);
const headersOf = (answer: HttpAnswer) => ({ 'x-user-id': answer.json.data.userId, 'x-auth-token': answer.json.data.authToken });
const readUsers = async () => BSON.EJSON.stringify(await h.db.collection('users').find({}).sort({ _id: 1 }).toArray(), { relaxed: false });
/** A code of none of the accepted time steps (now ± 1). */
const wrongCode = () => String((Number(totp.generate(totpSecret)) + 500_000) % 1_000_000).padStart(6, '0');

beforeAll(async () => {
  h = await startHarness({ config: { restFormat: 'current', authFailureLimit: { maxFailures: 1000, windowMs: 60_000 } } });
  await insertAdmin(h.db);
  admin = await insertUserWithPassword(h.db, password, { roles: ['admin', 'user'] });
  member = await insertUserWithPassword(h.db, password);
  inactive = await insertUserWithPassword(h.db, password, { active: false, roles: ['admin'] });
  ldapOnly = await insertUserWithPassword(h.db, password, { services: { ldap: { id: 'cn=someone' } }, ldap: true });
  withTotp = await insertUserWithPassword(h.db, password, { roles: ['admin'] });
  await h.db
    .collection('users')
    .updateOne({ _id: withTotp.userId as never }, { $set: { 'services.totp': { enabled: true, secret: totpSecret, hashedBackup: [] } } });
  withEmailCode = await insertUserWithPassword(h.db, password);
  await h.db.collection('users').updateOne({ _id: withEmailCode.userId as never }, { $set: { 'services.email2fa': { enabled: true } } });
  rocketChatToken = await insertUserWithToken(h.db, { roles: ['admin'] });
  usersBefore = await readUsers();
});
afterAll(() => h.close());

describe('POST /api/v1/login with a password', () => {
  test('plain password: 200, Rocket.Chat success body, a token of the gateway that works on every door', async () => {
    const answer = await login({ user: admin.username, password });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      status: 'success',
      success: true,
      data: { userId: admin.userId, me: { _id: admin.userId, username: admin.username } },
    });
    expect(Object.keys(answer.json)).toEqual(['status', 'data', 'success']);
    expect(Object.keys(answer.json.data)).toEqual(['userId', 'authToken', 'me']);
    expect(answer.json.data.me.services).toBeUndefined();
    expect(answer.json.data.me.email).toBe(`${admin.username}@example.com`);
    expect(componentErrors('LoginSuccess', answer.json)).toEqual([]);
    const headers = headersOf(answer);
    expect((await h.rest('/api/v1/statistics', headers)).status).toBe(200);
    const graphql = await h.graphql('{ statistics { totalUsers } }', { headers });
    expect(graphql.status).toBe(200);
    expect(graphql.json.data.statistics.totalUsers).toBeGreaterThan(0);
    const scrape = await h.rest('/metrics', headers);
    expect(scrape.status).toBe(200);
    expect(scrape.text).toMatch(/^rcstats_workspace_users\{status="online"\}/m);
  });

  test('the token is stored hashed in the gateway collection, with the user id and an expiry', async () => {
    const answer = await login({ username: admin.username, password });
    const stored = await h.db
      .collection('gateway_login_tokens')
      .findOne({ _id: createHash('sha256').update(answer.json.data.authToken).digest('base64') as never });
    expect(stored).toMatchObject({ userId: admin.userId });
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(90 * 24 * 3600 * 1000);
    const raw = JSON.stringify(await h.db.collection('gateway_login_tokens').find({}).toArray());
    expect(raw).not.toContain(answer.json.data.authToken);
  });

  test.each([
    ['a SHA-256 digest', () => ({ user: admin.username, password: { digest: sha256(password), algorithm: 'sha-256' } })],
    ['an e-mail in user', () => ({ user: `${admin.username}@example.com`, password })],
    ['email', () => ({ email: `${admin.username}@example.com`, password })],
    ["Meteor's user object", () => ({ user: { username: admin.username }, password })],
    ['the username in other case', () => ({ username: admin.username.toUpperCase(), password })],
  ])('%s logs in too', async (_name, body) => {
    const answer = await login(body());
    expect(answer.status).toBe(200);
    expect(answer.json.data.userId).toBe(admin.userId);
  });

  test('a form body logs in too (scripts that post the login as a form)', async () => {
    const response = await fetch(`${h.url}/api/v1/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user: admin.username, password }).toString(),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).data.userId).toBe(admin.userId);
  });

  test('the permission is checked on every request: a member logs in, but may not read statistics', async () => {
    const answer = await login({ user: member.username, password });
    expect(answer.status).toBe(200);
    const headers = headersOf(answer);
    expect((await h.rest('/api/v1/statistics', headers)).json).toEqual({ success: false, error: 'error-not-allowed' });
    expect((await h.rest('/metrics', headers)).status).toBe(403);
    expect((await h.graphql('{ statistics { totalUsers } }', { headers })).json.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  test('a token stops working once its user is deactivated', async () => {
    const headers = headersOf(await login({ user: member.username, password }));
    const strict = await startHarness({ database: h.database, config: { restFormat: 'current', authCacheTtlMs: 0 } });
    try {
      expect((await strict.graphql('{ __typename }', { headers })).status).toBe(200);
      await h.db.collection('users').updateOne({ _id: member.userId as never }, { $set: { active: false } });
      expect((await strict.rest('/api/v1/statistics', headers)).status).toBe(401);
    } finally {
      await h.db.collection('users').updateOne({ _id: member.userId as never }, { $set: { active: true } });
      await strict.close();
    }
    usersBefore = await readUsers();
  });
});

describe('refused logins, in the 8.x body (REST_FORMAT=current)', () => {
  test.each([
    ['wrong password', () => ({ user: admin.username, password: 'wrong' })],
    ['unknown user', () => ({ user: 'nobody-at-all', password })],
    ['inactive user', () => ({ user: inactive.username, password })],
    ['LDAP-only user', () => ({ user: ldapOnly.username, password })],
    ['a digest of the wrong password', () => ({ user: admin.username, password: { digest: sha256('wrong'), algorithm: 'sha-256' } })],
  ])('%s: 401 {success: false, error: unauthorized}', async (_name, body) => {
    const answer = await login(body());
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ success: false, error: 'unauthorized' });
    expect(componentErrors('LoginRefused', answer.json)).toEqual([]);
  });
});

describe('TOTP', () => {
  test('required: without a code the password alone is refused', async () => {
    const answer = await login({ user: withTotp.username, password });
    expect(answer.status).toBe(401);
  });

  test('wrong code: refused', async () => {
    expect((await login({ user: withTotp.username, password, code: wrongCode() })).status).toBe(401);
  });

  test('right code in the body or in x-2fa-code: 200', async () => {
    const inBody = await login({ user: withTotp.username, password, code: totp.generate(totpSecret) });
    expect(inBody.status).toBe(200);
    expect((await h.rest('/api/v1/statistics', headersOf(inBody))).status).toBe(200);
    const inHeader = await login({ user: withTotp.username, password }, { 'x-2fa-code': totp.generate(totpSecret) });
    expect(inHeader.status).toBe(200);
  });
});

describe('resume', () => {
  test('a token of the gateway logs in again and is answered back', async () => {
    const first = await login({ user: admin.username, password });
    const again = await login({ resume: first.json.data.authToken });
    expect(again.status).toBe(200);
    expect(again.json.data).toMatchObject({ userId: admin.userId, authToken: first.json.data.authToken });
  });

  test("one of Rocket.Chat's login tokens logs in too", async () => {
    const answer = await login({ resume: rocketChatToken.authToken });
    expect(answer.status).toBe(200);
    expect(answer.json.data.userId).toBe(rocketChatToken.userId);
  });

  test('an unknown token is refused', async () => {
    expect((await login({ resume: 'no-such-token' })).json).toEqual({ success: false, error: 'unauthorized' });
  });
});

describe('POST /api/v1/logout', () => {
  test('removes the token: it stops working on GraphQL, REST and /metrics at once', async () => {
    const headers = headersOf(await login({ user: admin.username, password }));
    expect((await h.rest('/api/v1/statistics', headers)).status).toBe(200);
    const answer = await post(h, '/api/v1/logout', {}, headers);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ status: 'success', data: { message: "You've been logged out!" } });
    expect(componentErrors('LogoutSuccess', answer.json)).toEqual([]);
    expect((await h.rest('/api/v1/statistics', headers)).status).toBe(401);
    expect((await h.graphql('{ statistics { totalUsers } }', { headers })).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await h.rest('/metrics', headers)).status).toBe(401);
    expect((await login({ resume: headers['x-auth-token'] })).status).toBe(401);
    expect((await post(h, '/api/v1/logout', {}, headers)).status).toBe(401);
  });

  test("a token of Rocket.Chat's is left alone: the gateway never writes users", async () => {
    const answer = await post(h, '/api/v1/logout', {}, rocketChatToken.headers);
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(/issued by Rocket\.Chat.*never writes users/);
    expect((await h.rest('/api/v1/statistics', rocketChatToken.headers)).status).toBe(200);
  });

  test('without credentials: 401', async () => {
    expect((await post(h, '/api/v1/logout', {})).status).toBe(401);
  });
});

describe('expiry (LOGIN_TOKEN_TTL_MS)', () => {
  test('an expired token is refused everywhere, resume included', async () => {
    const strict = await startHarness({ database: h.database, config: { restFormat: 'current', authCacheTtlMs: 0 } });
    try {
      const headers = headersOf(await login({ user: admin.username, password }, {}, strict));
      expect((await strict.rest('/api/v1/statistics', headers)).status).toBe(200);
      const hashed = createHash('sha256').update(headers['x-auth-token']).digest('base64');
      await h.db.collection('gateway_login_tokens').updateOne({ _id: hashed as never }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
      expect((await strict.rest('/api/v1/statistics', headers)).status).toBe(401);
      expect((await strict.graphql('{ statistics { totalUsers } }', { headers })).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await strict.rest('/metrics', headers)).status).toBe(401);
      expect((await login({ resume: headers['x-auth-token'] }, {}, strict)).status).toBe(401);
    } finally {
      await strict.close();
    }
  });

  test('a short LOGIN_TOKEN_TTL_MS gives tokens that short a life', async () => {
    const short = await startHarness({ database: h.database, config: { restFormat: 'current', loginTokenTtlMs: 5000 } });
    try {
      const answer = await login({ user: admin.username, password }, {}, short);
      const hashed = createHash('sha256').update(answer.json.data.authToken).digest('base64');
      const stored = await h.db.collection('gateway_login_tokens').findOne({ _id: hashed as never });
      expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(5000);
    } finally {
      await short.close();
    }
  });
});

describe('the failed-login limit', () => {
  test('counts refused passwords; past it no password is tried (429 with Retry-After), and a token still works', async () => {
    const strict = await startHarness({ database: h.database, config: { restFormat: 'current', authFailureLimit: { maxFailures: 2, windowMs: 60_000 } } });
    try {
      const working = headersOf(await login({ user: admin.username, password }, {}, strict));
      expect((await login({ user: admin.username, password: 'guess-1' }, {}, strict)).status).toBe(401);
      expect((await login({ user: admin.username, password: 'guess-2' }, {}, strict)).status).toBe(401);
      const limited = await login({ user: admin.username, password }, {}, strict);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json).toMatchObject({ success: false, errorType: 'error-too-many-requests' });
      expect((await strict.rest('/api/v1/statistics', working)).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  test('a missing TOTP code is not a failure (as in Rocket.Chat), a wrong one is', async () => {
    const strict = await startHarness({ database: h.database, config: { restFormat: 'current', authFailureLimit: { maxFailures: 1, windowMs: 60_000 } } });
    try {
      for (let i = 0; i < 3; i += 1) expect((await login({ user: withTotp.username, password }, {}, strict)).status).toBe(401);
      expect((await login({ user: withTotp.username, password, code: wrongCode() }, {}, strict)).status).toBe(401);
      expect((await login({ user: withTotp.username, password, code: totp.generate(totpSecret) }, {}, strict)).status).toBe(429);
    } finally {
      await strict.close();
    }
  });
});

describe('the bodies follow the Rocket.Chat version answered as', () => {
  let before80: Harness;
  let old: Harness;
  beforeAll(async () => {
    await h.db.collection('rocketchat_statistics').insertOne({ version: '6.12.0', createdAt: new Date() });
    before80 = await startHarness({ database: h.database, config: { restFormat: 'auto', authFailureLimit: { maxFailures: 1000, windowMs: 60_000 } } });
    old = await startHarness({ database: h.database, config: { restFormat: '0.61', authFailureLimit: { maxFailures: 1000, windowMs: 60_000 } } });
  });
  afterAll(async () => {
    await before80.close();
    await old.close();
    await h.db.collection('rocketchat_statistics').deleteMany({});
  });

  test('before 8.0: the Meteor error copied into the 401 body', async () => {
    expect((await login({ user: admin.username, password: 'wrong' }, {}, before80)).json).toEqual({
      success: false,
      error: 'Unauthorized',
      status: 'error',
      message: 'Unauthorized',
    });
    expect((await login({ user: 'nobody-at-all', password }, {}, before80)).json).toEqual({
      success: false,
      error: 'Unauthorized',
      status: 'error',
      message: 'Unauthorized',
    });
    expect((await login({ user: inactive.username, password }, {}, before80)).json).toEqual({
      success: false,
      error: 'error-user-is-not-activated',
      status: 'error',
      details: { function: 'Accounts.validateLoginAttempt' },
      message: 'User is not activated',
    });
    const totpRequired = await login({ user: withTotp.username, password }, {}, before80);
    expect(totpRequired.json).toEqual({
      success: false,
      error: 'totp-required',
      status: 'error',
      details: { method: 'totp', availableMethods: ['totp'] },
      message: 'TOTP Required',
    });
    expect((await login({ user: withTotp.username, password, code: wrongCode() }, {}, before80)).json).toMatchObject({
      error: 'totp-invalid',
      message: 'TOTP Invalid',
    });
    expect((await login({ user: withTotp.username, password, code: 'ABCD1234' }, {}, before80)).json.message).toMatch(/backup codes/);
    const ldap = await login({ user: ldapOnly.username, password }, {}, before80);
    expect(ldap.json).toMatchObject({ success: false, error: 403, status: 'error' });
    expect(ldap.json.message).toMatch(/^User has no password set: .*personal access token/);
    for (const body of [ldap.json, totpRequired.json]) expect(componentErrors('LoginRefused', body)).toEqual([]);
    const email = await login({ user: withEmailCode.username, password }, {}, before80);
    expect(email.status).toBe(401);
    expect(email.json.message).toMatch(/code sent by e-mail.*personal access token/);
  });

  test('before 8.0: the success body and the 401 of statistics', async () => {
    const answer = await login({ user: admin.username, password }, {}, before80);
    expect(answer.json).toMatchObject({ status: 'success', success: true });
    const unauthenticated = await before80.rest('/api/v1/statistics');
    expect(componentErrors('UnauthenticatedBefore80', unauthenticated.json)).toEqual([]);
    expect(unauthenticated.json).toEqual({
      success: false,
      error: 'You must be logged in to do this.',
      status: 'error',
      message: 'You must be logged in to do this.',
    });
  });

  test('0.61: status, error and message; no success key', async () => {
    expect((await login({ user: admin.username, password: 'wrong' }, {}, old)).json).toEqual({
      status: 'error',
      error: 'Unauthorized',
      message: 'Unauthorized',
    });
    const answer = await login({ user: admin.username, password }, {}, old);
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json)).toEqual(['status', 'data']);
    expect(answer.text).toBe(JSON.stringify(answer.json, null, 2));
  });

  test('bad bodies get a clear 401, never a 500', async () => {
    for (const body of [
      [],
      'text',
      { password },
      { user: admin.username },
      { user: admin.username, password: { digest: 'xyz', algorithm: 'sha-256' } },
      { user: 42, password },
    ]) {
      const answer = await login(body, {}, before80);
      expect(answer.status).toBe(401);
      expect(answer.json).toMatchObject({ error: 400, message: expect.stringMatching(/^Unrecognized options for login request: /) });
    }
  });
});

describe('the gateway never writes users', () => {
  test('users is byte-identical after every login, refusal and logout above', async () => {
    expect(await readUsers()).toBe(usersBefore);
  });

  test('a login sends no write to users', async () => {
    h.dbCommands();
    await login({ user: admin.username, password });
    await login({ user: admin.username, password: 'wrong' });
    const commands = h.dbCommands();
    expect(commands.filter((command) => command.collection === 'users').map((command) => command.name)).toEqual(['find', 'find']);
    expect(commands.filter((command) => command.name !== 'find').map((command) => `${command.name} ${command.collection}`)).toEqual([
      'insert gateway_login_tokens',
      'delete gateway_login_tokens',
    ]);
  });
});
