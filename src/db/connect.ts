import { MongoClient, MongoTopologyClosedError, type Db, type ReadPreferenceMode } from 'mongodb';
import { CommandLog } from './command-log';
import type { DatabaseCallLimits } from './database-errors';
import { DatabaseReachability } from './reachability';

export interface DatabaseHandle extends DatabaseCallLimits {
  client: MongoClient;
  db: Db;
  commands: CommandLog;
  close(): Promise<void>;
}

export interface ConnectOptions {
  url: string;
  /** Overrides the database named in the URL (tests use a fresh one per file). */
  dbName?: string;
  readPreference: ReadPreferenceMode;
  timeoutMs: number;
  /** How long one command may take before its socket is abandoned (the driver's socketTimeoutMS); unset or 0: no limit. */
  queryTimeoutMs?: number;
}

/** Rocket.Chat's MONGO_URL names its database in the path; without one, Rocket.Chat's default name. */
export function databaseNameOf(url: string): string {
  const path = url
    .replace(/^mongodb(\+srv)?:\/\/[^/]*/, '')
    .replace(/^\//, '')
    .split('?')[0];
  return path ? decodeURIComponent(path) : 'rocketchat';
}

/**
 * Connects without waiting for the server: the gateway must start while the database is down
 * (requests then fail with DB_UNAVAILABLE after `timeoutMs`) and recover by itself when it returns.
 * The driver bounds waiting for a server and for a connection by `timeoutMs`, but not a server that
 * accepted a command and went silent: the reachability watch does that (its `timeoutMS` option would,
 * but driver 6 ignores it).
 */
export function connectDatabase(options: ConnectOptions): DatabaseHandle {
  const client = new MongoClient(options.url, {
    readPreference: options.readPreference,
    serverSelectionTimeoutMS: options.timeoutMs,
    connectTimeoutMS: options.timeoutMs,
    socketTimeoutMS: options.queryTimeoutMs ?? 0,
    monitorCommands: true,
    appName: 'rocketchat-stats-gateway',
  });
  const commands = new CommandLog();
  commands.attach(client);
  const db = client.db(options.dbName ?? databaseNameOf(options.url));
  let closing = false;
  let connectFailure: Error | undefined;
  connectUntilUp(
    client,
    () => closing,
    (error) => (connectFailure = error),
  );
  const ping = async () => {
    try {
      await db.command({ ping: 1 }, { readPreference: options.readPreference });
      connectFailure = undefined;
    } catch (error) {
      // Between two connect attempts a ping only hears "Topology is closed": the attempt's reason says more.
      throw error instanceof MongoTopologyClosedError && connectFailure ? connectFailure : error;
    }
  };
  const reachability = new DatabaseReachability({ ping, timeoutMs: options.timeoutMs });
  // The driver's own heartbeat runs while the gateway is idle: a failed one starts a ping, so an
  // outage is noticed without waiting for the next request.
  client.on('serverHeartbeatFailed', () => void reachability.check());
  return {
    client,
    db,
    commands,
    reachability,
    queryTimeoutMs: options.queryTimeoutMs ?? 0,
    close: async () => {
      closing = true;
      reachability.close();
      await client.close();
    },
  };
}

/**
 * When the driver's first connection fails it closes its topology and keeps it, so every later
 * operation fails with "Topology is closed" even after the server is back. A new connect() builds a
 * fresh topology: keep trying in the background until one succeeds. Later outages are the driver's
 * own business (it reconnects by itself). An attempt waits up to the server selection timeout, and
 * the next one starts at once, so operations always find a topology that is trying; an attempt that
 * fails faster (a bad host name, say) is repeated at most once a second.
 */
function connectUntilUp(client: MongoClient, isClosing: () => boolean, onFailure: (error: Error) => void): void {
  const attempt = (): void => {
    if (isClosing()) return;
    const started = Date.now();
    client.connect().catch((error: Error) => {
      if (isClosing()) return;
      onFailure(error);
      const pause = Math.max(0, 1000 - (Date.now() - started));
      if (pause === 0) attempt();
      else setTimeout(attempt, pause).unref();
    });
  };
  attempt();
}
