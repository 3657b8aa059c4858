import { MongoClient, type Db, type ReadPreferenceMode } from 'mongodb';
import { CommandLog } from './command-log';

export interface DatabaseHandle {
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
}

/** Rocket.Chat's MONGO_URL names its database in the path; without one, Rocket.Chat's default name. */
export function databaseNameOf(url: string): string {
  const path = url.replace(/^mongodb(\+srv)?:\/\/[^/]*/, '').replace(/^\//, '').split('?')[0];
  return path ? decodeURIComponent(path) : 'rocketchat';
}

/**
 * Connects without waiting for the server: the gateway must start while the database is down
 * (requests then fail with DB_UNAVAILABLE after `timeoutMs`) and recover by itself when it returns.
 */
export function connectDatabase(options: ConnectOptions): DatabaseHandle {
  const client = new MongoClient(options.url, {
    readPreference: options.readPreference,
    serverSelectionTimeoutMS: options.timeoutMs,
    connectTimeoutMS: options.timeoutMs,
    socketTimeoutMS: 60_000,
    monitorCommands: true,
    appName: 'rocketchat-stats-gateway',
  });
  const commands = new CommandLog();
  commands.attach(client);
  const db = client.db(options.dbName ?? databaseNameOf(options.url));
  return { client, db, commands, close: () => client.close() };
}
