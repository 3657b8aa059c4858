import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from 'mongodb';
import { seedWorkspace, type SeedResult } from '../seed/insert';
import { presetOptions } from '../seed/options';

export type DemoCredentials = Pick<SeedResult, 'admin' | 'user'>;

/**
 * The demo's embedded database holds the `small` workspace: seeded on first start, and its
 * credentials kept next to the data so that later starts print them again.
 */
export async function ensureDemoWorkspace(db: Db, dataDir: string): Promise<DemoCredentials> {
  const credentialsFile = join(dirname(dataDir), 'demo-credentials.json');
  const seeded = (await db.collection('users').estimatedDocumentCount()) > 0;
  if (seeded && existsSync(credentialsFile)) return JSON.parse(readFileSync(credentialsFile, 'utf8')) as DemoCredentials;

  console.log('Seeding the demo workspace (small preset)…');
  const result = await seedWorkspace(db, presetOptions('small'), { dropExisting: true });
  const credentials: DemoCredentials = { admin: result.admin, user: result.user };
  writeFileSync(credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`);
  console.log(`Seeded in ${(result.durationMs / 1000).toFixed(1)} s.`);
  return credentials;
}
