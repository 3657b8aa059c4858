import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // Markdown as plain text, which every browser shows instead of downloading.
  '.md': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** A built file's name: no folder, no dot file, so a request can never leave the app's folder. */
const plainFileName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

async function statFile(path: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  const found = await stat(path).catch(() => undefined);
  return found?.isFile() ? found : undefined;
}

/**
 * Sends one file of a built app folder (flat, as esbuild writes it), the gzip twin the build wrote
 * when the browser accepts it, with an ETag so reloads revalidate instead of downloading 5 MB again.
 */
export async function sendBuiltFile(request: FastifyRequest, reply: FastifyReply, folder: string, name: string): Promise<FastifyReply> {
  const type = contentTypes[extname(name)];
  const path = join(folder, name);
  const file = plainFileName.test(name) && type ? await statFile(path) : undefined;
  if (!file) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');

  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  reply.header('content-type', type).header('cache-control', 'no-cache').header('etag', etag).header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();

  const gzipped = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) ? await statFile(`${path}.gz`) : undefined;
  if (gzipped) {
    return reply
      .header('content-encoding', 'gzip')
      .header('content-length', gzipped.size)
      .send(createReadStream(`${path}.gz`));
  }
  return reply.header('content-length', file.size).send(createReadStream(path));
}
