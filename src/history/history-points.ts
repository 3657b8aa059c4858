import type { Document } from 'mongodb';
import type { RestFormat } from '../config';
import { dialectOf } from '../rest/rest-dialect';
import type { HistoryFigure } from './history-figures';
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

function valueAt(document: Document, key: string | undefined): number | null {
  if (key === undefined) return null;
  let value: unknown = document;
  for (const part of key.split('.')) value = value !== null && typeof value === 'object' ? (value as Document)[part] : undefined;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
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
    values: figures.map((figure) => valueAt(document, figure.rocketChatKeys[definitions])),
  };
}

export function fromGatewaySnapshot(document: Document, figures: HistoryFigure[]): HistorySnapshot {
  return {
    source: 'GATEWAY',
    id: String(document._id),
    takenAt: document.createdAt as Date,
    rocketChatVersion: null,
    definitions: 'current',
    values: figures.map((figure) => valueAt(document, figure.gatewayKey)),
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
