import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { createProgressLines, formatDuration, type ProgressOutput } from '../progress/progress-lines';
import { projectRoot } from '../project-root';
import { goCommandFor } from './go-toolchain';

const run = promisify(execFile);

const wrapperDir = join(projectRoot, 'tools', 'ferretdb');
export const ferretdbBinary = join(projectRoot, '.cache', 'bin', 'ferretdb-1.24.2');

let building: Promise<string> | undefined;

/**
 * Builds our FerretDB wrapper (tools/ferretdb) once into .cache/bin and returns the binary's path.
 * FerretDB's own `cmd/ferretdb` panics when built with `go install`; the wrapper embeds its library instead.
 * The build takes about a minute on a fresh machine: it reports its progress on `output`.
 */
export function ensureFerretdbBinary(output: ProgressOutput = process.stdout): Promise<string> {
  if (existsSync(ferretdbBinary)) return Promise.resolve(ferretdbBinary);
  building ??= buildFerretdb(output).finally(() => {
    building = undefined;
  });
  return building;
}

async function buildFerretdb(output: ProgressOutput): Promise<string> {
  const started = performance.now();
  const seconds = () => formatDuration((performance.now() - started) / 1000);
  const say = (line: string) => output.write(`${line}\n`);
  say('FerretDB build (first run only, about a minute; cached in .cache/bin): Go fetches its modules…');
  const go = await goCommandFor(wrapperDir, say);
  await run(go, ['mod', 'download'], { cwd: wrapperDir });
  const { stdout } = await run(go, ['list', '-deps', '.'], { cwd: wrapperDir, maxBuffer: 16 * 1024 * 1024 });
  const packages = stdout.trim().split('\n').length;

  mkdirSync(join(projectRoot, '.cache', 'bin'), { recursive: true });
  // Build to a temporary name first: parallel test workers must never run a half-written binary.
  const partial = `${ferretdbBinary}.${process.pid}.tmp`;
  const progress = createProgressLines(output, { intervalMs: 10_000 });
  let compiled = 0;
  // Go's build cache skips what it compiled before: `-v` names only what it compiles now, so the count
  // may stop short of the total.
  const describe = () => `FerretDB build: ${compiled}/${packages} packages compiled · ${seconds()}`;
  const timer = setInterval(() => progress.update(describe()), 1000);
  try {
    await compile(go, ['build', '-v', '-trimpath', '-o', partial, '.'], () => {
      compiled += 1;
      progress.update(describe());
    });
  } finally {
    clearInterval(timer);
  }
  renameSync(partial, ferretdbBinary);
  progress.finish(`FerretDB built in ${seconds()}: ${relative(projectRoot, ferretdbBinary)}`);
  return ferretdbBinary;
}

/** Runs `go build -v`, calling onPackage for every package line it prints; fails with Go's own message. */
function compile(go: string, args: string[], onPackage: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(go, args, { cwd: wrapperDir, stdio: ['ignore', 'ignore', 'pipe'] });
    let pending = '';
    let messages = '';
    child.stderr.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (/^[\w.-]+(\/[\w.~-]+)*$/.test(line)) onPackage();
        else messages = `${messages}${line}\n`.slice(-8000);
      }
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`building FerretDB (go ${args.join(' ')} in tools/ferretdb) failed:\n${messages}${pending}`)),
    );
  });
}
