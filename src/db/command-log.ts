import type { CommandStartedEvent, MongoClient } from 'mongodb';

export interface LoggedCommand {
  name: string;
  collection: string | undefined;
}

/** Driver housekeeping that is not a query of ours. */
const housekeeping = new Set(['hello', 'isMaster', 'ismaster', 'ping', 'endSessions', 'killCursors', 'saslStart', 'saslContinue', 'getMore']);

/**
 * Counts the database commands the gateway sends, from the driver's command monitoring.
 * Tests assert exact budgets with it; /metrics exposes the total.
 */
export class CommandLog {
  private entries: LoggedCommand[] = [];
  private listeners = new Set<(command: LoggedCommand) => void>();
  total = 0;

  attach(client: MongoClient): void {
    client.on('commandStarted', (event: CommandStartedEvent) => {
      if (housekeeping.has(event.commandName)) return;
      const target = event.command[event.commandName];
      const command = { name: event.commandName, collection: typeof target === 'string' ? target : undefined };
      this.total += 1;
      this.entries.push(command);
      if (this.entries.length > 10_000) this.entries.splice(0, 5_000);
      for (const listener of this.listeners) listener(command);
    });
  }

  /** The commands sent since the last call. */
  take(): LoggedCommand[] {
    const taken = this.entries;
    this.entries = [];
    return taken;
  }

  onCommand(listener: (command: LoggedCommand) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
