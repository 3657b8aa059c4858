import type { ApolloServerPlugin, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from '../context';
import type { ResultRead } from './answer-age';
import type { FigureCache } from './figure-cache';

interface StoredAnswer {
  result: FormattedExecutionResult;
  /** The query results the answer was computed from. */
  reads: ResultRead[];
  /** Its oldest figure's time (what its figuresComputedAt says). */
  computedAt: number;
}

/**
 * Whole answers reused while the figure cache holds the figures they were computed from, when the
 * resolvers said so (see AnswerReuse): the figure cache already spares the database; this spares
 * the CPU of executing the same document again for every poller. An identical request (document,
 * operation, variables) asks the same root fields with the same arguments, so what its resolvers
 * declared holds for the next one too. Authorization still runs for every request, before a hit.
 *
 * A reused answer is exactly what executing the document again would answer: it is served only while
 * every query result it read is still the one the figure cache holds (so a recomputation that has
 * landed, or a refresh, ends it) and its oldest figure is within STATISTICS_MAX_STALE_MS (within the
 * window when stale figures are never answered). Served stale, it starts the recomputation of its
 * stale results as a read of them would. It carries its own figuresComputedAt.
 *
 * When a stored answer ends (a recomputation landed), the pollers that ask at that moment do not all
 * execute the document again: the first one does, and identical requests arriving meanwhile wait for
 * its answer (at most `followerWaitMs`, then they execute themselves). Without this, 200 pollers run
 * 200 executions per landed query result, on the CPU that answers them.
 */
export function statisticsResponseCache(ttlMs: number, figureCache: FigureCache, followerWaitMs = 1000): ApolloServerPlugin<GatewayContext> {
  const answers = new LRUCache<string, StoredAnswer>({ max: 500, perf: { now: () => figureCache.now() }, ttlResolution: 0 });
  /** The executions under way of documents whose answer may be stored, by key: what identical requests wait for. */
  const executing = new Map<string, Promise<void>>();
  const stillHeld = (stored: StoredAnswer) =>
    figureCache.withinBound(stored.computedAt) && stored.reads.every((read) => figureCache.heldComputedAt(read.query) === read.computedAt);
  const heldAnswer = (key: string): StoredAnswer | undefined => {
    const stored = answers.get(key);
    if (stored && !stillHeld(stored)) answers.delete(key);
    return stored && stillHeld(stored) ? stored : undefined;
  };
  return {
    async requestDidStart() {
      let key: string | undefined;
      let finished: (() => void) | undefined;
      const finish = () => {
        finished?.();
        finished = undefined;
      };
      return {
        async responseForOperation(request): Promise<GraphQLResponse | null> {
          if (ttlMs <= 0 || request.operation?.operation !== 'query') return null;
          key = reuseKeyOf(request.queryHash, request.operationName, request.request.variables);
          if (key === undefined) return null;
          let stored = heldAnswer(key);
          if (!stored) {
            const running = executing.get(key);
            if (!running) {
              const own = key;
              executing.set(
                own,
                new Promise<void>((resolve) => {
                  finished = () => {
                    executing.delete(own);
                    resolve();
                  };
                }),
              );
              return null;
            }
            await waitAtMost(running, followerWaitMs);
            stored = heldAnswer(key);
            if (!stored) return null;
          }
          // A reused answer is not stored again: it is the same answer, of the same figures.
          key = undefined;
          try {
            await request.contextValue.requireStatisticsAccess();
          } catch {
            // Let execution produce the caller's error in its usual form.
            return null;
          }
          for (const read of stored.reads) if (figureCache.isStale(read.computedAt)) figureCache.revalidate(read.query);
          return { http: { status: undefined, headers: new Map() } as GraphQLResponse['http'], body: { kind: 'single', singleResult: stored.result } };
        },
        async willSendResponse(request) {
          try {
            store(request);
          } finally {
            finish();
          }
        },
      };

      function store(request: Parameters<NonNullable<GraphQLRequestListener<GatewayContext>['willSendResponse']>>[0]): void {
        const body = request.response.body;
        if (!key || !request.contextValue.answerReuse.reusable) return;
        if (body.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return;
        const { answerAge } = request.contextValue;
        const computedAt = answerAge.computedAt ?? figureCache.now();
        // An answer of host figures alone (no query) is kept for the window, as before. Host figures
        // beside query results live as long as those results: the window, and their recomputation.
        const reads = answerAge.reads;
        if (reads.length === 0 && figureCache.now() - computedAt >= ttlMs) return;
        const stored: StoredAnswer = { result: body.singleResult, reads, computedAt };
        if (stillHeld(stored)) answers.set(key, stored, reads.length === 0 ? { ttl: Math.max(1, ttlMs - (figureCache.now() - computedAt)) } : {});
      }
    },
  };
}

/** Waits for the promise, or for `ms` at most, whichever comes first. */
async function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
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
