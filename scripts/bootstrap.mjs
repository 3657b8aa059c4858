// First-run set-up, run by `npm start`, `npm test` and `npm run seed` before anything needs
// node_modules: plain Node, no dependency. It installs the npm packages when node_modules is missing
// or older than package-lock.json and, with --browser, makes sure Debian's Chromium is there for the
// browser tests. The embedded database (FerretDB, built with Go) is built later by the gateway itself,
// on first use (src/db/ferretdb-build.ts).
// Usage: node scripts/bootstrap.mjs [--browser]
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromiumPath = '/usr/bin/chromium';
const minimumNode = 20;

/** Stops with one line that says what to do. */
function stop(message) {
  console.error(message);
  process.exit(1);
}

const modifiedMs = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
};

const canRun = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs a command and prints a line every 15 s while it works, so a log or a pipe shows it is alive
 * (npm and apt print nothing for a minute and more).
 */
function runWithProgress(what, command, args, options = {}) {
  const started = Date.now();
  console.log(`${what}…`);
  const timer = setInterval(() => console.log(`${what}: ${Math.round((Date.now() - started) / 1000)} s`), 15_000);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearInterval(timer);
      if (code === 0) {
        console.log(`${what}: done in ${Math.round((Date.now() - started) / 1000)} s`);
        resolve();
      } else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < minimumNode) stop(`Node ${process.versions.node} is too old: install Node ${minimumNode} or later (https://nodejs.org) and run this again.`);
}

/**
 * npm writes node_modules/.package-lock.json at the end of every install: when it is missing or older
 * than package-lock.json (a fresh clone, a pull that changed the lock), the packages are installed again.
 */
async function ensureNpmPackages() {
  const installed = modifiedMs(join(root, 'node_modules', '.package-lock.json'));
  const locked = modifiedMs(join(root, 'package-lock.json'));
  if (installed !== undefined && locked !== undefined && installed >= locked) return;
  // Inside `npm start` npm names itself in npm_execpath: the same npm installs, whatever PATH says.
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli && npmCli.endsWith('.js') ? [process.execPath, [npmCli]] : ['npm', []];
  const reason = installed === undefined ? 'node_modules is missing' : 'package-lock.json changed';
  // The development packages too, even under NODE_ENV=production: the build needs TypeScript and esbuild.
  await runWithProgress(`npm packages (${reason}): npm ci`, command, [...args, 'ci', '--include=dev', '--no-audit', '--no-fund', '--loglevel=error']);
}

/** The browser tests drive Debian's Chromium; root with apt installs it, anyone else is told how. */
async function ensureChromium() {
  if (canRun(chromiumPath)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !canRun('/usr/bin/apt-get')) {
    stop(`The browser tests need Chromium at ${chromiumPath}: install it (Debian/Ubuntu: sudo apt-get install chromium) and run npm test again.`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runWithProgress('Chromium for the browser tests: apt-get update', 'apt-get', ['update', '-qq'], { env });
  await runWithProgress('Chromium for the browser tests: apt-get install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], { env });
  if (!canRun(chromiumPath)) stop(`apt-get installed chromium but ${chromiumPath} is missing: install Chromium there and run npm test again.`);
}

try {
  checkNode();
  await ensureNpmPackages();
  if (process.argv.includes('--browser')) await ensureChromium();
} catch (error) {
  stop(`Set-up failed: ${error.message}`);
}
