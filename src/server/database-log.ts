import type { FastifyInstance } from 'fastify';
import type { DatabaseReachability } from '../db/reachability';

/**
 * One warning when the database stops answering (with the reason) and one when it answers again:
 * an operator sees the outage and its length, not a line per failed request.
 */
export function logDatabaseReachability(app: FastifyInstance, reachability: DatabaseReachability): void {
  let lostAt: Date | undefined;
  const stopListening = reachability.onChange((change) => {
    if (!change.reachable) {
      lostAt = change.since;
      app.log.warn({ cause: change.cause?.message }, 'database unreachable: requests that need it answer 503 until it answers again');
    } else {
      app.log.warn({ downForMs: lostAt ? change.since.getTime() - lostAt.getTime() : undefined }, 'database reachable again');
    }
  });
  app.addHook('onClose', async () => stopListening());
}
