import type { FastifyInstance } from 'fastify';
import type { RestFormat } from '../config';
import { wireFormats } from '../rest/wire-format';

/**
 * Unknown routes under /api/ answer as Rocket.Chat's API does (its `notFound()`: 404 with
 * `success: false`), in the configured wire format, so a Rocket.Chat client reads them like any other
 * failure; the message lists what is there. Other unknown paths keep fastify's plain 404.
 */
export async function registerApiNotFound(app: FastifyInstance, restFormat: () => RestFormat): Promise<void> {
  await app.register(
    async (api) => {
      api.setNotFoundHandler(async (request, reply) => {
        // Read per answer: with REST_FORMAT=auto the format is settled by the database, possibly after start.
        const format = wireFormats[restFormat()];
        const path = request.url.split('?')[0];
        const error = `Resource not found: ${request.method} ${path} is not an endpoint of this gateway; it serves GET /api/v1/statistics and GET /api/v1/statistics.list (see /api/v1/openapi.json).`;
        return reply
          .code(404)
          .headers({ ...format.headers, 'content-type': 'application/json; charset=utf-8' })
          .send(format.serialize({ success: false, error }));
      });
    },
    { prefix: '/api' },
  );
}
