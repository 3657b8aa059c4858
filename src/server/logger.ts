import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import type { GatewayConfig } from '../config';

/** Credentials travel in these headers only; they are censored wherever a log line holds headers. */
const credentialHeaders = ['authorization', 'x-auth-token', 'cookie'];
const redactedPaths = credentialHeaders.flatMap((name) => [`req.headers["${name}"]`, `headers["${name}"]`, `*.headers["${name}"]`]);

/** Query parameters the doors take; any other parameter's value is not logged (a client might put a token there). */
const loggedParameters = new Set(['refresh', 'offset', 'count', 'sort', 'fields', 'operationName']);

/** An incoming X-Request-Id is reused when it looks like an id, so a proxy's id follows the request. */
const saneRequestId = /^[A-Za-z0-9._:@-]{1,128}$/;

/** Structured JSON logs with a request id per request; no credential ever logged. */
export function loggerOptions(config: GatewayConfig, stream?: NodeJS.WritableStream): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'requestIdHeader'> {
  return {
    logger: {
      level: config.logLevel,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: { req: serializeRequest },
      // A transport cannot be combined with a stream: a given stream (tests) always wins.
      ...(stream ? { stream } : prettyTerminal() ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } } } : {}),
    },
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && saneRequestId.test(incoming) ? incoming : randomUUID();
    },
  };
}

/** Fastify's request fields, with the query string reduced to the parameters the doors take. */
function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: urlForLog(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

function urlForLog(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const kept: string[] = [];
  let dropped = 0;
  for (const [name, value] of new URLSearchParams(url.slice(start + 1))) {
    if (loggedParameters.has(name)) kept.push(`${name}=${encodeURIComponent(value)}`);
    else dropped += 1;
  }
  if (dropped > 0) kept.push(`[${dropped} more redacted]`);
  return `${url.slice(0, start)}?${kept.join('&')}`;
}

/**
 * Readable lines for a developer at a terminal; JSON otherwise (containers, CI and files have no
 * TTY). pino-pretty is a development dependency: without it, JSON as well.
 */
function prettyTerminal(): boolean {
  if (!process.stdout.isTTY) return false;
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
