import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context';
import { errorCodes } from '../errors';
import type { Services } from '../services';
import type { Outcome } from './doors';

/** Error codes worth a label; anything else is counted as OTHER so a label never grows without bound. */
const knownCodes = new Set<string>([...Object.keys(errorCodes), ...Object.values(ApolloServerErrorCode)]);
const serverCodes = new Set<string>(
  Object.entries(errorCodes)
    .filter(([, status]) => status >= 500)
    .map(([code]) => code),
);

/**
 * Counts GraphQL operations, their errors by code and their latency for /metrics — whichever door
 * sent them (POST /graphql, or the fixed documents of REST, the page and /metrics).
 */
export function metricsPlugin(services: Services): ApolloServerPlugin<GatewayContext> {
  const { metrics } = services;
  return {
    async requestDidStart() {
      const stopTimer = metrics.graphqlOperationDuration.startTimer();
      return {
        async willSendResponse({ response }) {
          stopTimer();
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map(codeLabel);
          for (const code of codes) metrics.graphqlErrors.inc({ code });
          metrics.graphqlOperations.inc({ outcome: outcomeOfCodes(codes) });
        },
      };
    },
  };
}

function codeLabel(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' && knownCodes.has(code) ? code : 'OTHER';
}

function outcomeOfCodes(codes: string[]): Outcome {
  if (codes.some((code) => serverCodes.has(code) || code === 'OTHER')) return 'server_error';
  return codes.length > 0 ? 'client_error' : 'ok';
}
