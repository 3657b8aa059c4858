import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context';
import { codeOf, GatewayError, type ErrorCode } from '../errors';
import type { DoorDependencies } from './door-dependencies';

/** What went wrong, as the GraphQL error (or a door's own check) said it. */
export interface DoorFailure {
  code: ErrorCode;
  message: string;
  retryAfterSeconds?: number;
}

export type FixedDocumentOutcome<TData> = { ok: true; data: TData } | { ok: false; failure: DoorFailure };

/**
 * Runs one of the fixed documents (src/operations) through the gateway's own Apollo server, so
 * that REST and /metrics answer exactly what GraphQL computes. Errors arrive already masked by the
 * server's formatError; the door maps the first one's code to its own wire format.
 */
export async function runFixedDocument<TData, TVariables extends Record<string, unknown>>(
  deps: DoorDependencies,
  context: GatewayContext,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<FixedDocumentOutcome<TData>> {
  const response = await deps.apollo.executeOperation<TData, TVariables>({ query: document, variables }, { contextValue: context });
  if (response.body.kind !== 'single') return { ok: false, failure: unexpected };
  const { data, errors } = response.body.singleResult;
  if (errors && errors.length > 0) return { ok: false, failure: failureOf(errors[0]) };
  if (data === undefined || data === null) return { ok: false, failure: unexpected };
  return { ok: true, data };
}

const unexpected: DoorFailure = { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };

function failureOf(error: GraphQLFormattedError): DoorFailure {
  const retryAfterSeconds = error.extensions?.retryAfterSeconds;
  return { code: codeOf(error), message: error.message, ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}) };
}

/** An expected failure thrown outside GraphQL (parameters, the login check); anything else goes on up. */
export function failureOfThrown(error: unknown): DoorFailure {
  if (!(error instanceof GatewayError)) throw error;
  return { code: error.code, message: error.message, ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}) };
}
