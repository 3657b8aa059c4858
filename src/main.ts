import 'reflect-metadata';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { connectDatabase, type DatabaseHandle } from './db/connect';
import { startDatabase, type RunningDatabase } from './db/ferretdb-process';
import { keepDemoHeartbeats, type DemoHeartbeats } from './demo/demo-heartbeats';
import { demoResetCommand, ensureDemoWorkspace, type DemoCredentials } from './demo/demo-workspace';
import { GoMissingError } from './db/go-toolchain';
import { projectRoot } from './project-root';
import { createGateway, type Gateway } from './server/create-gateway';
import { explainListenFailure, ListenError } from './server/listen-failure';
import { describeDialect } from './rest/rest-dialect';

/** `npm start`: the gateway on MONGO_URL, or on an embedded FerretDB with a seeded demo workspace. */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: RunningDatabase | undefined;
  let database: DatabaseHandle | undefined;
  let gateway: Gateway | undefined;
  let heartbeats: DemoHeartbeats | undefined;
  // Whatever has started stops, in reverse order: a failed start must not leave FerretDB running.
  const stopAll = async (): Promise<void> => {
    await heartbeats?.stop().catch(() => undefined);
    await gateway?.close().catch(() => undefined);
    await database?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  };

  let address: string;
  let demo: DemoCredentials | undefined;
  try {
    if (!config.mongoUrl) {
      console.log(`MONGO_URL is not set: starting the embedded FerretDB for the demo (its data in ${config.dataDir})…`);
      embedded = await startDatabase({ dataDir: resolve(projectRoot, config.dataDir) });
    }
    database = connectDatabase({
      url: config.mongoUrl ?? embedded!.url,
      readPreference: config.readPreference,
      timeoutMs: config.dbTimeoutMs,
      queryTimeoutMs: config.dbQueryTimeoutMs,
    });
    demo = embedded ? await ensureDemoWorkspace(database.db, resolve(projectRoot, config.dataDir)) : undefined;
    gateway = await createGateway(config, database);
    const log = gateway.app.log;
    heartbeats = demo ? keepDemoHeartbeats(database.db, (error) => log.warn({ err: error }, 'demo heartbeat failed')) : undefined;
    address = await gateway.app.listen({ port: config.port, host: config.host }).catch((error: unknown) => {
      throw explainListenFailure(error, config);
    });
  } catch (error) {
    await stopAll();
    throw error;
  }

  // The README's "What npm start prints" explains each of these lines.
  console.log(`\nStart:     ${address}/   (links to everything below)`);
  console.log(`GraphQL:   ${address}/graphql   (GraphiQL in a browser)`);
  console.log(`Workspace: ${address}/workspace`);
  console.log(`REST:      ${address}/api/v1/statistics   format ${describeDialect(gateway.services.restDialect.current)}`);
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
    await stopAll();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof ListenError || error instanceof GoMissingError ? error.message : error);
  process.exit(1);
});
