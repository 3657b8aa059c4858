import type { CommandFailedEvent, CommandStartedEvent, CommandSucceededEvent } from 'mongodb';
import { testConfig, type GatewayConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect';
import { createGateway } from '../src/server/create-gateway';

/**
 * The gateway under test, in a process of its own (as in production, and so that the load
 * generator does not share its event loop). Answers the benchmark's questions over IPC.
 */
export type GatewayRequest =
  | { id: number; type: 'start'; url: string; config: Partial<GatewayConfig> }
  | { id: number; type: 'counters' }
  | { id: number; type: 'activity'; since: number }
  | { id: number; type: 'memory' }
  | { id: number; type: 'close' };

/** When the gateway had database commands running (ms since the epoch): the computations of a load. */
export type BusyInterval = [start: number, end: number];

export interface GatewayCounters {
  /** Database commands sent (services.database.commands.total). */
  commands: number;
  /** Queries sent per family (services.computations). */
  computations: Record<string, number>;
  /** Σ of the driver-measured durations of those commands (round trip to the database), ms. */
  databaseMs: number;
  /** CPU time of this process (user + system), ms. */
  cpuMs: number;
}

/** The gateway process's memory, bytes. */
export interface GatewayMemory {
  rssBytes: number;
  heapUsedBytes: number;
}

const housekeeping = new Set(['hello', 'isMaster', 'ismaster', 'ping', 'endSessions', 'killCursors', 'saslStart', 'saslContinue', 'getMore']);

const answer: (id: number, body: unknown) => void = (id, body) => process.send?.({ id, body });
let counters: () => GatewayCounters = () => ({ commands: 0, computations: {}, databaseMs: 0, cpuMs: 0 });
let close = async () => {};
let activity: (since: number) => BusyInterval[] = () => [];

// The benchmark that started this process is gone (stopped, or crashed): nobody will ask it to close.
process.on('disconnect', () => process.exit(0));

process.on('message', (request: GatewayRequest) => {
  void handle(request).catch((error: unknown) => process.send?.({ id: request.id, error: (error as Error).stack ?? String(error) }));
});

async function handle(request: GatewayRequest): Promise<void> {
  if (request.type === 'start') {
    const config = testConfig({ logLevel: 'silent', ...request.config });
    // Connected as main.ts connects.
    const database = connectDatabase({
      url: request.url,
      readPreference: config.readPreference,
      timeoutMs: config.dbTimeoutMs,
      queryTimeoutMs: config.dbQueryTimeoutMs,
    });
    let databaseMs = 0;
    database.client.on('commandSucceeded', (event: CommandSucceededEvent) => {
      if (!housekeeping.has(event.commandName)) databaseMs += event.duration;
    });
    // Each command's start and end on the wall clock, which the load generator's process shares.
    const running = new Map<number, number>();
    const intervals: BusyInterval[] = [];
    database.client.on('commandStarted', (event: CommandStartedEvent) => {
      if (!housekeeping.has(event.commandName)) running.set(event.requestId, Date.now());
    });
    const ended = (event: CommandSucceededEvent | CommandFailedEvent) => {
      const started = running.get(event.requestId);
      if (started === undefined) return;
      running.delete(event.requestId);
      intervals.push([started, Date.now()]);
      if (intervals.length > 100_000) intervals.splice(0, 50_000);
    };
    database.client.on('commandSucceeded', ended);
    database.client.on('commandFailed', ended);
    activity = (since) => [...intervals.filter(([, end]) => end >= since), ...[...running.values()].map((start): BusyInterval => [start, Date.now()])];
    const gateway = await createGateway(config, database, { logger: false });
    const address = await gateway.app.listen({ port: 0, host: '127.0.0.1' });
    counters = () => {
      const cpu = process.cpuUsage();
      return {
        commands: gateway.services.database.commands.total,
        computations: Object.fromEntries(gateway.services.computations),
        databaseMs,
        cpuMs: (cpu.user + cpu.system) / 1000,
      };
    };
    close = async () => {
      await gateway.close();
      await database.close();
    };
    answer(request.id, { url: address });
  } else if (request.type === 'counters') {
    answer(request.id, counters());
  } else if (request.type === 'memory') {
    // The whole process as the operating system sees it (the soak's flat-memory check), and the JS heap inside it.
    const { rss, heapUsed } = process.memoryUsage();
    answer(request.id, { rssBytes: rss, heapUsedBytes: heapUsed } satisfies GatewayMemory);
  } else if (request.type === 'activity') {
    answer(request.id, activity(request.since));
  } else {
    await close();
    answer(request.id, null);
    // A normal exit, so that --cpu-prof writes its profile.
    setImmediate(() => process.exit(0));
  }
}
