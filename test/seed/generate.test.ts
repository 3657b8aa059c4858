import type { Document } from 'mongodb';
import { generateWorkspace, seedCollectionNames } from '../../src/seed/generate';
import { baseDate, InvalidSeedOptionsError, presetOptions } from '../../src/seed/options';
import { collectWorkspace, countBy, tinyOptions, type WorkspaceDocuments } from './workspace-documents';

const byId = (documents: Document[]) => new Map(documents.map((document) => [document._id as string, document]));

describe('generateWorkspace: determinism', () => {
  it('gives the same documents for the same options', () => {
    expect(collectWorkspace(tinyOptions)).toEqual(collectWorkspace(tinyOptions));
  });

  it('gives the same small preset twice, 20 000 messages included', () => {
    const first = generateWorkspace(presetOptions('small'));
    const second = generateWorkspace(presetOptions('small'));
    expect([...second.documents('rocketchat_message')]).toEqual([...first.documents('rocketchat_message')]);
    expect(first.counts.rocketchat_message).toBe(20_000);
  });

  it('gives other documents for another seed', () => {
    const one = collectWorkspace(tinyOptions);
    const two = collectWorkspace({ ...tinyOptions, seed: 2 });
    expect(two.users[0]._id).not.toBe(one.users[0]._id);
    expect(two.rocketchat_message.map((m) => m.msg)).not.toEqual(one.rocketchat_message.map((m) => m.msg));
    expect(generateWorkspace({ ...tinyOptions, seed: 2 }).credentials.admin.authToken).not.toBe(generateWorkspace(tinyOptions).credentials.admin.authToken);
  });

  it('keeps the fixed credentials of a seed whatever the size', () => {
    const tiny = generateWorkspace(tinyOptions);
    const small = generateWorkspace(presetOptions('small', tinyOptions.seed));
    expect(small.credentials).toEqual(tiny.credentials);
  });

  it("moves the heartbeats, the sessions and the last 90 days of messages and of users' dates with `now`, and nothing else", () => {
    const now = new Date('2030-06-01T12:00:00.000Z');
    const later = collectWorkspace({ ...tinyOptions, now });
    const fixed = collectWorkspace(tinyOptions);
    const moved = ['instances', 'rocketchat_sessions', 'rocketchat_message', 'rocketchat_room', 'users'];
    for (const name of seedCollectionNames.filter((n) => !moved.includes(n))) expect([name, later[name]]).toEqual([name, fixed[name]]);
    expect(later.instances.map((i) => i._updatedAt.getTime())).toEqual([now.getTime() - 2000, now.getTime() - 7000, now.getTime() - 7_200_000]);
    // Messages keep their order, their rooms and their texts; the old ones keep their time, the recent ones move before `now`.
    const windowStart = baseDate.getTime() - 90 * 24 * 3600 * 1000;
    expect(later.rocketchat_message.map((m) => [m._id, m.rid, m.msg])).toEqual(fixed.rocketchat_message.map((m) => [m._id, m.rid, m.msg]));
    const pairs = fixed.rocketchat_message.map((m, i) => [m.ts.getTime(), later.rocketchat_message[i].ts.getTime()]);
    expect(pairs.filter(([before]) => before < windowStart).every(([before, after]) => before === after)).toBe(true);
    const recent = pairs.filter(([before]) => before >= windowStart);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every(([, after]) => after >= now.getTime() - 90 * 24 * 3600 * 1000 && after < now.getTime())).toBe(true);
    // Rooms change only in the dates their messages give them.
    const withoutMessageDates = (room: Document) => ({
      ...room,
      lm: undefined,
      _updatedAt: undefined,
      ts: room.prid ? undefined : room.ts,
      closedAt: undefined,
    });
    expect(later.rocketchat_room.map(withoutMessageDates)).toEqual(fixed.rocketchat_room.map(withoutMessageDates));
    // Users change only in their dates: sign-ups and logins of the last 90 days move before `now`, in order.
    const withoutDates = (value: unknown): unknown =>
      value instanceof Date
        ? undefined
        : Array.isArray(value)
          ? value.map(withoutDates)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutDates(inner)]))
            : value;
    expect(later.users.map(withoutDates)).toEqual(fixed.users.map(withoutDates));
    const signUps = fixed.users.map((u, i) => [u.createdAt.getTime(), later.users[i].createdAt.getTime()]);
    expect(signUps.filter(([before]) => before < windowStart).every(([before, after]) => before === after)).toBe(true);
    const recentSignUps = signUps.filter(([before]) => before >= windowStart);
    expect(recentSignUps.length).toBeGreaterThan(0);
    expect(recentSignUps.every(([, after]) => after >= now.getTime() - 90 * 24 * 3600 * 1000 && after < now.getTime())).toBe(true);
    expect(later.users.every((u) => !u.lastLogin || u.lastLogin >= u.createdAt)).toBe(true);
    expect(later.rocketchat_sessions.length).toBeGreaterThan(0);
    expect(later.rocketchat_sessions.every((s) => s._computedAt.getTime() > now.getTime() - 92 * 24 * 3600 * 1000)).toBe(true);
  });

  it('refuses sizes too small to hold every case, naming each', () => {
    expect(() => generateWorkspace({ users: 5, rooms: 3, messages: 100, seed: 1 })).toThrow(InvalidSeedOptionsError);
    expect(() => generateWorkspace({ users: 5, rooms: 3, messages: 100, seed: 1 })).toThrow(
      'users must be a whole number from 20 to 50000000, got 5; rooms must be a whole number from 10 to 50000000, got 3',
    );
  });
});

describe.each([
  ['tiny', tinyOptions],
  ['minimum', { users: 20, rooms: 10, messages: 100, seed: 9 }],
  ['small', presetOptions('small')],
])('generateWorkspace: consistency of the %s workspace', (_name, options) => {
  let docs: WorkspaceDocuments;
  beforeAll(() => {
    docs = collectWorkspace(options);
  });

  it('yields exactly the announced counts', () => {
    const { counts } = generateWorkspace(options);
    for (const name of seedCollectionNames) expect(docs[name].length).toBe(counts[name]);
    expect(docs.users.length).toBe(options.users);
    expect(docs.rocketchat_room.length).toBe(options.rooms);
    expect(docs.rocketchat_message.length).toBe(options.messages);
  });

  it('gives every document a unique id, users and rooms Rocket.Chat-like ones', () => {
    for (const name of seedCollectionNames) expect(new Set(docs[name].map((d) => d._id)).size).toBe(docs[name].length);
    expect(docs.users.every((u) => /^[23456789A-HJ-NP-Za-km-z]{17}$/.test(u._id))).toBe(true);
    expect(new Set(docs.users.map((u) => u.username)).size).toBe(options.users);
    const named = docs.rocketchat_room.filter((r) => r.name !== undefined);
    expect(new Set(named.map((r) => r.name)).size).toBe(named.length);
  });

  it("keeps each room's msgs equal to its messages, and lm equal to the last one", () => {
    const perRoom = countBy(docs.rocketchat_message, (m) => m.rid);
    const lastTs = new Map<string, number>();
    for (const m of docs.rocketchat_message) lastTs.set(m.rid, Math.max(lastTs.get(m.rid) ?? 0, m.ts.getTime()));
    for (const room of docs.rocketchat_room) {
      expect(room.msgs ?? 0).toBe(perRoom[room._id] ?? 0);
      if (!('msgs' in room)) expect(perRoom[room._id]).toBeUndefined();
      expect(room.lm?.getTime()).toBe(lastTs.get(room._id));
    }
    expect(docs.rocketchat_room.reduce((sum, r) => sum + (r.msgs ?? 0), 0)).toBe(options.messages);
    expect(docs.rocketchat_message.every((m) => m.ts instanceof Date && m.ts < baseDate)).toBe(true);
  });

  it("keeps each thread parent's tcount and tlm equal to its replies in the same room", () => {
    const messages = byId(docs.rocketchat_message);
    const replies = docs.rocketchat_message.filter((m) => m.tmid !== undefined);
    for (const reply of replies) {
      const parent = messages.get(reply.tmid)!;
      expect(parent.rid).toBe(reply.rid);
      expect(parent.ts.getTime()).toBeLessThan(reply.ts.getTime());
    }
    const repliesPerParent = countBy(replies, (m) => m.tmid);
    for (const parent of docs.rocketchat_message.filter((m) => m.tcount !== undefined)) {
      expect(parent.tcount).toBe(repliesPerParent[parent._id]);
      const last = Math.max(...replies.filter((r) => r.tmid === parent._id).map((r) => r.ts.getTime()));
      expect(parent.tlm.getTime()).toBe(last);
    }
    expect(Object.keys(repliesPerParent).every((id) => messages.get(id)?.tcount !== undefined)).toBe(true);
  });

  it('hangs discussions from channels and groups of their own type, announced by drid', () => {
    const rooms = byId(docs.rocketchat_room);
    for (const discussion of docs.rocketchat_room.filter((r) => r.prid !== undefined)) {
      expect(rooms.get(discussion.prid)?.t).toBe(discussion.t);
      expect(rooms.get(discussion.prid)?.prid).toBeUndefined();
    }
    for (const announcement of docs.rocketchat_message.filter((m) => m.drid !== undefined)) {
      expect(announcement.t).toBe('discussion-created');
      expect(rooms.get(announcement.drid)?.prid).toBe(announcement.rid);
      expect(rooms.get(announcement.drid)?.ts).toEqual(announcement.ts);
    }
  });

  it('subscribes members of existing rooms, with ls a Date wherever it is set', () => {
    const rooms = byId(docs.rocketchat_room);
    const users = byId(docs.users);
    for (const s of docs.rocketchat_subscription) {
      expect(rooms.get(s.rid)?.t).toBe(s.t);
      expect(users.get(s.u._id)?.username).toBe(s.u.username);
      if ('ls' in s) expect(s.ls).toBeInstanceOf(Date);
    }
    const perRoom = countBy(docs.rocketchat_subscription, (s) => s.rid);
    for (const room of docs.rocketchat_room.filter((r) => r.t !== 'l')) expect(perRoom[room._id] ?? 0).toBe(room.usersCount);
  });

  it('stores uploads with an integer size in bytes, in rooms, by users', () => {
    const rooms = byId(docs.rocketchat_room);
    const users = byId(docs.users);
    for (const upload of docs.rocketchat_uploads) {
      expect(Number.isInteger(upload.size) && upload.size > 0).toBe(true);
      expect(rooms.has(upload.rid) && users.has(upload.userId)).toBe(true);
      expect([upload.complete, upload.store, upload.uploadedAt instanceof Date]).toEqual([true, 'GridFS:Uploads', true]);
    }
  });
});
