import type { IStats } from '@rocket.chat/core-typings';
import { GraphQLJSON } from 'graphql-scalars';
import { deploymentQueries, type RocketChatSnapshotKey } from '../queries/deployment';
import { SafeInt } from '../schema/scalars';
import { figure, type GraphQLTypeReference } from './figure';
import { statisticsTs } from './rocketchat-sources';

// Figures read from the newest snapshot Rocket.Chat itself stored in rocketchat_statistics: what only
// its process knows (apps engine, peak connections, build, license) and what the gateway does not
// compute yet. They share that one read; each is null (absent from REST) when Rocket.Chat stored none.

export const fromRocketChatSnapshot = "From Rocket.Chat's newest own snapshot in rocketchat_statistics; null when there is none.";

/** One value of Rocket.Chat's newest snapshot, as Rocket.Chat stored it, under its own IStats key. */
export function snapshotFigure<const K extends RocketChatSnapshotKey & keyof IStats, const W extends string = K>(
  key: K,
  type: GraphQLTypeReference,
  description: string,
  options: { rocketChat?: string; wire?: W; accept?: (value: unknown) => boolean } = {},
) {
  const accept = options.accept ?? ((value: unknown) => value !== null && value !== undefined);
  return figure({
    type,
    nullable: true,
    description: `${description} ${fromRocketChatSnapshot}`,
    rocketChat: options.rocketChat ?? statisticsTs,
    reads: [deploymentQueries.findRocketChatBuild],
    compute: (build): IStats[K] | null => {
      const value = build.snapshot?.[key];
      return accept(value) ? (value as IStats[K]) : null;
    },
    wire: { current: (options.wire ?? key) as W },
  });
}

export const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
export const isText = (value: unknown) => typeof value === 'string';
export const isFlag = (value: unknown) => typeof value === 'boolean';
export const isObject = (value: unknown) => value !== null && typeof value === 'object';

/** A count from the snapshot (JSON scalars otherwise). */
export const snapshotCount = <const K extends RocketChatSnapshotKey & keyof IStats, const W extends string = K>(
  key: K,
  description: string,
  wire?: W,
  rocketChat?: string,
) => snapshotFigure<K, W>(key, () => SafeInt, description, { accept: isCount, wire, rocketChat });
export const snapshotObject = <const K extends RocketChatSnapshotKey & keyof IStats, const W extends string = K>(
  key: K,
  description: string,
  wire?: W,
  rocketChat?: string,
) => snapshotFigure<K, W>(key, () => GraphQLJSON, description, { accept: isObject, wire, rocketChat });
