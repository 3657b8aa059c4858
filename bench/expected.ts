import { allFigures } from '../src/figures/catalog';
import { rootGroup, type Figure } from '../src/figures/figure';
import { readGatewayFacts } from '../src/figures/gateway';
import { liveStatistics } from '../src/statistics/live-statistics';
import type { DatabaseQuery } from '../src/queries/database-query';
import type { Loaders } from '../src/statistics/loaders';
import { materialize } from '../src/statistics/materialize';
import type { FamilyResults } from './floor';

/** Figures that follow the clock or the host, not the database: never compared. */
const notFromTheDatabase = new Set(['id', 'createdAt', 'updatedAt', 'os', 'process', 'deploy', 'gateway', 'instanceCount', 'live']);

/**
 * Every figure of the Statistics type (or `only` these root figures), computed from the floor's query
 * results with the gateway's own figure definitions, as JSON (dates as ISO strings): the answer every
 * door must give.
 */
export async function figuresFrom(results: FamilyResults, only?: readonly Figure[]): Promise<Record<string, unknown>> {
  const loaders: Loaders = { load: <T>(query: DatabaseQuery<T>) => Promise.resolve(results[query.name] as T) };
  const live = liveStatistics(loaders, {
    deploy: { method: '', platform: '' },
    gateway: { ...readGatewayFacts(), restFormat: '0.61', restFormatChosenBy: 'REST_FORMAT' },
    now: new Date(),
  });
  if (only) return asJson(Object.fromEntries(await Promise.all(only.map(async (figure) => [figure.name, await live[figure.name]] as const)))) as never;
  return asJson(await materialize(live)) as Record<string, unknown>;
}

/** The root figures a document selects (`{ statistics { totalUsers … } }`), by name. */
export function rootFiguresOf(document: string): Figure[] {
  const names = new Set(document.replace(/^\{\s*statistics\s*(\([^)]*\))?\s*\{/, '').match(/\w+/g) ?? []);
  return allFigures.filter((figure) => figure.group === rootGroup && names.has(figure.name));
}

export function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/**
 * The differences between an answer and the expected figures, for every key the answer has
 * (an answer may select only some figures). Empty when the answer is right.
 */
export function differences(answer: unknown, expected: unknown, path = ''): string[] {
  if (answer !== null && typeof answer === 'object' && expected !== null && typeof expected === 'object') {
    if (Array.isArray(answer) !== Array.isArray(expected)) return [`${path}: got ${brief(answer)}, want ${brief(expected)}`];
    if (Array.isArray(answer) && Array.isArray(expected) && answer.length !== expected.length) {
      return [`${path}: got ${answer.length} items, want ${expected.length}`];
    }
    const found: string[] = [];
    for (const [key, value] of Object.entries(answer)) {
      if (notFromTheDatabase.has(key)) continue;
      if (!(key in expected)) {
        found.push(`${path}.${key}: not a known figure`);
        continue;
      }
      found.push(...differences(value, (expected as Record<string, unknown>)[key], `${path}.${key}`));
    }
    return found;
  }
  return answer === expected ? [] : [`${path}: got ${brief(answer)}, want ${brief(expected)}`];
}

/** A value shortened for a difference message. */
export function brief(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
