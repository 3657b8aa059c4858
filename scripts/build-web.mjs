// Bundles the browser apps (GraphiQL and the Workspace page) into web/dist/ with esbuild, so the
// gateway serves every byte itself: no CDN, no outside font, no worker fetched from elsewhere.
// It builds only when its sources changed (a fingerprint of them is kept beside the
// bundles), so `npm start` after the first costs nothing here.
// Usage: node scripts/build-web.mjs [--out <folder>] [--force] [--list] [--quiet]
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const dist = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'web', 'dist');
const publicDir = join(root, 'web', 'public');
const fingerprintFile = join(dist, '.sources-sha256');

/** Shared by every bundle. Fixed names and no timestamps: two builds of the same sources are byte-identical. */
const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome110', 'firefox115', 'safari16'],
  platform: 'browser',
  legalComments: 'external',
  charset: 'utf8',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Font files (GraphiQL's, fuselage's Inter, Rocket.Chat's icons) become files beside the bundle.
  loader: { '.ttf': 'file', '.woff2': 'file' },
  assetNames: '[name]-[hash]',
};

/** Monaco's language workers, one classic script each; web/src/graphiql/monaco-workers.ts names them. */
const monacoWorkers = {
  'editor.worker': 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'node_modules/monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'node_modules/monaco-graphql/esm/graphql.worker.js',
};

async function bundleApps() {
  const graphiql = join(dist, 'graphiql');
  const workspace = join(dist, 'workspace');
  await Promise.all([
    build({ ...common, entryPoints: { graphiql: 'web/src/graphiql/main.tsx' }, outdir: graphiql }),
    build({ ...common, entryPoints: monacoWorkers, outdir: graphiql }),
    build({ ...common, entryPoints: { workspace: 'web/src/workspace/main.tsx' }, outdir: workspace }),
    cp(join(publicDir, 'graphiql.html'), join(graphiql, 'index.html')),
    cp(join(publicDir, 'workspace.html'), join(workspace, 'index.html')),
    cp(join(publicDir, 'start.html'), join(dist, 'start', 'index.html')),
    cp(join(publicDir, 'start.css'), join(dist, 'start', 'start.css')),
  ]);
}

async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A gzip twin of every text bundle, which the gateway sends to browsers that accept gzip. */
async function writeGzipTwins() {
  const zip = promisify(gzip);
  const texts = (await listFiles(dist)).filter((path) => /\.(js|css|html|ttf)$/.test(path));
  await Promise.all(texts.map(async (path) => writeFile(`${path}.gz`, await zip(await readFile(path), { level: 9 }))));
}

/** What the bundles are made of: the page sources, this script and the locked package versions. */
async function sourcesFingerprint() {
  const hash = createHash('sha256');
  const sources = [...(await listFiles(join(root, 'web', 'src'))), ...(await listFiles(publicDir))];
  for (const path of [...sources, fileURLToPath(import.meta.url), join(root, 'package-lock.json')]) {
    hash
      .update(`${relative(root, path)}\0`)
      .update(await readFile(path))
      .update('\0');
  }
  return hash.digest('hex');
}

const started = performance.now();
const fingerprint = await sourcesFingerprint();
const previous = await readFile(fingerprintFile, 'utf8').catch(() => '');
if (!args.includes('--force') && previous === fingerprint) process.exit(0);

await rm(dist, { recursive: true, force: true });
await mkdir(join(dist, 'start'), { recursive: true });
await bundleApps();
await writeGzipTwins();
await writeFile(fingerprintFile, fingerprint);
if (!args.includes('--quiet')) {
  const files = (await listFiles(dist)).filter((path) => !path.endsWith('.gz') && !path.endsWith('.LEGAL.txt') && !path.endsWith('.sources-sha256'));
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  if (args.includes('--list')) {
    for (const path of files) {
      const [size, zipped] = [(await stat(path)).size, (await stat(`${path}.gz`).catch(() => undefined))?.size];
      console.log(`${kib(size).padStart(12)}${zipped ? ` (${kib(zipped)} gzip)` : ''}  ${relative(root, path)}`);
    }
  }
  let bytes = 0;
  for (const path of files) bytes += (await stat(path)).size;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Web pages built into ${relative(root, dist) || dist} in ${seconds} s (${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB; --list names them)`,
  );
}
