import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { join } from 'node:path';
import type { DoorDependencies } from '../doors/door-dependencies';
import { projectRoot } from '../project-root';
import { answerDownloadInfo } from './download-info';
import { sendBuiltFile } from './serve-built-files';
import { appDir, isBuilt, notBuiltMessage, webApps } from './web-dist';

/** The committed references the start page links: docs/figures.md and docs/openapi.json. */
const docsDir = join(projectRoot, 'docs');

/**
 * The start page at / (links to every door), GraphiQL under /graphiql/ and the Workspace page under /workspace/, served from web/dist (no
 * outside host). The pages compute nothing here: they send their GraphQL documents to POST /graphql
 * like any client; Download Info reads /workspace/download/:id (download-info.ts).
 *
 * Not @fastify/static: its version 10 loads content-disposition 3, an ES module that jest 30 cannot
 * require on Node 20, and every test file builds a gateway. The pages are flat folders of a few
 * files, which sendBuiltFile serves by exact name.
 */
export function registerWebRoutes(app: FastifyInstance, deps: DoorDependencies): void {
  app.get('/workspace/download/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) =>
    answerDownloadInfo(deps, request, reply),
  );
  app.get('/', async (request, reply) =>
    (await isBuilt('start'))
      ? sendBuiltFile(request, reply, appDir('start'), 'index.html')
      : reply.code(503).type('text/plain; charset=utf-8').send(notBuiltMessage),
  );
  app.get('/docs/:file', async (request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) =>
    sendBuiltFile(request, reply, docsDir, request.params.file),
  );
  for (const name of webApps) {
    const folder = appDir(name);
    app.get(`/${name}`, async (_request, reply) => reply.redirect(`/${name}/`));
    app.get(`/${name}/`, async (request, reply) => {
      // Checked per visit, so a gateway started before `npm run build` picks the pages up afterwards.
      if (!(await isBuilt(name))) return reply.code(503).type('text/plain; charset=utf-8').send(notBuiltMessage);
      return sendBuiltFile(request, reply, folder, 'index.html');
    });
    app.get(`/${name}/:file`, async (request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) =>
      sendBuiltFile(request, reply, folder, request.params.file),
    );
  }
}
