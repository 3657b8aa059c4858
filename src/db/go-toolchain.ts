import { execFile } from 'node:child_process';
import { chmod, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The Go release fetched when the local Go is older than tools/ferretdb/go.mod's `go` line. Go ≥ 1.21
 * would switch by itself with GOTOOLCHAIN=auto, but Debian 12 ships Go 1.19, which predates toolchain
 * switching; so the gateway asks Go's module proxy for the same module Go's own switch downloads.
 */
export const fetchedGoRelease = '1.24.13';

/** "go1.19.8" → [1, 19, 8]; undefined for development builds ("devel …"), taken as new enough. */
export function parseGoVersion(text: string): number[] | undefined {
  const match = /^go(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

/** The `go 1.24` line of a go.mod. */
export function requiredGoVersion(goMod: string): number[] {
  const match = /^go\s+(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(goMod);
  if (!match) throw new Error('tools/ferretdb/go.mod has no `go` line');
  return parseGoVersion(`go${match[1]}`)!;
}

export function isOlder(version: number[], than: number[]): boolean {
  for (let index = 0; index < than.length; index += 1) {
    const [a, b] = [version[index] ?? 0, than[index] ?? 0];
    if (a !== b) return a < b;
  }
  return false;
}

/** The module Go's own toolchain switch downloads: a whole GOROOT, as golang.org/toolchain@v0.0.1-go1.24.13.linux-amd64. */
export const toolchainModule = (release: string, os: string, arch: string): string => `golang.org/toolchain@v0.0.1-go${release}.${os}-${arch}`;

export class GoMissingError extends Error {}

/**
 * The `go` command that can build the module in `moduleDir`: the local one when it is recent enough,
 * otherwise the fetched release (once; it stays in Go's module cache).
 */
export async function goCommandFor(moduleDir: string, report: (line: string) => void): Promise<string> {
  let local: string[];
  try {
    local = (await run('go', ['env', 'GOVERSION', 'GOHOSTOS', 'GOHOSTARCH'])).stdout.trim().split('\n');
  } catch {
    throw new GoMissingError(
      'Go is needed to build the embedded FerretDB database (tools/ferretdb): install Go (Debian: apt-get install golang-go), or set MONGO_URL to an existing MongoDB.',
    );
  }
  const [versionText = '', os = 'linux', arch = 'amd64'] = local;
  const version = parseGoVersion(versionText);
  const required = requiredGoVersion(await readFile(join(moduleDir, 'go.mod'), 'utf8'));
  if (!version || !isOlder(version, required)) return 'go';

  const module = toolchainModule(fetchedGoRelease, os, arch);
  report(
    `FerretDB build: the local ${versionText} is older than go ${required.join('.')} (tools/ferretdb/go.mod); fetching go${fetchedGoRelease} through Go's module proxy…`,
  );
  // Outside any module, so that this go.mod's `go` line does not stop the old Go first.
  const { stdout } = await run('go', ['mod', 'download', '-json', module], { cwd: tmpdir(), maxBuffer: 1024 * 1024 });
  const { Dir: goroot, Error: failure } = JSON.parse(stdout) as { Dir?: string; Error?: string };
  if (!goroot) throw new Error(`could not fetch ${module}: ${failure ?? 'no folder'}`);
  await makeCommandsExecutable(goroot);
  return join(goroot, 'bin', 'go');
}

/** Module zips keep no file modes: set the execute bits of the commands, as Go's own switch does. */
async function makeCommandsExecutable(goroot: string): Promise<void> {
  for (const folder of ['bin', 'pkg/tool']) {
    const entries = await readdir(join(goroot, folder), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isFile()) await chmod(join(entry.parentPath, entry.name), 0o555);
  }
}
