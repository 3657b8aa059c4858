import type { FastifyRequest } from 'fastify';
import { createContext, type GatewayContext } from '../context';
import type { AuthenticatedUser } from '../auth/authenticator';
import type { DoorDependencies } from './door-dependencies';

/** The same per-request context POST /graphql builds: one login check and one set of loaders per request. */
export function doorContext(deps: DoorDependencies, request: FastifyRequest, caller?: AuthenticatedUser): GatewayContext {
  return createContext(deps.services, { headers: request.headers, address: request.ip, caller });
}
