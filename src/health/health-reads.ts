import DataLoader from 'dataloader';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import type { HealthQuery } from '../queries/health-query';
import type { ComputationQueue } from '../statistics/computation-queue';
import { failureOfQuery } from '../statistics/figure-cache';

interface Read {
  query: HealthQuery;
  params: unknown;
}

/** Dates as ISO strings, so that two equal cut-offs make one key. */
const keyOf = ({ query, params }: Read) => `${query.name}\u0000${JSON.stringify(params ?? null)}`;

/**
 * The request's reads of the workspace health: one DataLoader, created with the request's context,
 * so a query with the same parameters is sent once per request however many fields ask for it
 * (a count and its list share the owned-room ids). Each read waits its turn in the gateway's
 * bounded queue, like the figures' queries.
 */
export class HealthReads {
  private readonly loader: DataLoader<Read, unknown, string>;

  /** `report` gets a query the database refused, which the answer only names. */
  constructor(database: DatabaseHandle, queue: ComputationQueue, report?: (queryName: string, error: unknown) => void) {
    this.loader = new DataLoader<Read, unknown, string>(
      // One failed read fails its own fields only: DataLoader takes an Error in its place.
      (reads) =>
        Promise.all(
          reads.map(({ query, params }) =>
            queue
              .run(() => asDatabaseCall(database, () => query.run(database.db, params)))
              .catch((error: unknown) => failureOfQuery(query.name, error, report && ((failure) => report(query.name, failure)))),
          ),
        ),
      { cacheKeyFn: keyOf },
    );
  }

  read<P, T>(query: HealthQuery<P, T>, params: P): Promise<T> {
    return this.loader.load({ query, params }) as Promise<T>;
  }
}
