import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from '../context';
import type { FigureCache } from './figure-cache';

/**
 * Whole answers reused for the figure cache's window, when the resolvers said so (see AnswerReuse):
 * the figure cache already spares the database; this spares the CPU of executing the same document
 * again for every poller. An identical request (document, operation, variables) asks the same root
 * fields with the same arguments, so what its resolvers declared holds for the next one too.
 * Authorization still runs for every request, before a hit.
 *
 * An answer is kept only while its oldest figure is fresh (until computedAt + ttlMs): a stale
 * answer is never stored, so a reused answer is never older than the window and shows the
 * recomputed figures as soon as they arrive. The answer carries its own figuresComputedAt.
 */
export function statisticsResponseCache(ttlMs: number, figureCache: FigureCache): ApolloServerPlugin<GatewayContext> {
  const answers = new LRUCache<string, FormattedExecutionResult>({
    max: 500,
    ttl: Math.max(1, ttlMs),
    perf: { now: () => figureCache.now() },
    ttlResolution: 0,
  });
  return {
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation(request): Promise<GraphQLResponse | null> {
          if (ttlMs <= 0 || request.operation?.operation !== 'query') return null;
          key = `${request.queryHash}\u0000${request.operationName ?? ''}\u0000${JSON.stringify(request.request.variables ?? {})}`;
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
          if (body.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return;
          const computedAt = request.contextValue.answerAge.computedAt ?? figureCache.now();
          const freshFor = computedAt + ttlMs - figureCache.now();
          if (freshFor > 0) answers.set(key, body.singleResult, { ttl: freshFor });
        },
      };
    },
  };
}
