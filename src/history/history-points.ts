import type { Document } from 'mongodb';
import type { RestFormat } from '../config';
import { dialectOf } from '../rest/rest-dialect';
import { heldCount, type HeldSnapshot } from './held-series';
import { countAt, type HistoryFigure } from './history-figures';
import { stepStart, type HistoryStepName } from './history-steps';

export type SnapshotSourceName = 'ROCKET_CHAT' | 'GATEWAY';

/** One stored snapshot, read for a history: where it came from and the asked figures' values. */
export interface HistorySnapshot {
  source: SnapshotSourceName;
  id: string;
  takenAt: Date;
  /** The Rocket.Chat version that stored it; null for the gateway's own. */
  rocketChatVersion: string | null;
  /** The definitions its figures follow: the gateway's are today's; Rocket.Chat's those of its version. */
  definitions: RestFormat;
  /** In the order of the asked figures; null where the snapshot holds no count under that figure's definition. */
  values: (number | null)[];
}

export interface HistoryPointData extends HistorySnapshot {
  /** The start of the step the point stands for. */
  period: Date;
}

/**
 * A Rocket.Chat snapshot follows the definitions of the version that stored it, by the same rule
 * REST_FORMAT=auto applies (src/rest/rest-dialect.ts: 0.x stored the 0.61 definitions and keys).
 */
export function fromRocketChatSnapshot(document: Document, figures: HistoryFigure[]): HistorySnapshot {
  const version = typeof document.version === 'string' ? document.version : null;
  const definitions = dialectOf('auto', version).format;
  return {
    source: 'ROCKET_CHAT',
    id: String(document._id),
    takenAt: document.createdAt as Date,
    rocketChatVersion: version,
    definitions,
    values: figures.map((figure) => countAt(document, figure.rocketChatKeys[definitions])),
  };
}

/** The gateway stores under today's Statistics paths (both definitions at once: Statistics.legacy). */
export function fromGatewaySnapshot(snapshot: HeldSnapshot, figures: HistoryFigure[]): HistorySnapshot {
  return {
    source: 'GATEWAY',
    id: snapshot.id,
    takenAt: snapshot.takenAt,
    rocketChatVersion: null,
    definitions: 'current',
    values: figures.map((figure) => heldCount(snapshot, figure)),
  };
}

/** Later wins; at the same instant Rocket.Chat's own snapshot wins over the gateway's; then the greater id. */
function isBetter(candidate: HistorySnapshot, held: HistorySnapshot): boolean {
  const byTime = candidate.takenAt.getTime() - held.takenAt.getTime();
  if (byTime !== 0) return byTime > 0;
  if (candidate.source !== held.source) return candidate.source === 'ROCKET_CHAT';
  return candidate.id > held.id;
}

/**
 * Thins snapshots of both sources to one point per step by picking, never averaging: each step's
 * point is its newest snapshot (the state at the step's end), so a count keeps a value it really
 * had. Steps without any snapshot have no point. Oldest step first.
 */
export function pickOnePerStep(snapshots: HistorySnapshot[], step: HistoryStepName): HistoryPointData[] {
  const picked = new Map<number, HistorySnapshot>();
  for (const snapshot of snapshots) {
    if (!(snapshot.takenAt instanceof Date)) continue;
    const period = stepStart(snapshot.takenAt, step).getTime();
    const held = picked.get(period);
    if (!held || isBetter(snapshot, held)) picked.set(period, snapshot);
  }
  return [...picked.entries()].sort(([a], [b]) => a - b).map(([period, snapshot]) => ({ ...snapshot, period: new Date(period) }));
}
