/** The gateway cannot listen where the configuration says: the message names the setting to change. */
export class ListenError extends Error {}

/** Socket errors of listen() that a setting fixes, in words; any other error as it is. */
export function explainListenFailure(error: unknown, where: { port: number; host: string }): unknown {
  switch ((error as { code?: unknown } | null)?.code) {
    case 'EADDRINUSE':
      return new ListenError(`Port ${where.port} on ${where.host} is already in use by another program: stop that program, or set PORT to a free port.`);
    case 'EACCES':
      return new ListenError(`Not allowed to listen on port ${where.port} on ${where.host}: ports below 1024 need privileges; set PORT to 1024 or above.`);
    case 'EADDRNOTAVAIL':
      return new ListenError(
        `HOST ${where.host} is not an address of this machine: set HOST to one of its addresses (127.0.0.1, or 0.0.0.0 for every interface).`,
      );
    default:
      return error;
  }
}
