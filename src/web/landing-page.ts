import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

/** What a browser gets on GET /graphql with Accept: text/html. */
export function graphiqlLandingPage(): ApolloServerPlugin {
  return ApolloServerPluginLandingPageDisabled();
}
