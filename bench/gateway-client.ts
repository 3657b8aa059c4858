import { fork, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { GatewayConfig } from '../src/config';
import type { BusyInterval, GatewayCounters, GatewayMemory, GatewayRequest } from './gateway-process';

/** A request without its id (spread over the union, so each type keeps its own fields). */
type Question = GatewayRequest extends infer R ? (R extends GatewayRequest ? Omit<R, 'id'> : never) : never;

export interface HttpAnswer {
  status: number;
  text: string;
  json: any;
  ms: number;
}

const keepAlive = new Agent({ keepAlive: true });

/** The gateway started in its own Node process, and a client for its doors and counters. */
export class GatewayUnderTest {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: any): void; reject(error: Error): void }>();
  url = '';

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: { id: number; body?: unknown; error?: string }) => {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(`gateway process: ${message.error}`));
      else waiter?.resolve(message.body);
    });
    child.on('exit', (code) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`the gateway process exited with code ${code}`));
      this.pending.clear();
    });
  }

  static async start(databaseUrl: string, config: Partial<GatewayConfig>, options: { cpuProfileDir?: string } = {}): Promise<GatewayUnderTest> {
    const execArgv = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
    const child = fork(join(__dirname, 'gateway-process.js'), [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const gateway = new GatewayUnderTest(child);
    const { url } = await gateway.ask<{ url: string }>({ type: 'start', url: databaseUrl, config });
    gateway.url = url;
    return gateway;
  }

  private ask<T>(request: Question): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ ...request, id });
    });
  }

  counters(): Promise<GatewayCounters> {
    return this.ask({ type: 'counters' });
  }

  /** The gateway process's resident set size and JS heap now. */
  memory(): Promise<GatewayMemory> {
    return this.ask({ type: 'memory' });
  }

  /** When the gateway had database commands running since `since` (ms since the epoch). */
  activity(since: number): Promise<BusyInterval[]> {
    return this.ask({ type: 'activity', since });
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.ask({ type: 'close' }).catch(() => undefined);
    await exited;
  }

  graphql(query: string, headers: Record<string, string>, variables?: Record<string, unknown>): Promise<HttpAnswer> {
    return this.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  }

  get(path: string, headers: Record<string, string>): Promise<HttpAnswer> {
    return this.request(path, { headers });
  }

  /**
   * The time from sending the request to the parsed answer, as a client sees it. Plain node:http
   * with keep-alive and no timeout: fetch gives up after 300 s without headers, and a whole
   * document of the large workspace on FerretDB can take longer.
   */
  private request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<HttpAnswer> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = httpRequest(this.url + path, { method: init.method ?? 'GET', headers: init.headers, agent: keepAlive }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, text, json, ms: performance.now() - started });
        });
      });
      req.on('error', reject);
      req.end(init.body);
    });
  }
}
