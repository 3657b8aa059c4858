import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation, GraphQLResponse } from '@apollo/server';
import { Kind, type FieldNode, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from '../context';

/**
 * Whole answers to `statistics` queries without refresh, reused for the figure cache's window.
 * The figure cache already spares the database; this spares the CPU of executing the same
 * document again for every poller. Authorization still runs for every request, before a hit.
 */
export function statisticsResponseCache(ttlMs: number): ApolloServerPlugin<GatewayContext> {
  const answers = new LRUCache<string, FormattedExecutionResult>({ max: 500, ttl: Math.max(1, ttlMs) });
  return {
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation(request): Promise<GraphQLResponse | null> {
          key = ttlMs > 0 ? cacheKeyOf(request) : undefined;
          if (key === undefined) return null;
          const cached = answers.get(key);
          if (!cached) return null;
          // A reused answer is not stored again: that would extend its life past the window.
          key = undefined;
          try {
            await request.contextValue.requireStatisticsAccess();
          } catch {
            // Let execution produce the caller's error in its usual form.
            return null;
          }
          return { http: { status: undefined, headers: new Map() } as GraphQLResponse['http'], body: { kind: 'single', singleResult: cached } };
        },
        async willSendResponse(request) {
          const body = request.response.body;
          if (key && body.kind === 'single' && !body.singleResult.errors && body.singleResult.data) answers.set(key, body.singleResult);
        },
      };
    },
  };
}

/** Only queries whose every root field is `statistics` without refresh: true may be reused. */
function cacheKeyOf(request: GraphQLRequestContextResponseForOperation<GatewayContext>): string | undefined {
  const operation = request.operation;
  if (!operation || operation.operation !== 'query') return undefined;
  const variables = request.request.variables ?? {};
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'statistics' || refreshes(selection, operation, variables)) return undefined;
  }
  return `${request.queryHash}\u0000${request.operationName ?? ''}\u0000${JSON.stringify(variables)}`;
}

function refreshes(field: FieldNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): boolean {
  const argument = field.arguments?.find((a) => a.name.value === 'refresh');
  if (!argument) return false;
  if (argument.value.kind === Kind.BOOLEAN) return argument.value.value;
  if (argument.value.kind !== Kind.VARIABLE) return true;
  const name = argument.value.name.value;
  if (name in variables) return variables[name] !== false;
  const fallback = operation.variableDefinitions?.find((v) => v.variable.name.value === name)?.defaultValue;
  return !(fallback?.kind === Kind.BOOLEAN && fallback.value === false);
}
