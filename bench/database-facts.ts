import type { Db } from 'mongodb';

/** What the results say about the database measured: its server and how big its collections are. */
export interface DatabaseFacts {
  /** e.g. "MongoDB 7.0.14" or "FerretDB v1.24.2 (MongoDB 7.0.42 wire)". */
  server: string;
  version: string;
  /** Every collection of the database: documents (estimated, from metadata) and, where the server tells, bytes. */
  collections: Array<{ name: string; documents: number; bytes?: number }>;
}

/** Read-only: buildInfo, listCollections, and per collection a metadata count and collStats. */
export async function describeDatabase(db: Db): Promise<DatabaseFacts> {
  const build = await db.admin().command({ buildInfo: 1 });
  const version = String(build.version ?? 'unknown');
  // FerretDB answers with the MongoDB version it speaks and its own ("unknown" when built without one).
  const ferretdb = typeof build.ferretdbVersion === 'string' ? build.ferretdbVersion : undefined;
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).filter((name) => !name.startsWith('system.'));
  const collections = await Promise.all(
    names.sort().map(async (name) => {
      const documents = await db.collection(name).estimatedDocumentCount();
      // collStats is deprecated on MongoDB ≥ 6.2 but still answered; a server without it just gives no size.
      const stats = await db.command({ collStats: name }).catch(() => undefined);
      const bytes = typeof stats?.size === 'number' ? stats.size : undefined;
      return { name, documents, ...(bytes !== undefined ? { bytes } : {}) };
    }),
  );
  const server = ferretdb === undefined ? `MongoDB ${version}` : `FerretDB${ferretdb === 'unknown' ? '' : ` ${ferretdb}`} (MongoDB ${version} wire)`;
  return { server, version, collections };
}
