import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from '../context';

/**
 * Whole answers reused for the figure cache's window, when the resolvers said so (see AnswerReuse):
 * the figure cache already spares the database; this spares the CPU of executing the same document
 * again for every poller. An identical request (document, operation, variables) asks the same root
 * fields with the same arguments, so what its resolvers declared holds for the next one too.
 * Authorization still runs for every request, before a hit.
 */
export function statisticsResponseCache(ttlMs: number): ApolloServerPlugin<GatewayContext> {
  const answers = new LRUCache<string, FormattedExecutionResult>({ max: 500, ttl: Math.max(1, ttlMs) });
  return {
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation(request): Promise<GraphQLResponse | null> {
          if (ttlMs <= 0 || request.operation?.operation !== 'query') return null;
          key = reuseKeyOf(request.queryHash, request.operationName, request.request.variables);
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
          if (!key || !request.contextValue.answerReuse.reusable) return;
          if (body.kind === 'single' && !body.singleResult.errors && body.singleResult.data) answers.set(key, body.singleResult);
        },
      };
    },
  };
}

/**
 * An identical request: the same document, operation and variables. Variables too deep to serialize
 * (a hostile request) make no key: such a request is simply never reused.
 */
function reuseKeyOf(queryHash: string | undefined, operationName: string | null | undefined, variables: unknown): string | undefined {
  if (queryHash === undefined) return undefined;
  try {
    return `${queryHash}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  } catch {
    return undefined;
  }
}
