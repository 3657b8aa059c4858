import { asDatabaseCall } from '../db/database-errors';
import { GatewayError } from '../errors';
import { historyQueries, maxSnapshotsPerRead } from '../queries/history';
import type { Services } from '../services';
import { storedKeysOf } from './history-figures';
import { fromGatewaySnapshot, fromRocketChatSnapshot, pickOnePerStep, type HistoryPointData } from './history-points';
import type { HistoryRequest } from './history-range';

const rocketChatCollection = 'rocketchat_statistics';

/** A read of the database, in the bounded queue as every figure query. */
function databaseRead<T>(services: Services, read: () => Promise<T>): Promise<T> {
  return services.queue.run(() => asDatabaseCall(services.database, read));
}

/**
 * One find of Rocket.Chat's snapshots; the gateway's own are held in memory (src/history/gateway-series.ts,
 * read once per process). Then the picking, with no I/O.
 */
export async function readHistory(services: Services, request: HistoryRequest): Promise<HistoryPointData[]> {
  const { rocketChat: fields } = storedKeysOf(request.figures);
  const window = { collection: rocketChatCollection, from: request.from, to: request.to, fields };
  const [rocketChat, gateway] = await Promise.all([
    databaseRead(services, () => historyQueries.findRocketChatSnapshots.run(services.database.db, window)),
    services.gatewaySeries.between(request.from, request.to),
  ]);
  if (rocketChat.length > maxSnapshotsPerRead) {
    throw new GatewayError(
      'BAD_USER_INPUT',
      `More than ${maxSnapshotsPerRead} of Rocket.Chat's snapshots lie between from and to: shorten the range (a longer step does not read fewer).`,
    );
  }
  const snapshots = [
    ...rocketChat.map((document) => fromRocketChatSnapshot(document, request.figures)),
    ...gateway.map((snapshot) => fromGatewaySnapshot(snapshot, request.figures)),
  ];
  return pickOnePerStep(snapshots, request.step);
}

/** When the oldest snapshot of either source was taken; null when neither holds one. Reads Rocket.Chat's only. */
export async function readFirstSnapshotAt(services: Services): Promise<Date | null> {
  const [rocketChat, gateway] = await Promise.all([
    databaseRead(services, () => historyQueries.findFirstRocketChatSnapshotAt.run(services.database.db, rocketChatCollection)),
    services.gatewaySeries.first(),
  ]);
  const known = [rocketChat, gateway?.takenAt ?? null].filter((at): at is Date => at !== null);
  return known.length === 0 ? null : new Date(Math.min(...known.map((at) => at.getTime())));
}
