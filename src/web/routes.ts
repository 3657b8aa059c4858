import type { FastifyInstance } from 'fastify';
import type { DoorDependencies } from '../rest/routes';

/** GraphiQL and the Workspace page, served from built assets (no outside host). */
export async function registerWebRoutes(_app: FastifyInstance, _deps: DoorDependencies): Promise<void> {}
