import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Apollo's code for a request it cannot read; we use the same for fastify's own refusals. */
type HttpErrorCode = 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'NOT_FOUND' | 'METHOD_NOT_ALLOWED' | 'INTERNAL_SERVER_ERROR';

interface HttpFailure {
  status: number;
  code: HttpErrorCode;
  message: string;
}

/**
 * Clean JSON answers for what fails before a door's handler runs (the content-type parser, the body
 * limit, a malformed JSON body, an unreadable or doubtful Host) and a masked 500 for anything unexpected, on every
 * route. /graphql answers in GraphQL's shape (`errors[].extensions.code`), the other doors in
 * Rocket.Chat's (`success: false`).
 */
export function registerHttpErrors(app: FastifyInstance, options: { bodyLimitBytes: number; graphqlPath?: string }): void {
  const graphqlPath = options.graphqlPath ?? '/graphql';

  app.addHook('onRequest', async (request, reply) => {
    const message = hostProblem(request);
    if (message) return sendFailure(request, reply, { status: 400, code: 'BAD_REQUEST', message }, graphqlPath);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const failure = describe(error, options.bodyLimitBytes);
    if (failure.status >= 500) request.log.error({ err: error }, 'unexpected error');
    else request.log.info({ code: error.code, status: failure.status }, 'request refused');
    return sendFailure(request, reply, failure, graphqlPath);
  });
}

function describe(error: FastifyError, bodyLimitBytes: number): HttpFailure {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The request body is too large: at most ${bodyLimitBytes} bytes.` };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported Content-Type: send application/json (or a GET with query parameters).' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is empty but Content-Type says application/json.' };
  }
  if (status === 405) return { status, code: 'METHOD_NOT_ALLOWED', message: error.message };
  if (status === 404) return { status, code: 'NOT_FOUND', message: error.message };
  // secure-json-parse's refusals (__proto__, constructor.prototype) and other parser errors are 400s too.
  if (status < 500) return { status, code: 'BAD_REQUEST', message: error.message || 'Bad request.' };
  return { status, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}

function sendFailure(request: FastifyRequest, reply: FastifyReply, failure: HttpFailure, graphqlPath: string): FastifyReply {
  const path = request.url.split('?')[0];
  const body =
    path === graphqlPath
      ? { errors: [{ message: failure.message, extensions: { code: failure.code } }] }
      : { success: false, error: failure.message, errorType: `error-${failure.code.toLowerCase().replace(/_/g, '-')}` };
  return reply.code(failure.status).type('application/json; charset=utf-8').send(body);
}

/**
 * Which host a request is for must be beyond doubt (RFC 9112 §3.2: a request with two Host lines, or
 * whose absolute-form target disagrees with its Host, is one that a proxy in front may have read
 * differently): such a request is refused, never served for one host or the other.
 */
function hostProblem(request: FastifyRequest): string | undefined {
  const { rawHeaders, url = '' } = request.raw;
  const hostLines = rawHeaders.filter((name, index) => index % 2 === 0 && name.toLowerCase() === 'host');
  if (hostLines.length > 1) return 'The Host header must appear once.';
  // Apollo's fastify integration builds `new URL(url, protocol://hostname)`; an unparsable Host (or
  // X-Forwarded-Host, trusted behind a proxy) would make that a 500, so refuse it for every door.
  if (!isUsableHost(request.hostname)) return 'The Host header is not a valid host name.';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && authorityOf(url) !== authorityOf(`http://${request.headers.host ?? ''}/`)) {
    return 'The request URL names another host than the Host header: send the path only (GET /graphql), or the same host in both.';
  }
  return undefined;
}

function authorityOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

function isUsableHost(hostname: string): boolean {
  try {
    return new URL(`http://${hostname}/`).hostname.length > 0;
  } catch {
    return false;
  }
}
