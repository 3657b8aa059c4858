import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from 'mongodb';
import { seedWorkspace, type SeedResult } from '../seed/insert';
import { presetOptions } from '../seed/options';
import { createSeedProgress } from '../seed/seed-progress';

export type DemoCredentials = Pick<SeedResult, 'admin' | 'user'>;

const credentialsFileOf = (dataDir: string): string => join(dirname(dataDir), 'demo-credentials.json');

/** What removes the demo (data and credentials), so that the next start seeds it anew: `rm -rf .data` by default. */
export function demoResetCommand(dataDir: string): string {
  const folder = dirname(dataDir);
  return folder === '.data' ? 'rm -rf .data' : `rm -rf ${dataDir} ${credentialsFileOf(dataDir)}`;
}

/**
 * The demo's embedded database holds the `small` workspace: seeded on first start, and its
 * credentials kept next to the data so that later starts print them again.
 */
export async function ensureDemoWorkspace(db: Db, dataDir: string): Promise<DemoCredentials> {
  const credentialsFile = credentialsFileOf(dataDir);
  const seeded = (await db.collection('users').estimatedDocumentCount()) > 0;
  if (seeded && existsSync(credentialsFile)) return JSON.parse(readFileSync(credentialsFile, 'utf8')) as DemoCredentials;

  console.log('Seeding the demo workspace (small preset, first start only)…');
  const progress = createSeedProgress(process.stdout);
  const result = await seedWorkspace(db, presetOptions('small'), { dropExisting: true, onProgress: progress.update }).finally(progress.finish);
  const credentials: DemoCredentials = { admin: result.admin, user: result.user };
  writeFileSync(credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`);
  return credentials;
}
