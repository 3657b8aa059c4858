import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requirePermission } from '../auth/authenticator';
import type { DoorDependencies } from '../doors/door-dependencies';
import { doorContext } from '../doors/request-context';
import { failureOfThrown, runFixedDocument, type DoorFailure } from '../doors/run-fixed-document';
import type { GatewayContext } from '../context';
import { errorAnswer, type RestAnswer } from './error-body';
import { readDates, readPage, MatchError } from './engagement-params';
import type { QueryString } from './params';
import { engagementReshapers } from './engagement-bodies';
import {
  EngagementActiveUsersDocument,
  EngagementBusiestDaysDocument,
  EngagementBusiestHoursDocument,
  EngagementChannelsDocument,
  EngagementMessageOriginsDocument,
  EngagementMessagesSentDocument,
  EngagementNewUsersDocument,
  EngagementTopChannelsDocument,
  EngagementUsersByHourDocument,
} from '../generated/operations';

/** Rocket.Chat's answer when a permission of the route is missing (ApiClass.ts, permissionsRequired). */
const forbiddenBody = { success: false, error: 'User does not have the permissions required for this action [error-unauthorized]' };

interface EngagementEndpoint<TData, TVariables extends Record<string, unknown>> {
  path: string;
  document: TypedDocumentNode<TData, TVariables>;
  variables(query: QueryString): TVariables;
  body(data: TData): Record<string, unknown>;
}

const period = (query: QueryString) => readDates(query, ['start', 'end'] as const);
/** The busier-times endpoints take only `start`: their figures end there (users.ts findBusiestsChats…). */
const endingAtStart = (query: QueryString) => {
  const { start } = readDates(query, ['start'] as const);
  return { start, end: start };
};

const endpoint = <TData, TVariables extends Record<string, unknown>>(e: EngagementEndpoint<TData, TVariables>) => e;

/** Every GET /api/v1/engagement-dashboard/… route of Rocket.Chat's EE module (apps/meteor/ee/server/api/engagementDashboard/). */
export const engagementEndpoints = [
  endpoint({ path: 'users/new-users', document: EngagementNewUsersDocument, variables: period, body: engagementReshapers.newUsers }),
  endpoint({ path: 'users/active-users', document: EngagementActiveUsersDocument, variables: period, body: engagementReshapers.activeUsers }),
  endpoint({
    path: 'users/users-by-time-of-the-day-in-a-week',
    document: EngagementUsersByHourDocument,
    variables: period,
    body: engagementReshapers.usersByHour,
  }),
  endpoint({
    path: 'users/chat-busier/hourly-data',
    document: EngagementBusiestHoursDocument,
    variables: endingAtStart,
    body: engagementReshapers.busiestHours,
  }),
  endpoint({ path: 'users/chat-busier/weekly-data', document: EngagementBusiestDaysDocument, variables: endingAtStart, body: engagementReshapers.busiestDays }),
  endpoint({ path: 'messages/messages-sent', document: EngagementMessagesSentDocument, variables: period, body: engagementReshapers.messagesSent }),
  endpoint({ path: 'messages/origin', document: EngagementMessageOriginsDocument, variables: period, body: engagementReshapers.origins }),
  endpoint({
    path: 'messages/top-five-popular-channels',
    document: EngagementTopChannelsDocument,
    variables: period,
    body: engagementReshapers.topChannels,
  }),
  endpoint({
    path: 'channels/list',
    document: EngagementChannelsDocument,
    variables: (query) => ({ ...period(query), ...readPage(query) }),
    body: engagementReshapers.channels,
  }),
];

/** Registers the engagement routes; they answer in Rocket.Chat's current JSON whatever REST_FORMAT says (the module is 3.x and later). */
export function registerEngagementRoutes(app: FastifyInstance, deps: DoorDependencies): void {
  for (const route of engagementEndpoints) {
    app.get(`/api/v1/engagement-dashboard/${route.path}`, async (request: FastifyRequest, reply: FastifyReply) => {
      let answer: RestAnswer;
      try {
        answer = await answerEngagement(deps, request, route as EngagementEndpoint<unknown, Record<string, unknown>>);
      } catch (error) {
        request.log.error({ err: error }, `unexpected error in /api/v1/engagement-dashboard/${route.path}`);
        answer = { status: 500, body: { success: false, error: 'Internal server error' } };
      }
      return reply
        .code(answer.status)
        .headers({ 'cache-control': 'no-store', ...answer.headers, 'content-type': 'application/json' })
        .send(JSON.stringify(answer.body));
    });
  }
}

async function answerEngagement(
  deps: DoorDependencies,
  request: FastifyRequest,
  route: EngagementEndpoint<unknown, Record<string, unknown>>,
): Promise<RestAnswer> {
  const context = doorContext(deps, request);
  // Rocket.Chat checks the login and the permission before it reads parameters.
  const denied = await accessFailure(context);
  if (denied) return failureAnswer(deps, denied);
  let variables: Record<string, unknown>;
  try {
    variables = route.variables(request.query as QueryString);
  } catch (error) {
    if (error instanceof MatchError) return { status: 400, body: { success: false, error: error.message } };
    return failureAnswer(deps, failureOfThrown(error));
  }
  const outcome = await runFixedDocument(deps, context, route.document, variables);
  if (!outcome.ok) return failureAnswer(deps, outcome.failure);
  return { status: 200, body: { ...route.body(outcome.data), success: true } };
}

async function accessFailure(context: GatewayContext): Promise<DoorFailure | undefined> {
  try {
    requirePermission(await context.user(), 'view-engagement-dashboard');
    return undefined;
  } catch (error) {
    return failureOfThrown(error);
  }
}

function failureAnswer(deps: DoorDependencies, failure: DoorFailure): RestAnswer {
  if (failure.code === 'FORBIDDEN') return { status: 403, body: forbiddenBody };
  return errorAnswer(failure, { ...deps.services.restDialect.current, format: 'current' }, 'statistics');
}
