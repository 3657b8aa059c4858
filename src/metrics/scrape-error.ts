import type { FastifyReply } from 'fastify';
import type { DoorFailure } from '../doors/run-fixed-document';
import { errorCodes } from '../errors';

/** The /metrics door's wire format for errors: the code's HTTP status and its message as plain text. */
export function sendScrapeError(reply: FastifyReply, failure: DoorFailure, bearerAccepted: boolean): FastifyReply {
  const status = errorCodes[failure.code];
  if (failure.retryAfterSeconds !== undefined) reply.header('retry-after', String(failure.retryAfterSeconds));
  if (status === 401 && bearerAccepted) reply.header('www-authenticate', 'Bearer realm="metrics"');
  const message = failure.code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : failure.message;
  return reply.code(status).type('text/plain; charset=utf-8').send(`${message}\n`);
}
