import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { GatewayConfig } from '../src/config';
import type { GatewayCounters, GatewayRequest } from './gateway-process';

/** A request without its id (spread over the union, so each type keeps its own fields). */
type Question = GatewayRequest extends infer R ? (R extends GatewayRequest ? Omit<R, 'id'> : never) : never;

export interface HttpAnswer {
  status: number;
  text: string;
  json: any;
  ms: number;
}

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

  static async start(
    databaseUrl: string,
    config: Partial<GatewayConfig>,
    options: { cpuProfileDir?: string; socketTimeoutMs?: number } = {},
  ): Promise<GatewayUnderTest> {
    const execArgv = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
    const child = fork(join(__dirname, 'gateway-process.js'), [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const gateway = new GatewayUnderTest(child);
    const { url } = await gateway.ask<{ url: string }>({ type: 'start', url: databaseUrl, config, socketTimeoutMs: options.socketTimeoutMs });
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

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.ask({ type: 'close' }).catch(() => undefined);
    await exited;
  }

  graphql(query: string, headers: Record<string, string>, variables?: Record<string, unknown>): Promise<HttpAnswer> {
    return this.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  }

  get(path: string, headers: Record<string, string>): Promise<HttpAnswer> {
    return this.request(path, { headers });
  }

  /** The time from sending the request to the parsed answer, as a client sees it. */
  private async request(path: string, init: RequestInit): Promise<HttpAnswer> {
    const started = performance.now();
    const response = await fetch(this.url + path, init);
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json, ms: performance.now() - started };
  }
}
