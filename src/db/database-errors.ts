import { MongoError, MongoServerError } from 'mongodb';
import { GatewayError, messages } from '../errors';

/** A driver failure that means "the database cannot be reached", as opposed to a query it refused. */
export function isUnavailable(error: unknown): boolean {
  return error instanceof MongoError && !(error instanceof MongoServerError);
}

/** Turns reachability failures into DB_UNAVAILABLE; anything else stays unexpected (and is masked later). */
export async function asDatabaseCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isUnavailable(error)) throw new GatewayError('DB_UNAVAILABLE', messages.dbUnavailable, { cause: error });
    throw error;
  }
}
