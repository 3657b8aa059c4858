import type { FastifyInstance } from 'fastify';
import type { Db } from 'mongodb';

/** /healthz: the process answers. /readyz: the database answers a ping within the timeout, else 503. */
export function registerHealthRoutes(app: FastifyInstance, db: Db, timeoutMs: number): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await db.command({ ping: 1 }, { timeoutMS: timeoutMs });
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'unavailable', error: 'The database does not answer.' });
    }
  });
}
