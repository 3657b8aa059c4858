import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DoorDependencies } from '../doors/door-dependencies';
import { errorAnswer, type RestAnswer, type RestEndpoint } from './error-body';
import { answerStatisticsList } from './list-endpoint';
import { openApiDocument } from './openapi-document';
import { answerStatistics } from './statistics-endpoint';
import { wireFormats, type WireFormat } from './wire-format';

type Endpoint = (deps: DoorDependencies, request: FastifyRequest) => Promise<RestAnswer>;

/** GET /api/v1/statistics and /api/v1/statistics.list, as Rocket.Chat answers them, and their OpenAPI document. */
export function registerRestRoutes(app: FastifyInstance, deps: DoorDependencies): void {
  const format = wireFormats[deps.services.config.restFormat];
  const route = (endpoint: RestEndpoint, answer: Endpoint) => async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      return send(reply, format, await answer(deps, request));
    } catch (error) {
      request.log.error({ err: error }, `unexpected error in /api/v1/${endpoint}`);
      return send(reply, format, errorAnswer({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }, format.name, endpoint));
    }
  };
  app.get('/api/v1/statistics', route('statistics', answerStatistics));
  app.get('/api/v1/statistics.list', route('statistics.list', answerStatisticsList));

  const openApi = `${JSON.stringify(openApiDocument(), null, 2)}\n`;
  app.get('/api/v1/openapi.json', async (_request, reply) => reply.header('content-type', 'application/json').send(openApi));
}

function send(reply: FastifyReply, format: WireFormat, answer: RestAnswer): FastifyReply {
  return reply
    .code(answer.status)
    .headers({ ...format.headers, ...answer.headers, 'content-type': 'application/json' })
    .send(format.serialize(answer.body));
}
