import type { FastifyInstance } from 'fastify';
import type { DatabaseReachability } from '../db/reachability';

/** /healthz: the process answers. /readyz: the database answers a ping within DB_TIMEOUT_MS, else 503. */
export function registerHealthRoutes(app: FastifyInstance, reachability: DatabaseReachability): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    if (await reachability.check()) return { status: 'ready' };
    return reply.code(503).send({ status: 'unavailable', error: 'The database does not answer.' });
  });
}
