import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { Services } from '../services';
import { freshnessHeaders } from '../server/http-caching';

/** Where an answer says how old its figures are: the time its oldest figure was computed, ISO 8601. */
export const figuresComputedAtKey = 'figuresComputedAt';

/**
 * Every answer with figures says when its oldest figure was computed, in
 * `extensions.figuresComputedAt`; the stamp is part of the answer, so an answer the response cache
 * serves again still says when its figures were computed. Answers served past the window (stale,
 * while their recomputation runs) are counted for /metrics. A GET of /graphql also gets `Age` and
 * `Cache-Control` from that time.
 */
export function answerAgePlugin(services: Services): ApolloServerPlugin<GatewayContext> {
  const { figureCache, metrics, config } = services;
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, request }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const { answerAge } = contextValue;
          const noted = answerAge.computedAt;
          const stamped = result.extensions?.[figuresComputedAtKey];
          const computedAt = noted ?? (typeof stamped === 'string' ? Date.parse(stamped) : undefined);
          if (computedAt === undefined || Number.isNaN(computedAt) || result.data === undefined || result.data === null) return;
          // Only the answer that read the figures is stamped (a reused one already is), in place: the
          // response cache holds this very object, whichever plugin's hook runs first.
          if (noted !== undefined) result.extensions = { ...result.extensions, [figuresComputedAtKey]: new Date(noted).toISOString() };
          // Stale: live figures past their window (a reused answer is always of live figures; a snapshot's age is no staleness).
          const live = noted === undefined || answerAge.reads.length > 0;
          if (live && figureCache.isStale(computedAt)) metrics.staleAnswers.inc();
          if (request.http?.method !== 'GET' || (result.errors?.length ?? 0) > 0) return;
          const ageMs = figureCache.now() - computedAt;
          for (const [name, value] of Object.entries(freshnessHeaders(ageMs, config.statisticsTtlMs - ageMs))) response.http.headers.set(name, value);
        },
      };
    },
  };
}
