import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/**
 * `Age` and `Cache-Control` of an answer whose figures are `ageMs` old and stay the server's answer
 * for `leftMs` more. max-age counts from when the figures were computed, as `Age` does, so a cache
 * keeps the answer for max-age − Age: the seconds left in the window (RFC 9111 §4.2.3). `private`:
 * every answer depends on the caller's login, so no shared cache may hand it to another caller.
 */
export function freshnessHeaders(ageMs: number, leftMs: number): { age: string; 'cache-control': string } {
  const seconds = (ms: number) => (Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 1000)) : 0);
  const age = seconds(ageMs);
  const left = seconds(leftMs);
  return { age: String(age), 'cache-control': `private, max-age=${age + left}` };
}

/** The request headers an answer depends on, besides its URL. */
const loginHeaders = 'X-User-Id, X-Auth-Token';

/** A strong validator: the same bytes, the same tag (RFC 9110 §8.8.3). */
export function strongEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): `W/"x"` matches `"x"`, and `*` matches any tag. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * Conditional GET on the doors that answer figures (GET /graphql, the REST endpoints): every 200 answer
 * to a GET carries a strong ETag of its body, and a request whose If-None-Match names it gets 304
 * without a body. The route has run whole by then, login check included, so a 304 only confirms
 * what this caller may read.
 */
export function registerConditionalGet(app: FastifyInstance, paths: (path: string) => boolean): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || !paths(request.url.split('?', 1)[0])) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = strongEtag(payload);
    reply.header('etag', etag);
    // A browser keeps answers by URL: another login in the same browser must not be handed this one.
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, ${loginHeaders}` : loginHeaders);
    if (!matchesIfNoneMatch(request.headers['if-none-match'], etag)) return payload;
    reply.code(304);
    reply.removeHeader('content-type');
    reply.removeHeader('content-length');
    return '';
  });
}
