import type { IndexDescription } from 'mongodb';
import type { SeedCollectionName } from './generate';

/**
 * The indexes Rocket.Chat itself declares (packages/models/src/models/{Users,Rooms,Messages,Sessions,
 * Subscriptions}.ts, `modelIndexes()`) that the statistics queries use, with Rocket.Chat's options.
 * Nothing Rocket.Chat lacks is added: the gateway must be measured against a real workspace's indexes.
 * Rocket.Chat has no plain `{active: 1}` on users; its `{active, …}` compound indexes serve `active`.
 */
export const rocketChatStatisticsIndexes: Partial<Record<SeedCollectionName, IndexDescription[]>> = {
  users: [
    { key: { status: 1 } },
    { key: { statusConnection: 1 }, sparse: true },
    { key: { type: 1 } },
    { key: { roles: 1 }, sparse: true },
    { key: { lastLogin: 1 } },
    { key: { federated: 1 }, sparse: true },
    { key: { isRemote: 1 }, sparse: true },
    { key: { active: 1, 'services.email2fa.enabled': 1 }, sparse: true },
  ],
  rocketchat_room: [
    { key: { t: 1, ts: 1 } },
    { key: { prid: 1 }, sparse: true },
    { key: { ts: 1 } },
    { key: { teamId: 1, teamDefault: 1 }, sparse: true },
    { key: { departmentId: 1 }, sparse: true },
  ],
  rocketchat_roles: [{ key: { scope: 1 } }],
  rocketchat_message: [
    { key: { ts: 1 } },
    { key: { rid: 1, ts: 1, _updatedAt: 1 } },
    { key: { tmid: 1 }, sparse: true },
    { key: { tcount: 1, tlm: 1 }, sparse: true },
    { key: { t: 1 }, sparse: true },
    { key: { pinned: 1 }, sparse: true },
  ],
  rocketchat_subscription: [{ key: { ls: 1 } }, { key: { rid: 1, ls: 1 } }],
  // Sessions.ts also expires documents 45 days after `_computedAt`; that index is left out so that
  // the 90 seeded days stay (the gateway keeps past days itself, see the README "Engagement dashboard").
  rocketchat_sessions: [{ key: { loginAt: -1 } }, { key: { type: 1, year: 1, month: 1, day: 1 } }],
  // packages/models/src/models/Statistics.ts: the daily snapshots, read by createdAt.
  rocketchat_statistics: [{ key: { createdAt: -1 } }],
};
