import type { FastifyRequest } from 'fastify';
import type { GatewayContext } from '../context';
import { SnapshotPageDocument } from '../generated/operations';
import type { DoorDependencies } from '../doors/door-dependencies';
import { doorContext } from '../doors/request-context';
import { failureOfThrown, runFixedDocument, type DoorFailure } from '../doors/run-fixed-document';
import { listFreshness } from './caching';
import { errorAnswer, type RestAnswer } from './error-body';
import { readListParams, type ListParams, type QueryString } from './params';
import { projectFields } from './project-fields';
import { toStoredFilter, toStoredSort } from './stored-field-names';
import { wireFormats } from './wire-format';

/** GET /api/v1/statistics.list: a page of the gateway's stored snapshots. */
export async function answerStatisticsList(deps: DoorDependencies, request: FastifyRequest): Promise<RestAnswer> {
  const dialect = deps.services.restDialect.current;
  const format = wireFormats[dialect.format];
  const context = doorContext(deps, request);
  let params: ListParams;
  try {
    params = readListParams(request.query as QueryString);
  } catch (error) {
    // Rocket.Chat checks the login and the permission before it reads parameters.
    return errorAnswer((await accessFailure(context)) ?? failureOfThrown(error), dialect, 'statistics.list');
  }

  const outcome = await runFixedDocument(deps, context, SnapshotPageDocument, {
    offset: params.offset,
    count: params.count,
    sort: params.sort && toStoredSort(params.sort, format.storedNames),
    filter: params.query && toStoredFilter(params.query, format.storedNames),
  });
  if (!outcome.ok) return errorAnswer(outcome.failure, dialect, 'statistics.list');

  const page = outcome.data.snapshots;
  const fields = params.fields;
  const statistics = page.snapshots.map((figures) => (fields ? projectFields(format.snapshot(figures), fields) : format.snapshot(figures)));
  const body = { statistics, count: page.count, offset: page.offset, total: page.total, success: true };
  return { status: 200, body, headers: listFreshness(deps.services.config) };
}

/** The login or permission failure of this caller, if any: it outranks a parameter mistake. */
async function accessFailure(context: GatewayContext): Promise<DoorFailure | undefined> {
  try {
    await context.requireStatisticsAccess();
    return undefined;
  } catch (error) {
    return failureOfThrown(error);
  }
}
