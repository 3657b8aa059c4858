import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DoorDependencies } from '../doors/door-dependencies';
import { doorContext } from '../doors/request-context';
import { runFixedDocument, type DoorFailure } from '../doors/run-fixed-document';
import { errorCodes } from '../errors';
import { SnapshotPageDocument } from '../generated/operations';
import { wireFormats } from '../rest/wire-format';

/** Snapshot ids are Rocket.Chat Random.id()s (src/snapshots/snapshot-id.ts); anything else names none. */
const snapshotIdPattern = /^[A-Za-z0-9]{1,64}$/;

/**
 * GET /workspace/download/:id, behind the page's Download Info: the snapshot the page shows, as
 * Rocket.Chat's current `statistics` object — what Rocket.Chat's own Workspace page saves
 * (apps/meteor/client/views/admin/workspace/WorkspaceRoute.tsx) — whatever REST_FORMAT says, so the
 * file holds exactly the figures on screen. Failures answer with the gateway's error code, which
 * the page turns into its own words.
 */
export async function answerDownloadInfo(
  deps: DoorDependencies,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { id } = request.params;
  if (!snapshotIdPattern.test(id)) return sendFailure(reply, { code: 'BAD_USER_INPUT', message: `"${id}" is no snapshot id; reload the Workspace page.` });
  const outcome = await runFixedDocument(deps, doorContext(deps, request), SnapshotPageDocument, { offset: 0, count: 1, filter: { _id: id } });
  if (!outcome.ok) return sendFailure(reply, outcome.failure);
  const [snapshot] = outcome.data.snapshots.snapshots;
  if (!snapshot) return sendFailure(reply, { code: 'BAD_USER_INPUT', message: `No stored snapshot has the id ${id}; reload the Workspace page.` });
  const { success: _success, ...statistics } = wireFormats.current.statisticsBody(snapshot);
  return reply
    .header('cache-control', 'no-store')
    .header('content-disposition', 'attachment; filename="statistics.json"')
    .type('application/json')
    .send(`${JSON.stringify(statistics, null, 2)}\n`);
}

function sendFailure(reply: FastifyReply, failure: DoorFailure): FastifyReply {
  if (failure.retryAfterSeconds) reply.header('retry-after', String(failure.retryAfterSeconds));
  return reply
    .code(errorCodes[failure.code])
    .header('cache-control', 'no-store')
    .type('application/json')
    .send({
      success: false,
      error: failure.message,
      code: failure.code,
      ...(failure.retryAfterSeconds ? { retryAfterSeconds: failure.retryAfterSeconds } : {}),
    });
}
