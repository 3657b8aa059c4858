import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../src/db/free-port';
import { projectRoot } from '../../src/project-root';
import { seedPresets } from '../../src/seed/options';

/**
 * A newcomer's first run: `git clone` of this repository (its committed HEAD) into a fresh folder, with
 * no node_modules, no dist, no web/dist and no FerretDB binary, then `npm start` alone. npm installs
 * from its local cache where it can (prefer-offline); Go's own caches are shared, as on any machine.
 */
const scratch = mkdtempSync(join(tmpdir(), 'rc-stats-clone-'));
const clone = join(scratch, 'repository');
let started: ChildProcess;
let output = '';
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
let url: string;
const startupMs = 6 * 60_000;

beforeAll(async () => {
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', projectRoot, clone]);
  expect(['node_modules', 'dist', 'web/dist', '.cache', '.data'].filter((path) => existsSync(join(clone, path)))).toEqual([]);

  const port = await findFreePort();
  url = `http://127.0.0.1:${port}`;
  // As a newcomer's shell: no MONGO_URL, no DATA_DIR, no NODE_ENV (jest's `test` would hide Apollo's defaults).
  const { MONGO_URL: _external, DATA_DIR: _dataDir, NODE_ENV: _nodeEnv, ...env } = process.env;
  // The npm that runs this suite runs `npm start` too, whatever PATH says.
  const npm = process.env.npm_execpath?.endsWith('.js') ? [process.execPath, process.env.npm_execpath] : ['npm'];
  started = spawn(npm[0]!, [...npm.slice(1), 'start'], {
    cwd: clone,
    env: { ...env, PORT: String(port), LOG_LEVEL: 'silent', npm_config_prefer_offline: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: npm, the shell and node are stopped together.
    detached: true,
  });
  started.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  exited = new Promise((resolve) => started.once('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + startupMs;
  while (!/X-Auth-Token: \S+/.test(output)) {
    if (started.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start printed no credentials within ${startupMs / 60_000} min:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, startupMs + 60_000);

afterAll(async () => {
  if (started?.pid && started.exitCode === null && started.signalCode === null) {
    process.kill(-started.pid, 'SIGKILL');
    await exited;
  }
  rmSync(scratch, { recursive: true, force: true });
});

it('installs the npm packages, builds FerretDB and the pages, seeds the demo, each with progress lines', () => {
  expect(output).toContain('npm packages (node_modules is missing): npm ci: done in');
  expect(output).toMatch(/FerretDB build: \d+\/\d+ packages compiled/);
  expect(output).toMatch(/FerretDB built in .+: \.cache\/bin\/ferretdb-1\.24\.2/);
  expect(output).toMatch(/Web pages built into web\/dist in/);
  expect(output).toMatch(/seed: [\d,]+ documents in .+ \([\d,]+\/s\)/);
  expect(output).toContain(`Start:     ${url}/`);
  expect(output).toContain('Ctrl-C stops the gateway and its database; rm -rf .data resets the demo.');
});

it("answers as a ready gateway with the demo's figures, its live instances and the start page", async () => {
  expect((await fetch(`${url}/readyz`)).status).toBe(200);
  const [, userId] = /X-User-Id: (\S+)/.exec(output)!;
  const [, token] = /X-Auth-Token: (\S+)/.exec(output)!;
  const answer = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-User-Id': userId!, 'X-Auth-Token': token! },
    body: JSON.stringify({ query: '{ statistics { totalUsers totalRooms instanceCount } }' }),
  });
  expect((await answer.json()).data).toEqual({ statistics: { totalUsers: seedPresets.small.users, totalRooms: seedPresets.small.rooms, instanceCount: 2 } });
  const start = await fetch(`${url}/`);
  expect(start.status).toBe(200);
  expect(await start.text()).toContain('href="/workspace/"');
});

/** Processes working in the clone or naming it (npm, the shell, the gateway's node, its FerretDB). */
function processesOfTheClone(): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`).startsWith(clone) || readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(clone);
      } catch {
        return false;
      }
    });
}

it('stops on Ctrl-C (SIGINT to the whole group, as a terminal sends it): the gateway and its database end', async () => {
  expect(processesOfTheClone().length).toBeGreaterThanOrEqual(4);
  process.kill(-started.pid!, 'SIGINT');
  // npm passes the interrupt on and ends by it, as after any Ctrl-C. If it does not, say which processes are left.
  const late = new Promise<never>((_, reject) =>
    setTimeout(() => {
      const commandOf = (pid: string) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        } catch {
          return '(ended)';
        }
      };
      const left = processesOfTheClone().map((pid) => `${pid}: ${commandOf(pid)}`);
      reject(new Error(`npm start had not ended 50 s after SIGINT; still running:\n${left.join('\n')}\noutput:\n${output.slice(-3000)}`));
    }, 50_000).unref(),
  );
  expect(await Promise.race([exited, late])).toEqual({ code: null, signal: 'SIGINT' });
  for (let tries = 0; processesOfTheClone().length > 0 && tries < 100; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(processesOfTheClone()).toEqual([]);
  await expect(fetch(`${url}/readyz`)).rejects.toThrow();
}, 90_000);
