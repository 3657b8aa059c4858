import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../project-root';

/** Where scripts/build-web.mjs writes the bundled pages (git-ignored; `npm run build` makes it). */
export const webDistDir = join(projectRoot, 'web', 'dist');

/** The browser apps, each in its own folder of web/dist and served under the same name; `start` is also `/`. */
export const webApps = ['graphiql', 'workspace', 'start'] as const;
export type WebApp = (typeof webApps)[number];

export const appDir = (app: WebApp): string => join(webDistDir, app);

export const isBuilt = (app: WebApp): Promise<boolean> =>
  access(join(appDir(app), 'index.html')).then(
    () => true,
    () => false,
  );

export const notBuiltMessage = 'The web pages are not built yet: run `npm run build` (or `node scripts/build-web.mjs`) and reload.';
