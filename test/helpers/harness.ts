import type { Db } from 'mongodb';
import { testConfig, type GatewayConfig } from '../../src/config';
import type { LoggedCommand } from '../../src/db/command-log';
import { createGateway, type Gateway } from '../../src/server/create-gateway';
import { startTestDatabase, type TestDatabase } from './database';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: any;
}

export interface Harness {
  db: Db;
  database: TestDatabase;
  gateway: Gateway;
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  graphql(query: string, options?: { variables?: Record<string, unknown>; headers?: Record<string, string> }): Promise<HttpAnswer>;
  rest(path: string, headers?: Record<string, string>): Promise<HttpAnswer>;
  /** Database commands sent since the last call. */
  dbCommands(): LoggedCommand[];
  close(): Promise<void>;
}

/**
 * The database and the gateway for one test file, listening on a free loopback port. A database
 * passed in (several gateways on one database) is left running by close(): its starter stops it.
 */
export async function startHarness(
  options: { config?: Partial<GatewayConfig>; database?: TestDatabase; logStream?: NodeJS.WritableStream; clock?: () => number } = {},
): Promise<Harness> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await startTestDatabase());
  const config = testConfig({ logLevel: 'silent', ...options.config });
  const gateway = await createGateway(config, database.handle, {
    ...(options.logStream ? { logStream: options.logStream } : { logger: false }),
    clock: options.clock,
  });
  // The gateway reads its own snapshots once, in the background, at start: done before a test counts commands.
  await gateway.services.gatewaySeries.loaded().catch(() => undefined);
  const url = await gateway.app.listen({ port: 0, host: '127.0.0.1' });

  const request = async (path: string, init: RequestInit): Promise<HttpAnswer> => {
    const response = await fetch(url + path, init);
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: Object.fromEntries(response.headers), text, json };
  };

  return {
    db: database.handle.db,
    database,
    gateway,
    url,
    graphql: (query, { variables, headers } = {}) =>
      request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) }),
    rest: (path, headers = {}) => request(path, { headers }),
    dbCommands: () => database.handle.commands.take(),
    close: async () => {
      await gateway.close();
      if (ownsDatabase) await database.stop();
    },
  };
}

/**
 * For tests where every refresh=true and takeSnapshot must store a new snapshot (no minimum interval)
 * and none is pruned by age (tests back-date the snapshots they store).
 */
export const everyRefreshStores: Partial<GatewayConfig> = {
  snapshotLimits: { ...testConfig().snapshotLimits, minIntervalMs: 0, retentionMs: 100 * 365 * 24 * 3600 * 1000 },
};
