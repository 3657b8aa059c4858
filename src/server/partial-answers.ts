import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';

/**
 * An answer that holds at least one computed value is a 200, whatever its errors' codes: a client
 * keeps the figures whose queries answered (a failed query nulls only its own figures, see
 * docs/figures.md). An answer with nothing computed keeps the status its errors ask for (503 when the
 * database is away).
 */
export function partialAnswers(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          if (body.kind !== 'single' || !body.singleResult.errors?.length) return;
          if (holdsAValue(body.singleResult.data)) response.http.status = 200;
        },
      };
    },
  };
}

function holdsAValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== 'object') return true;
  return Object.values(value as Record<string, unknown>).some(holdsAValue);
}
