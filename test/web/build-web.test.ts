import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/project-root';

const run = promisify(execFile);
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'build-web-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function buildInto(folder: string): Promise<{ seconds: number; files: Record<string, string> }> {
  const started = performance.now();
  await run(process.execPath, [join(projectRoot, 'scripts', 'build-web.mjs'), '--out', folder, '--quiet'], { cwd: projectRoot });
  const seconds = (performance.now() - started) / 1000;
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(folder, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return { seconds, files };
}

test('scripts/build-web.mjs is deterministic and takes seconds', async () => {
  const first = await buildInto(join(scratch, 'a'));
  const second = await buildInto(join(scratch, 'b'));
  expect(second.files).toEqual(first.files);
  expect(Object.keys(first.files)).toEqual(
    expect.arrayContaining([
      'graphiql/index.html',
      'graphiql/graphiql.js',
      'graphiql/graphiql.css',
      'graphiql/editor.worker.js',
      'graphiql/json.worker.js',
      'graphiql/graphql.worker.js',
      'workspace/index.html',
      'workspace/workspace.js',
      'workspace/workspace.css',
    ]),
  );
  expect(Math.max(first.seconds, second.seconds)).toBeLessThan(30);
});

test('a second build of unchanged sources into the same folder writes nothing and prints nothing', async () => {
  const folder = join(scratch, 'a');
  const before = await stat(join(folder, 'workspace', 'workspace.js'));
  const { stdout } = await run(process.execPath, [join(projectRoot, 'scripts', 'build-web.mjs'), '--out', folder], { cwd: projectRoot });
  expect(stdout).toBe('');
  expect((await stat(join(folder, 'workspace', 'workspace.js'))).mtimeMs).toBe(before.mtimeMs);
  expect(Object.keys((await buildInto(join(scratch, 'c'))).files)).toEqual(expect.arrayContaining(['start/index.html', 'start/start.css']));
});

test('the Workspace bundle carries typed strings, not graphql-js (documentMode: string)', async () => {
  const folder = join(scratch, 'a');
  const workspace = await readFile(join(folder, 'workspace', 'workspace.js'), 'utf8');
  expect(workspace).toContain('query WorkspaceOverview');
  expect(workspace).not.toContain('Syntax Error:');
  // GraphiQL does parse GraphQL in the browser: the check above can tell the two apart.
  expect(await readFile(join(folder, 'graphiql', 'graphiql.js'), 'utf8')).toContain('Syntax Error:');
});
