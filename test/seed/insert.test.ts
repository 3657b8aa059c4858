import type { Db } from 'mongodb';
import { generateWorkspace, seedCollectionNames } from '../../src/seed/generate';
import { seedWorkspace, SeedTargetNotEmptyError, type SeedProgress } from '../../src/seed/insert';
import { startTestDatabase, type TestDatabase } from '../helpers/database';
import { tinyOptions } from './workspace-documents';

describe('seedWorkspace on the test database', () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await startTestDatabase();
    db = database.handle.db;
  });
  afterAll(() => database.stop());

  it('writes every generated document in batches, reports progress and returns the fixed credentials', async () => {
    const progress: SeedProgress[] = [];
    const before = Date.now();
    const now = new Date('2026-06-15T10:00:00.000Z');
    const result = await seedWorkspace(db, tinyOptions, { batchSize: 50, now, onProgress: (p) => progress.push(p) });
    const expected = generateWorkspace({ ...tinyOptions, now });

    expect(result.counts).toEqual(expected.counts);
    for (const name of seedCollectionNames) expect(await db.collection(name).countDocuments()).toBe(expected.counts[name]);
    const { admin, user, inactiveUser } = expected.credentials;
    expect(result).toMatchObject({
      options: tinyOptions,
      admin: { userId: admin.userId, authToken: admin.authToken, personalAccessToken: admin.personalAccessToken },
      user: { userId: user.userId, authToken: user.authToken },
      inactiveUser: { userId: inactiveUser.userId, authToken: inactiveUser.authToken },
    });
    const total = Object.values(expected.counts).reduce((a, b) => a + b, 0);
    expect(progress.at(-1)).toEqual({ collection: 'instances', inserted: 3, total: 3, insertedAll: total, totalAll: total });
    // 200 messages in batches of 50: the initial report and one per batch.
    expect(progress.filter((p) => p.collection === 'rocketchat_message').map((p) => p.inserted)).toEqual([0, 50, 100, 150, 200]);

    const live = await db.collection('instances').countDocuments({ _updatedAt: { $gte: new Date(before - 60_000) } });
    expect(live).toBe(2);
  });

  it('stores dates as dates and documents as generated', async () => {
    const [generated] = generateWorkspace(tinyOptions).documents('users');
    expect(await db.collection<{ _id: string }>('users').findOne({ _id: generated._id })).toEqual(generated);
  });

  it("creates Rocket.Chat's indexes that the statistics use", async () => {
    const keys = async (name: string) => (await db.collection(name).indexes()).map((index) => index.key).filter((key) => !('_id' in key));
    expect(await keys('rocketchat_subscription')).toEqual(expect.arrayContaining([{ ls: 1 }, { rid: 1, ls: 1 }]));
    expect(await keys('rocketchat_message')).toEqual(expect.arrayContaining([{ ts: 1 }, { rid: 1, ts: 1, _updatedAt: 1 }, { tcount: 1, tlm: 1 }]));
    expect(await keys('rocketchat_room')).toEqual(expect.arrayContaining([{ t: 1, ts: 1 }, { prid: 1 }]));
    expect((await keys('users')).length).toBe(8);
  });

  it('refuses a database that already holds the collections, and replaces them with dropExisting', async () => {
    await expect(seedWorkspace(db, tinyOptions)).rejects.toThrow(SeedTargetNotEmptyError);
    await expect(seedWorkspace(db, tinyOptions)).rejects.toThrow(
      /already holds documents in instances, migrations, rocketchat_email_inbox, .*, rocketchat_message, .*, users;/,
    );
    const reseeded = await seedWorkspace(db, { ...tinyOptions, seed: 2 }, { dropExisting: true });
    expect(await db.collection('users').countDocuments()).toBe(tinyOptions.users);
    expect(await db.collection<{ _id: string }>('users').countDocuments({ _id: reseeded.admin.userId })).toBe(1);
  });
});
