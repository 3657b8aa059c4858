import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FastifyRequest } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import { createContext, type GatewayContext } from '../context';
import { codeOf, GatewayError } from '../errors';
import type { RestFailure } from './error-body';
import type { DoorDependencies } from './routes';

export type OperationOutcome<TData> = { ok: true; data: TData } | { ok: false; failure: RestFailure };

/** The same per-request context GraphQL builds: one login check and one set of loaders per request. */
export function requestContext(deps: DoorDependencies, request: FastifyRequest): GatewayContext {
  return createContext(deps.services, { headers: request.headers, address: request.ip });
}

/**
 * Runs one of the fixed documents through the gateway's own Apollo server, so REST answers are
 * exactly what GraphQL computes. Errors arrive already masked by the server's formatError.
 */
export async function runOperation<TData, TVariables extends Record<string, unknown>>(
  deps: DoorDependencies,
  context: GatewayContext,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<OperationOutcome<TData>> {
  const response = await deps.apollo.executeOperation<TData, TVariables>({ query: document, variables }, { contextValue: context });
  if (response.body.kind !== 'single') return { ok: false, failure: unexpected };
  const { data, errors } = response.body.singleResult;
  if (errors && errors.length > 0) return { ok: false, failure: failureOf(errors[0]) };
  if (data === undefined || data === null) return { ok: false, failure: unexpected };
  return { ok: true, data };
}

const unexpected: RestFailure = { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };

function failureOf(error: GraphQLFormattedError): RestFailure {
  const retryAfterSeconds = error.extensions?.retryAfterSeconds;
  return { code: codeOf(error), message: error.message, ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}) };
}

/** An expected failure thrown outside GraphQL (parameters, the login check); anything else goes on up. */
export function failureOfThrown(error: unknown): RestFailure {
  if (!(error instanceof GatewayError)) throw error;
  return { code: error.code, message: error.message, ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}) };
}
