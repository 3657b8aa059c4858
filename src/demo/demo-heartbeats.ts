import type { Db } from 'mongodb';
import { liveInstanceHosts } from '../seed/instances';

/** Rocket.Chat's instance-status refreshes each instance's `_updatedAt` every 10 s by default. */
export const heartbeatIntervalMs = 10_000;

export interface DemoHeartbeats {
  stop(): Promise<void>;
}

/**
 * The demo plays the part of its Rocket.Chat instances: while it runs, the instances seeded as live
 * beat like Rocket.Chat's own, so they stay live (instanceCount 2) for as long as anyone looks, and
 * again after a restart. The stale one stays stale. Only the demo's own embedded database is written;
 * the gateway itself never writes Rocket.Chat's collections.
 */
export function keepDemoHeartbeats(db: Db, onError: (error: unknown) => void, intervalMs = heartbeatIntervalMs): DemoHeartbeats {
  let pending: Promise<unknown> = Promise.resolve();
  const beat = () => {
    pending = db
      .collection('instances')
      .updateMany({ 'extraInformation.host': { $in: liveInstanceHosts } }, { $set: { _updatedAt: new Date() } })
      .catch(onError);
  };
  beat();
  const timer = setInterval(beat, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await pending;
    },
  };
}
