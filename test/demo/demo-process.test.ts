import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../src/db/free-port';
import { projectRoot } from '../../src/project-root';
import { seedPresets } from '../../src/seed/options';

/**
 * What `npm start` runs (after its build, which `npm test` has just made), as a newcomer runs it:
 * no MONGO_URL, a production NODE_ENV (Apollo installs its own signal handlers outside tests).
 */
const dataRoot = mkdtempSync(join(tmpdir(), 'rc-stats-demo-'));
const dataDir = join(dataRoot, 'ferretdb');
let gateway: ChildProcess;
let output = '';
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
let url: string;

beforeAll(async () => {
  const port = await findFreePort();
  url = `http://127.0.0.1:${port}`;
  const { MONGO_URL: _external, ...env } = process.env;
  gateway = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], {
    env: { ...env, NODE_ENV: 'production', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  gateway.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  gateway.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  exited = new Promise((resolve) => gateway.once('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 45_000;
  while (!/X-Auth-Token: \S+/.test(output)) {
    if (gateway.exitCode !== null) throw new Error(`npm start's process exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`no credentials printed within 45 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 60_000);

afterAll(async () => {
  if (gateway.exitCode === null && gateway.signalCode === null) {
    gateway.kill('SIGKILL');
    await exited;
  }
  rmSync(dataRoot, { recursive: true, force: true });
});

/** Processes whose command line names the demo's data folder: the embedded FerretDB. */
function databaseProcesses(): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir);
      } catch {
        return false;
      }
    });
}

it('seeds the demo workspace, prints the admin credentials, and answers /readyz and GraphQL', async () => {
  const [, userId] = /X-User-Id: (\S+)/.exec(output)!;
  const [, token] = /X-Auth-Token: (\S+)/.exec(output)!;
  expect(output).toContain(`GraphQL:   ${url}/graphql`);

  const ready = await fetch(`${url}/readyz`);
  expect(ready.status).toBe(200);

  const typename = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  expect(await typename.json()).toEqual({ data: { __typename: 'Query' } });

  const figures = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-User-Id': userId, 'X-Auth-Token': token },
    body: JSON.stringify({ query: '{ statistics { totalUsers totalRooms } }' }),
  });
  expect((await figures.json()).data).toEqual({ statistics: { totalUsers: seedPresets.small.users, totalRooms: seedPresets.small.rooms } });
  expect(databaseProcesses()).toHaveLength(1);
});

it('stops on SIGTERM within seconds, with exit code 0, and stops its embedded database too', async () => {
  const started = Date.now();
  gateway.kill('SIGTERM');
  expect(await exited).toEqual({ code: 0, signal: null });
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(databaseProcesses()).toEqual([]);
});

it('with its port taken: one line naming the port and PORT, exit code 1, and its embedded database stopped before it exits', async () => {
  const port = await findFreePort();
  const holder = createServer().listen(port, '127.0.0.1');
  await once(holder, 'listening');
  try {
    const { MONGO_URL: _external, ...env } = process.env;
    // The same data folder as above, now free and seeded: the start is quick.
    const blocked = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], {
      env: { ...env, NODE_ENV: 'production', PORT: String(port), DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    blocked.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    blocked.stdout!.resume();
    const started = new Set<string>();
    const watch = setInterval(() => databaseProcesses().forEach((pid) => started.add(pid)), 20);
    const [code] = (await once(blocked, 'exit')) as [number | null];
    clearInterval(watch);
    // Still in /proc (running, or dead but not reaped by the gateway) when the gateway has exited: left behind.
    // An orphan dies of its own only when it next writes to the closed pipe.
    const leftBehind = [...started].filter((pid) => existsSync(`/proc/${pid}`));
    expect({ code, errors, startedDatabases: started.size, leftBehind }).toEqual({
      code: 1,
      errors: `Port ${port} on 127.0.0.1 is already in use by another program: stop that program, or set PORT to a free port.\n`,
      startedDatabases: 1,
      leftBehind: [],
    });
  } finally {
    holder.close();
  }
}, 60_000);
