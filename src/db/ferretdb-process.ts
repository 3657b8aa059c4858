import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { ensureFerretdbBinary } from './ferretdb-build';
import { findFreePort } from './free-port';

export interface RunningDatabase {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface StartDatabaseOptions {
  /** Keep the data here (the demo); without it a fresh temporary folder is used and removed on stop. */
  dataDir?: string;
  /** Reuse a port, e.g. to restart a stopped database where clients expect it. */
  port?: number;
  startTimeoutMs?: number;
}

/** Starts the embedded FerretDB (SQLite backend) on a free loopback port and waits until it answers a ping. */
export async function startDatabase(options: StartDatabaseOptions = {}): Promise<RunningDatabase> {
  const binary = await ensureFerretdbBinary();
  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rc-stats-ferretdb-'));
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const child = spawn(binary, ['-listen', `127.0.0.1:${port}`, '-data', dataDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const url = `mongodb://127.0.0.1:${port}/`;

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForPing(url, child, options.startTimeoutMs ?? 20_000);
  } catch (error) {
    await stop();
    throw new Error(`FerretDB did not start on port ${port}: ${(error as Error).message}\n${stderr}`, { cause: error });
  }
  return { url, port, dataDir, process: child, stop };
}

async function waitForPing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the process exited with code ${child.exitCode}`);
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 300, connectTimeoutMS: 300 });
    try {
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.close().catch(() => undefined);
    }
  }
}
