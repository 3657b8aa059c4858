import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';

/**
 * The doors that ask for a login, as named checks: each sends the given headers (and, through
 * X-Forwarded-For, the caller's address) the way a client of that door would.
 */
export interface AuthenticatedDoor {
  name: string;
  request(url: string, headers: Record<string, string>): Promise<DoorAnswer>;
}

export interface DoorAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** Reads the whole body, so the connection goes back to the pool at once. */
async function answerOf(response: Promise<Response>): Promise<DoorAnswer> {
  const settled = await response;
  return { status: settled.status, headers: settled.headers, text: await settled.text() };
}

const statisticsQuery = '{ statistics { totalUsers } }';

export const authenticatedDoors: AuthenticatedDoor[] = [
  {
    name: 'POST /graphql',
    request: (url, headers) =>
      answerOf(
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: statisticsQuery }),
        }),
      ),
  },
  {
    name: 'GET /graphql',
    request: (url, headers) =>
      answerOf(fetch(`${url}/graphql?query=${encodeURIComponent(statisticsQuery)}`, { headers: { 'apollo-require-preflight': 'true', ...headers } })),
  },
  { name: 'GET /api/v1/statistics', request: (url, headers) => answerOf(fetch(`${url}/api/v1/statistics`, { headers })) },
  { name: 'GET /api/v1/statistics.list', request: (url, headers) => answerOf(fetch(`${url}/api/v1/statistics.list?count=1`, { headers })) },
  { name: 'GET /metrics', request: (url, headers) => answerOf(fetch(`${url}/metrics`, { headers })) },
];

/** Runs `tasks` with at most `limit` in flight; results keep the tasks' order. */
export async function inBatches<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Counts of each key, sorted, e.g. { '200': 3, '400': 12 }. */
export function histogram(values: Array<string | number>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of [...values].map(String).sort()) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * One HTTP request on a connection of its own that closes after the answer (no keep-alive pool:
 * a burst through fetch leaves sockets it opened but never used, which hold the server's close).
 */
export function requestOnNewConnection(
  url: string,
  options: { method?: string; headers?: Record<string, string | string[]>; body?: string | Buffer },
): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: options.method ?? 'GET', agent: false, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/**
 * Sends `head` (request line and header lines, without the blank line) as written, on a new
 * connection, for what a client library would not send: a Host line twice, an absolute-form target.
 */
export function rawRequest(url: string, head: string[]): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`${[...head, 'Connection: close'].join('\r\n')}\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0), text: answer.slice(answer.indexOf('\r\n\r\n') + 4) });
    });
  });
}
