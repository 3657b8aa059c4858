import 'reflect-metadata';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { startDatabase, type RunningDatabase } from './db/ferretdb-process';
import { ensureDemoWorkspace } from './demo/demo-workspace';
import { projectRoot } from './project-root';
import { describeDialect } from './rest/rest-dialect';
import { createGateway } from './server/create-gateway';

/** `npm start`: the gateway on MONGO_URL, or on an embedded FerretDB with a seeded demo workspace. */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: RunningDatabase | undefined;
  if (!config.mongoUrl) {
    console.log('MONGO_URL is not set: starting the embedded FerretDB for the demo…');
    embedded = await startDatabase({ dataDir: resolve(projectRoot, config.dataDir) });
  }
  const database = connectDatabase({
    url: config.mongoUrl ?? embedded!.url,
    readPreference: config.readPreference,
    timeoutMs: config.dbTimeoutMs,
    queryTimeoutMs: config.dbQueryTimeoutMs,
  });
  const demo = embedded ? await ensureDemoWorkspace(database.db, resolve(projectRoot, config.dataDir)) : undefined;
  const gateway = await createGateway(config, database);
  const address = await gateway.app.listen({ port: config.port, host: config.host });

  console.log(`\nGraphQL:   ${address}/graphql   (GraphiQL in a browser)`);
  console.log(`Workspace: ${address}/workspace`);
  console.log(`REST:      ${address}/api/v1/statistics   format ${describeDialect(gateway.services.restDialect.current)}`);
  console.log(`Metrics:   ${address}/metrics`);
  if (demo) {
    console.log(`\nDemo admin (view-statistics):  X-User-Id: ${demo.admin.userId}   X-Auth-Token: ${demo.admin.authToken}`);
    console.log(`  curl -H 'X-User-Id: ${demo.admin.userId}' -H 'X-Auth-Token: ${demo.admin.authToken}' ${address}/api/v1/statistics`);
  }

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    gateway.app.log.info({ signal }, 'shutting down');
    await gateway.close();
    await database.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
