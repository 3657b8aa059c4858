import type { ApolloServer } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { Services } from '../services';

/** What every door (REST, /metrics, the pages) needs: the one GraphQL server and the process's services. */
export interface DoorDependencies {
  apollo: ApolloServer<GatewayContext>;
  services: Services;
}
