import { MongoError, MongoNetworkTimeoutError, MongoServerError } from 'mongodb';
import { GatewayError, messages } from '../errors';
import { DatabaseUnreachableError, type DatabaseReachability } from './reachability';

/**
 * Server answers that mean "going away", not "your query is wrong": a server shutting down
 * (InterruptedAtShutdown, ShutdownInProgress), host/network failures and stepdowns reported by the server.
 */
const unavailableServerCodes = new Set([6, 7, 89, 91, 189, 9001, 10107, 11600, 11602, 13435, 13436]);

/**
 * Socket failures the driver can pass on unwrapped when a connection breaks mid-write (seen: a bare
 * EPIPE while the server was being stopped). Read by `code`, since such errors may come from another realm.
 */
const networkErrorCodes = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ENOTCONN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);

/** A driver failure that means "the database cannot be reached", as opposed to a query it refused. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnreachableError) return true;
  if (typeof error === 'object' && error !== null && networkErrorCodes.has(String((error as { code?: unknown }).code))) return true;
  if (!(error instanceof MongoError)) return false;
  if (!(error instanceof MongoServerError)) return true;
  return unavailableServerCodes.has(Number(error.code)) || error.hasErrorLabel('ResetPool') || error.hasErrorLabel('RetryableWriteError');
}

/** What a database call runs under: the reachability watch and the driver's per-command socket timeout. */
export interface DatabaseCallLimits {
  reachability: DatabaseReachability;
  /** DB_QUERY_TIMEOUT_MS (0: no limit). */
  queryTimeoutMs: number;
}

/**
 * Runs a call while the database is watched, and turns reachability failures into DB_UNAVAILABLE;
 * anything else stays unexpected (and is masked later). A socket timeout after the call ran for
 * DB_QUERY_TIMEOUT_MS is that setting's doing, on a database that still answers: its message says
 * so (a connect timeout is the same driver error, but comes after the shorter DB_TIMEOUT_MS).
 */
export async function asDatabaseCall<T>(limits: DatabaseCallLimits, call: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await limits.reachability.guard(call);
  } catch (error) {
    if (error instanceof MongoNetworkTimeoutError && limits.queryTimeoutMs > 0 && Date.now() - started >= limits.queryTimeoutMs) {
      throw new GatewayError('DB_UNAVAILABLE', messages.dbQueryTimeout(limits.queryTimeoutMs), { cause: error });
    }
    if (isUnavailable(error)) throw new GatewayError('DB_UNAVAILABLE', messages.dbUnavailable, { cause: error });
    throw error;
  }
}
