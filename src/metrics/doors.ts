/** The HTTP entrances of the gateway, as /metrics labels them. */
export type Door = 'graphql' | 'rest' | 'metrics' | 'page' | 'health';
export type Outcome = 'ok' | 'client_error' | 'server_error';

/** By URL prefix: GraphiQL (/graphiql/), the Workspace page and unknown paths count as the page. */
export function doorOf(url: string): Door {
  const path = url.split('?', 1)[0];
  if (path === '/graphql' || path.startsWith('/graphql/')) return 'graphql';
  if (path.startsWith('/api/')) return 'rest';
  if (path === '/metrics') return 'metrics';
  if (path === '/healthz' || path === '/readyz') return 'health';
  return 'page';
}

export function outcomeOf(status: number): Outcome {
  if (status >= 500) return 'server_error';
  return status >= 400 ? 'client_error' : 'ok';
}
