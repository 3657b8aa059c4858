import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Adds `Retry-After` to a GraphQL response whose errors carry `retryAfterSeconds` (TOO_MANY_REQUESTS,
 * OVERLOADED; see GatewayError).
 * The header lands on the operation's HTTP head, so POST /graphql sends it and the doors built on
 * executeOperation (REST, the page, /metrics) find it in `response.http.headers` to pass on.
 */
export function retryAfterHeader(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          let wait = 0;
          for (const error of errors ?? []) {
            const seconds = error.extensions?.retryAfterSeconds;
            if (typeof seconds === 'number' && seconds > wait) wait = seconds;
          }
          if (wait > 0) response.http.headers.set('retry-after', String(wait));
        },
      };
    },
  };
}
