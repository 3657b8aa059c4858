import type { IStats } from '@rocket.chat/core-typings';
import type { WireSnapshot } from '../../src/rest/wire-body';
import type { writeCurrentSnapshot } from '../../src/rest/wire-format';

// Compiled by `npm run check` (tsc): the current format's snapshot, typed from the figures'
// declarations, is assignable to Rocket.Chat 8.x's IStats (@rocket.chat/core-typings 8.3.8) as JSON
// carries it. Two documented differences (docs/figures.md):
// - the body is JSON: IStats' Date fields arrive as ISO 8601 strings;
// - keys only Rocket.Chat's own snapshot can give (and the settings a real Rocket.Chat always has) are
//   absent when the workspace has no such value, as Rocket.Chat leaves out what it has no value for.

type Json<T> = T extends Date ? string : T extends Array<infer E> ? Array<Json<E>> : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

type AbsentWhenUnknown =
  | '_id' | 'uniqueId' | 'mongoVersion' | 'lastLogin' | 'lastSeenSubscription' | 'lastMessageSentAt' | 'tag' | 'branch' | 'msEnabled' | 'oplogEnabled' | 'statsToken'
  | 'dailyPeakConnections' | 'maxMonthlyPeakConnections' | 'enterprise' | 'matrixFederation'
  | 'federationOverviewData' | 'federatedServers' | 'federatedUsers'; // prettier-ignore

/** IStats as the gateway's JSON satisfies it; `apps.engineVersion` too needs a Rocket.Chat snapshot. */
export type RocketChatStatisticsJson = Omit<Json<IStats>, AbsentWhenUnknown | 'apps'> &
  Partial<Pick<Json<IStats>, AbsentWhenUnknown>> & { apps: Omit<Json<IStats>['apps'], 'engineVersion'> & { engineVersion?: string } };

export function asRocketChatStatistics(body: ReturnType<typeof writeCurrentSnapshot>): RocketChatStatisticsJson {
  const snapshot: WireSnapshot<'current'> = body;
  return snapshot;
}

/** The check can fail: without one required key the snapshot is no IStats. */
export function withoutTriggers(body: Omit<WireSnapshot<'current'>, 'totalTriggers'>): RocketChatStatisticsJson {
  // @ts-expect-error totalTriggers is required by IStats
  return body;
}

test('the current snapshot type-checks against IStats (see npm run check)', () => {
  expect(typeof asRocketChatStatistics).toBe('function');
});
