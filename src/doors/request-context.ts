import type { FastifyRequest } from 'fastify';
import { createContext, type GatewayContext, type RequestInfo } from '../context';
import type { DoorDependencies } from './door-dependencies';

/** The same per-request context POST /graphql builds: one login check and one set of loaders per request. */
export function doorContext(deps: DoorDependencies, request: FastifyRequest, door: Pick<RequestInfo, 'caller' | 'wrongSecret'> = {}): GatewayContext {
  return createContext(deps.services, { headers: request.headers, address: request.ip, ...door });
}
