import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DoorDependencies } from '../doors/door-dependencies';
import { registerEngagementRoutes } from './engagement-endpoints';
import { errorAnswer, type RestAnswer, type RestEndpoint } from './error-body';
import { answerStatisticsList } from './list-endpoint';
import { answerLogin, answerLogout } from './login-endpoint';
import { openApiDocument } from './openapi-document';
import { answerStatistics } from './statistics-endpoint';
import { wireFormats, type WireFormat } from './wire-format';

type Endpoint = (deps: DoorDependencies, request: FastifyRequest) => Promise<RestAnswer>;

/** GET /api/v1/statistics and /api/v1/statistics.list, login and logout, as Rocket.Chat answers them, and their OpenAPI document. */
export function registerRestRoutes(app: FastifyInstance, deps: DoorDependencies): void {
  const { restDialect } = deps.services;
  const route = (endpoint: RestEndpoint, answer: Endpoint) => async (request: FastifyRequest, reply: FastifyReply) => {
    // REST_FORMAT=auto: the Rocket.Chat version is read once (again only after a failed read).
    await restDialect.settle();
    const format = wireFormats[restDialect.current.format];
    try {
      return send(reply, format, await answer(deps, request));
    } catch (error) {
      request.log.error({ err: error }, `unexpected error in /api/v1/${endpoint}`);
      return send(reply, format, errorAnswer({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }, restDialect.current, endpoint));
    }
  };
  app.get('/api/v1/statistics', route('statistics', answerStatistics));
  app.get('/api/v1/statistics.list', route('statistics.list', answerStatisticsList));
  registerEngagementRoutes(app, deps);
  // Scripts written for Rocket.Chat send the login as a form as often as JSON (python rocketchat-API's `data=`).
  app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    scope.post('/api/v1/login', route('login', answerLogin));
    scope.post('/api/v1/logout', route('logout', answerLogout));
    scope.get('/api/v1/logout', route('logout', answerLogout));
  });

  const openApi = `${JSON.stringify(openApiDocument(), null, 2)}\n`;
  app.get('/api/v1/openapi.json', async (_request, reply) => reply.header('content-type', 'application/json').send(openApi));
}

function send(reply: FastifyReply, format: WireFormat, answer: RestAnswer): FastifyReply {
  return reply
    .code(answer.status)
    .headers({ ...format.headers, ...answer.headers, 'content-type': 'application/json' })
    .send(format.serialize(answer.body));
}
