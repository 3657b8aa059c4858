import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';
import { insertFiguresWorkspace } from '../helpers/figures-workspace';
import { insertAdmin, insertUserWithPassword } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';

/** The virtualenv .ci/run makes (pip install -r test/python/requirements.txt), else the system's python3. */
function findPython(): string | undefined {
  const venv = join(projectRoot, 'test/python/.venv/bin/python');
  if (existsSync(venv)) return venv;
  if (spawnSync('python3', ['--version']).status === 0) return 'python3';
  console.warn('python3 is missing: the python client test is skipped (bash .ci/run installs python3 and the client)');
  return undefined;
}
const python = findPython();
const withPython = python ? test : test.skip;

const password = 'monitoring-check-password';

function runPython(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(python!, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
let h: Harness;
let seeded: Harness;
let monitor: { userId: string; username: string };

beforeAll(async () => {
  h = await startHarness();
  await insertAdmin(h.db);
  monitor = await insertUserWithPassword(h.db, password, { roles: ['admin'] });
  await insertFiguresWorkspace(h.db, new Date());
  // Started after Rocket.Chat 6.12.1's snapshot is stored, so REST_FORMAT=auto answers as 6.x does.
  seeded = await startHarness({ database: h.database });
});
afterAll(async () => {
  await seeded.close();
  await h.close();
});

describe('python rocketchat-API 3.7.1 in password mode', () => {
  withPython('logs in, reads statistics() and statistics_list(), logs out', async () => {
    // Asynchronously: the gateway answering the client runs in this very process.
    const run = await runPython([join(projectRoot, 'test/python/rocketchat_client.py'), seeded.url, monitor.username, password]);
    if (/No module named 'rocketchat_API'/.test(run.stderr)) {
      throw new Error(`the python client is not installed: ${python} -m pip install -r test/python/requirements.txt (.ci/run does)`);
    }
    expect([run.status, run.stderr]).toEqual([0, '']);
    const seen = JSON.parse(run.stdout);
    expect(seen.userId).toBe(monitor.userId);
    expect(seen.authToken).toMatch(/^rcstats\./);
    // auto: the newest Rocket.Chat snapshot says 6.12.1, so the body is flat (current).
    expect(seen.statistics).toMatchObject({ success: true, totalUsers: 14, version: '6.12.1', totalMessages: 35 });
    expect(seen.listed).toHaveLength(1);
    expect(seen.listed[0]).toMatchObject({ _id: seen.statistics._id, totalUsers: 14 });
    expect(seen.logout).toEqual({ status: 'success', data: { message: "You've been logged out!" } });
    const afterLogout = await seeded.rest('/api/v1/statistics', { 'x-user-id': seen.userId, 'x-auth-token': seen.authToken });
    expect(afterLogout.status).toBe(401);
  });
});
