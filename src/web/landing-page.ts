import type { ApolloServerPlugin } from '@apollo/server';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appDir, notBuiltMessage } from './web-dist';

/**
 * What a browser gets on GET /graphql with Accept: text/html: our own GraphiQL page, whose scripts,
 * styles, fonts and editor workers come from /graphiql/ on this host. Apollo's default pages load
 * from Apollo's CDN, so they are replaced. The file is read per request so a rebuild needs no restart.
 */
export function graphiqlLandingPage(): ApolloServerPlugin {
  const indexFile = join(appDir('graphiql'), 'index.html');
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return {
            html: async () => readFile(indexFile, 'utf8').catch(() => `<!doctype html><meta charset="utf-8"><title>GraphiQL</title><p>${notBuiltMessage}</p>`),
          };
        },
      };
    },
  };
}
