import type { FastifyServerOptions } from 'fastify';
import type { GatewayConfig } from '../config';

/** Structured JSON logs with a request id per request; no credential ever logged. */
export function loggerOptions(
  config: GatewayConfig,
  stream?: NodeJS.WritableStream,
): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'requestIdHeader'> {
  return {
    logger: { level: config.logLevel, redact: ['req.headers["x-auth-token"]', 'req.headers.authorization'], ...(stream ? { stream } : {}) },
  };
}
