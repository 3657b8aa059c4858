import { Gauge, Registry } from 'prom-client';
import type { RestFormatSetting } from '../config';
import type { RestDialect } from '../rest/rest-dialect';

export interface GatewayState {
  /** Whether this scrape's figures could be read: "database down" alerts apart from "gateway down". */
  databaseUp: boolean;
  restSetting: RestFormatSetting;
  restDialect: RestDialect;
  /** When the gateway last stored a snapshot; null when none is stored or the database is down. */
  lastSnapshotAt: Date | null;
}

/** The gateway's state of one scrape, in a registry of its own (concurrent scrapes share nothing). */
export function gatewayStateRegistry(state: GatewayState): Registry {
  const registry = new Registry();
  const registers = [registry];
  new Gauge({ name: 'rcstats_database_up', help: "1 when this scrape read the workspace's figures, 0 when the database did not answer.", registers }).set(
    state.databaseUp ? 1 : 0,
  );
  new Gauge({
    name: 'rcstats_rest_format',
    help: 'The REST wire format in force (value 1): format 0.61 or current, bodies of Rocket.Chat 0.61, before 8.0 or 8.x, and the REST_FORMAT setting.',
    labelNames: ['format', 'bodies', 'setting'],
    registers,
  }).set({ format: state.restDialect.format, bodies: bodiesOf(state.restDialect), setting: state.restSetting }, 1);
  // Absent rather than 0 (prom-client writes 0 for a gauge never set): 0 would read as a snapshot of 1970.
  if (state.lastSnapshotAt) {
    new Gauge({
      name: 'rcstats_last_snapshot_timestamp_seconds',
      help: 'When the gateway stored its newest snapshot (Unix time); absent when none is stored or the database is down.',
      registers,
    }).set(state.lastSnapshotAt.getTime() / 1000);
  }
  return registry;
}

function bodiesOf(dialect: RestDialect): string {
  if (dialect.format === '0.61') return '0.61';
  return dialect.before80 ? 'before-8.0' : '8.x';
}
