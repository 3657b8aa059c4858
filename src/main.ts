import 'reflect-metadata';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { startDatabase, type RunningDatabase } from './db/ferretdb-process';
import { keepDemoHeartbeats } from './demo/demo-heartbeats';
import { demoResetCommand, ensureDemoWorkspace } from './demo/demo-workspace';
import { GoMissingError } from './db/go-toolchain';
import { projectRoot } from './project-root';
import { createGateway } from './server/create-gateway';

/** `npm start`: the gateway on MONGO_URL, or on an embedded FerretDB with a seeded demo workspace. */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: RunningDatabase | undefined;
  if (!config.mongoUrl) {
    console.log(`MONGO_URL is not set: starting the embedded FerretDB for the demo (its data in ${config.dataDir})…`);
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
  const heartbeats = demo ? keepDemoHeartbeats(database.db, (error) => gateway.app.log.warn({ err: error }, 'demo heartbeat failed')) : undefined;
  const address = await gateway.app.listen({ port: config.port, host: config.host });

  // The README's "What npm start prints" explains each of these lines.
  console.log(`\nStart:     ${address}/   (links to everything below)`);
  console.log(`GraphQL:   ${address}/graphql   (GraphiQL in a browser)`);
  console.log(`Workspace: ${address}/workspace`);
  console.log(`REST:      ${address}/api/v1/statistics`);
  console.log(`Metrics:   ${address}/metrics`);
  if (demo) {
    console.log(`\nDemo admin (view-statistics):  X-User-Id: ${demo.admin.userId}   X-Auth-Token: ${demo.admin.authToken}`);
    console.log(`  curl -H 'X-User-Id: ${demo.admin.userId}' -H 'X-Auth-Token: ${demo.admin.authToken}' ${address}/api/v1/statistics`);
    console.log(`\nCtrl-C stops the gateway and its database; ${demoResetCommand(config.dataDir)} resets the demo.`);
  }

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    gateway.app.log.info({ signal }, 'shutting down');
    await heartbeats?.stop();
    await gateway.close();
    await database.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof GoMissingError ? error.message : error);
  process.exit(1);
});
