import type { Document } from 'mongodb';
import type { RestFormat } from '../config';
import { allFigures } from '../figures/catalog';
import { statisticsPath, storedField, wireKey, type Figure } from '../figures/figure';
import { SafeInt } from '../schema/scalars';

/**
 * Where one count of Statistics sits in each kind of stored snapshot. Both come from the figure's own
 * declaration (src/figures/): the gateway stores a snapshot under the Statistics paths (`stored`),
 * Rocket.Chat under the keys of its wire format, which are those of the definitions its version
 * used (`wire`). A definition set without such a key never stored the figure: its points are null.
 */
export interface HistoryFigure {
  /** Its path in Statistics, e.g. `totalUsers`, `legacy.activeUsers`. */
  name: string;
  /** Its field in a snapshot of the gateway's collection. */
  gatewayKey: string;
  /** Its key in a Rocket.Chat snapshot stored under each definition set. */
  rocketChatKeys: Partial<Record<RestFormat, string>>;
}

const definitionSets: RestFormat[] = ['0.61', 'current'];

function historyFigureOf(figure: Figure): HistoryFigure {
  const rocketChatKeys: Partial<Record<RestFormat, string>> = {};
  for (const format of definitionSets) {
    const key = wireKey(figure, format);
    if (key !== undefined) rocketChatKeys[format] = key;
  }
  return { name: statisticsPath(figure), gatewayKey: storedField(figure), rocketChatKeys };
}

/** Only counts have a history worth drawing; dates, texts and objects are the latest snapshot's business. */
const isCount = (figure: Figure) => figure.type() === SafeInt;

/** Every count of Statistics, by its path. */
export const historyFigures: ReadonlyMap<string, HistoryFigure> = new Map(
  allFigures.filter(isCount).map((figure) => [statisticsPath(figure), historyFigureOf(figure)]),
);

/** The database fields a read of these figures needs from each source (parents cover their children). */
export function storedKeysOf(figures: HistoryFigure[]): { rocketChat: string[]; gateway: string[] } {
  return {
    rocketChat: withoutCoveredPaths(figures.flatMap((figure) => Object.values(figure.rocketChatKeys))),
    gateway: withoutCoveredPaths(figures.map((figure) => figure.gatewayKey)),
  };
}

/** A projection naming both `a` and `a.b` is refused by MongoDB (a path collision); `a` reads both. */
function withoutCoveredPaths(paths: string[]): string[] {
  const unique = [...new Set(paths)].sort();
  return unique.filter((path) => !unique.some((other) => path.startsWith(`${other}.`)));
}

/** The count stored at a dotted key of a snapshot; null where there is none (or it is not a whole number). */
export function countAt(document: Document, key: string | undefined): number | null {
  if (key === undefined) return null;
  let value: unknown = document;
  for (const part of key.split('.')) value = value !== null && typeof value === 'object' ? (value as Document)[part] : undefined;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}
