import { asDatabaseCall } from '../db/database-errors';
import { GatewayError } from '../errors';
import { historyQueries, maxSnapshotsPerRead, type SnapshotWindow } from '../queries/history';
import type { Services } from '../services';
import { storedKeysOf } from './history-figures';
import { fromGatewaySnapshot, fromRocketChatSnapshot, pickOnePerStep, type HistoryPointData } from './history-points';
import type { HistoryRequest } from './history-range';

const rocketChatCollection = 'rocketchat_statistics';

/** A read of the database, in the bounded queue as every figure query. */
function databaseRead<T>(services: Services, read: () => Promise<T>): Promise<T> {
  return services.queue.run(() => asDatabaseCall(services.database, read));
}

/** One find per source, both at once; then the picking, with no I/O. */
export async function readHistory(services: Services, request: HistoryRequest): Promise<HistoryPointData[]> {
  const keys = storedKeysOf(request.figures);
  const window = (collection: string, fields: string[]): SnapshotWindow => ({ collection, from: request.from, to: request.to, fields });
  const { db } = services.database;
  const [rocketChat, gateway] = await Promise.all([
    databaseRead(services, () => historyQueries.findRocketChatSnapshots.run(db, window(rocketChatCollection, keys.rocketChat))),
    databaseRead(services, () => historyQueries.findGatewaySnapshots.run(db, window(services.config.snapshotCollection, keys.gateway))),
  ]);
  if (rocketChat.length > maxSnapshotsPerRead || gateway.length > maxSnapshotsPerRead) {
    throw new GatewayError(
      'BAD_USER_INPUT',
      `More than ${maxSnapshotsPerRead} snapshots of one source lie between from and to: shorten the range (a longer step does not read fewer).`,
    );
  }
  const snapshots = [
    ...rocketChat.map((document) => fromRocketChatSnapshot(document, request.figures)),
    ...gateway.map((document) => fromGatewaySnapshot(document, request.figures)),
  ];
  return pickOnePerStep(snapshots, request.step);
}

/** When the oldest snapshot of either source was taken; null when neither holds one. */
export async function readFirstSnapshotAt(services: Services): Promise<Date | null> {
  const { db } = services.database;
  const firsts = await Promise.all([
    databaseRead(services, () => historyQueries.findFirstRocketChatSnapshotAt.run(db, rocketChatCollection)),
    databaseRead(services, () => historyQueries.findFirstGatewaySnapshotAt.run(db, services.config.snapshotCollection)),
  ]);
  const known = firsts.filter((at): at is Date => at !== null);
  return known.length === 0 ? null : new Date(Math.min(...known.map((at) => at.getTime())));
}
