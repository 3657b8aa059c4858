import { connect, createServer, type Socket } from 'node:net';

export interface SlowCommandProxy {
  url: string;
  close(): Promise<void>;
}

/** OP_MSG, the wire message of every command after the handshake. */
const opMsg = 2013;

/** The first key of an OP_MSG's body document: the command's name (`count`, `find`, `ping` …). */
function commandName(message: Buffer): string | undefined {
  if (message.readInt32LE(12) !== opMsg || message[20] !== 0) return undefined;
  // header (16) + flagBits (4) + section kind (1) + document length (4) + element type (1)
  const start = 26;
  const end = message.indexOf(0, start);
  return end > start ? message.toString('latin1', start, end) : undefined;
}

/**
 * A TCP proxy in front of the database that holds each command named in `slowCommands` back for
 * `delayMs` before passing it on: to the driver, that command runs for so long on a server that
 * answers everything else (pings included) at once.
 */
export async function startSlowCommandProxy(
  target: { host: string; port: number },
  options: { slowCommands: string[]; delayMs: number },
): Promise<SlowCommandProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', closeBoth).on('close', closeBoth);
    upstream.on('error', closeBoth).on('close', closeBoth);
    upstream.pipe(client);

    // Messages are passed on whole and in order; a held one holds those behind it, as a busy server would.
    let pending = Buffer.alloc(0);
    let forwarded = Promise.resolve();
    client.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4 && pending.length >= pending.readInt32LE(0)) {
        const message = pending.subarray(0, pending.readInt32LE(0));
        pending = pending.subarray(message.length);
        const slow = options.slowCommands.includes(commandName(message) ?? '');
        forwarded = forwarded.then(async () => {
          if (slow) await new Promise((resolve) => setTimeout(resolve, options.delayMs).unref());
          if (!upstream.destroyed) upstream.write(message);
        });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `mongodb://127.0.0.1:${port}/`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
