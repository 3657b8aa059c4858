import { existsSync } from 'node:fs';
import { MongoClient } from 'mongodb';
import { startDatabase } from '../../src/db/ferretdb-process';
import { loadConfig } from '../../src/config';

// The embedded database helper itself; skipped when MONGO_URL points the suite at a real MongoDB.
const describeEmbedded = loadConfig().mongoUrl ? describe.skip : describe;

describeEmbedded('embedded FerretDB', () => {
  it('two start in parallel, serve, and stop cleanly', async () => {
    const [a, b] = await Promise.all([startDatabase(), startDatabase()]);
    expect(a.port).not.toBe(b.port);
    expect(a.dataDir).not.toBe(b.dataDir);
    for (const [server, value] of [
      [a, 'first'],
      [b, 'second'],
    ] as const) {
      const client = new MongoClient(server.url);
      await client.db('probe').collection('things').insertOne({ value });
      expect(
        await client
          .db('probe')
          .collection('things')
          .find({}, { projection: { _id: 0 } })
          .toArray(),
      ).toEqual([{ value }]);
      await client.close();
    }
    await Promise.all([a.stop(), b.stop()]);
    expect(a.process.exitCode !== null || a.process.signalCode !== null).toBe(true);
    expect(b.process.exitCode !== null || b.process.signalCode !== null).toBe(true);
    expect(existsSync(a.dataDir)).toBe(false);
    const client = new MongoClient(a.url, { serverSelectionTimeoutMS: 300 });
    await expect(client.db('admin').command({ ping: 1 })).rejects.toThrow();
    await client.close();
  });

  it('keeps its data across a restart when given a data directory', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dataDir = mkdtempSync(join(tmpdir(), 'ferretdb-kept-'));
    const first = await startDatabase({ dataDir });
    let client = new MongoClient(first.url);
    await client.db('kept').collection('c').insertOne({ n: 1 });
    await client.close();
    await first.stop();
    const second = await startDatabase({ dataDir, port: first.port });
    client = new MongoClient(second.url);
    expect(await client.db('kept').collection('c').countDocuments()).toBe(1);
    await client.close();
    await second.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
