import type { FastifyRequest } from 'fastify';
import type { GatewayContext } from '../context';
import { LatestSnapshotDocument, TakeSnapshotDocument, type AllFiguresFragment } from '../generated/operations';
import type { DoorDependencies } from '../doors/door-dependencies';
import { doorContext } from '../doors/request-context';
import { runFixedDocument, type FixedDocumentOutcome } from '../doors/run-fixed-document';
import { snapshotFreshness } from './caching';
import { errorAnswer, type RestAnswer } from './error-body';
import { readStatisticsParams, type QueryString } from './params';
import { wireFormats } from './wire-format';

/** GET /api/v1/statistics: the latest stored snapshot, or a new one when asked, missing or too old. */
export async function answerStatistics(deps: DoorDependencies, request: FastifyRequest): Promise<RestAnswer> {
  const dialect = deps.services.restDialect.current;
  const format = wireFormats[dialect.format];
  const context = doorContext(deps, request);
  // REST's refresh=true stores a new snapshot (GraphQL's refresh only skips the reuse window).
  const { takeSnapshot } = readStatisticsParams(request.query as QueryString);
  const outcome = takeSnapshot ? await newSnapshot(deps, context) : await recentSnapshot(deps, context);
  if (!outcome.ok) return errorAnswer(outcome.failure, dialect, 'statistics');
  const headers = snapshotFreshness(deps.services.config, new Date(outcome.data.createdAt), takeSnapshot);
  return { status: 200, body: format.statisticsBody(outcome.data), headers };
}

async function newSnapshot(deps: DoorDependencies, context: GatewayContext): Promise<FixedDocumentOutcome<AllFiguresFragment>> {
  const outcome = await runFixedDocument(deps, context, TakeSnapshotDocument);
  return outcome.ok ? { ok: true, data: outcome.data.takeSnapshot } : outcome;
}

async function recentSnapshot(deps: DoorDependencies, context: GatewayContext): Promise<FixedDocumentOutcome<AllFiguresFragment>> {
  const outcome = await runFixedDocument(deps, context, LatestSnapshotDocument);
  if (!outcome.ok) return outcome;
  const latest = outcome.data.latestSnapshot;
  if (latest && Date.now() - new Date(latest.createdAt).getTime() <= deps.services.config.snapshotMaxAgeMs) return { ok: true, data: latest };
  return newSnapshot(deps, context);
}
