import type { GraphQLScalarType } from 'graphql';
import type { DatabaseQuery } from '../queries/database-query';
import { settingsQueries, type StatisticsSettings } from '../queries/settings';
import { SafeInt } from '../schema/scalars';
import { figure } from './figure';

// Shapes many figures share: a count from one query, a value from the statistics settings. Each
// call is still one figure's whole declaration, with its own description and REST key.

/** A count straight from one query, under `key` in the current format. */
export function countFigure<const K extends string>(query: DatabaseQuery<number>, key: K, description: string, rocketChat: string) {
  return figure({ type: () => SafeInt, description, rocketChat, reads: [query], compute: (count: number) => count, wire: { current: key } as const });
}

type ScalarOf<T> = T extends boolean ? BooleanConstructor : T extends string ? StringConstructor : GraphQLScalarType;

/** A value computed from the statistics settings (one read for all of them), under `key` in the current format. */
export function settingFigure<const K extends string, T extends boolean | string | number>(
  type: ScalarOf<T>,
  key: K,
  description: string,
  rocketChat: string,
  compute: (settings: StatisticsSettings) => T,
) {
  return figure({ type: () => type, description, rocketChat, reads: [settingsQueries.findStatisticsSettings], compute, wire: { current: key } as const });
}
