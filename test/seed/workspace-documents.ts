import type { Document } from 'mongodb';
import { generateWorkspace, seedCollectionNames, type GenerateOptions, type SeedCollectionName } from '../../src/seed/generate';

export type WorkspaceDocuments = Record<SeedCollectionName, Document[]>;

/** Every document of a generated workspace, per collection (only for the small sizes tests use). */
export function collectWorkspace(options: GenerateOptions): WorkspaceDocuments {
  const workspace = generateWorkspace(options);
  return Object.fromEntries(seedCollectionNames.map((name) => [name, [...workspace.documents(name)]])) as WorkspaceDocuments;
}

/** The smallest workspace tests use: every case must already be in it. */
export const tinyOptions = { users: 30, rooms: 12, messages: 200, seed: 1 } as const;

export function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const value = String(key(item));
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}
