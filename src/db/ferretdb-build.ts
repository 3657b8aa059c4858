import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../project-root';

const run = promisify(execFile);

const wrapperDir = join(projectRoot, 'tools', 'ferretdb');
export const ferretdbBinary = join(projectRoot, '.cache', 'bin', 'ferretdb-1.24.2');

let building: Promise<string> | undefined;

/**
 * Builds our FerretDB wrapper (tools/ferretdb) once into .cache/bin and returns the binary's path.
 * FerretDB's own `cmd/ferretdb` panics when built with `go install`; the wrapper embeds its library instead.
 */
export function ensureFerretdbBinary(): Promise<string> {
  if (existsSync(ferretdbBinary)) return Promise.resolve(ferretdbBinary);
  building ??= buildFerretdb().finally(() => {
    building = undefined;
  });
  return building;
}

async function buildFerretdb(): Promise<string> {
  try {
    await run('go', ['version']);
  } catch {
    throw new Error('Go is needed to build the embedded FerretDB database (tools/ferretdb). Install Go ≥ 1.24, or set MONGO_URL to an existing MongoDB.');
  }
  mkdirSync(join(projectRoot, '.cache', 'bin'), { recursive: true });
  // Build to a temporary name first: parallel test workers must never run a half-written binary.
  const partial = `${ferretdbBinary}.${process.pid}.tmp`;
  await run('go', ['build', '-trimpath', '-o', partial, '.'], { cwd: wrapperDir, maxBuffer: 16 * 1024 * 1024 });
  renameSync(partial, ferretdbBinary);
  return ferretdbBinary;
}
