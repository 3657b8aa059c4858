import type { Document } from 'mongodb';
import type { MessageDocument, RoomDocument, UserDocument } from './documents';
import { asOnHoldMessage, isPlain, type LivechatRoomExtras } from './omnichannel';
import { baseDate, installedAt, type SeedOptions } from './options';
import { SeededRandom } from './random';
import { randomId, randomSecret } from './rocketchat-ids';
import type { RoomPlan } from './room-plan';
import type { UserProfile } from './users';

// Teams, broadcast and encrypted rooms, starred and e2e messages, two-factor users, languages,
// integrations, roles, invites and the push queue (packages/models/src/models/Team.ts,
// Integrations.ts, Roles.ts, Invites.ts, NotificationQueue.ts). Each comes from a fork of its own:
// what was drawn before stays as it was, and only fields are added to users, rooms and messages
// (a message's `t` only where the room is encrypted or was placed on hold).

const day = 24 * 3600 * 1000;
const root = (seed: number) => new SeededRandom(seed).fork('collaboration');

export interface RoomExtras {
  teamId?: string;
  teamMain?: boolean;
  teamDefault?: boolean;
  broadcast?: boolean;
  encrypted?: boolean;
}

export interface Team {
  _id: string;
  name: string;
  type: 0 | 1;
  roomId: string;
  createdAt: Date;
  createdBy: { _id: string; username: string };
}

/**
 * Which top-level channels and groups are a team's main room or inside a team, and which rooms are
 * broadcast or encrypted. A room inside a team was created after the team's main room.
 */
export function planCollaboration(seed: number, rooms: readonly RoomPlan[], users: readonly UserProfile[]): { extras: Map<string, RoomExtras>; teams: Team[] } {
  const extras = new Map<string, RoomExtras>();
  const teams: Team[] = [];
  const teamable = (room: RoomPlan) => (room.t === 'c' || room.t === 'p') && room.kind.parent === undefined && !room.kind.default && room.creator !== undefined;
  for (const room of rooms) {
    const random = root(seed).fork('room', room.index);
    const extra: RoomExtras = {};
    if (teamable(room) && random.chance(0.1)) {
      const creator = users[room.creator!];
      teams.push({
        _id: randomId(random),
        name: room.name ?? room._id,
        type: room.t === 'c' ? 0 : 1,
        roomId: room._id,
        createdAt: room.ts,
        createdBy: { _id: creator._id, username: creator.username },
      });
      Object.assign(extra, { teamId: teams[teams.length - 1]._id, teamMain: true });
    } else if (teamable(room) && teams.length > 0 && random.chance(0.3)) {
      Object.assign(extra, { teamId: random.pick(teams)._id, ...(random.chance(0.3) ? { teamDefault: true } : {}) });
    }
    if (room.t === 'c' && extra.teamMain !== true && random.chance(0.08)) extra.broadcast = true;
    if ((room.t === 'p' || room.t === 'd') && random.chance(0.2)) extra.encrypted = true;
    if (Object.keys(extra).length > 0) extras.set(room._id, extra);
  }
  return { extras, teams };
}

export function withRoomExtras(room: RoomDocument, extras: ReadonlyMap<string, RoomExtras>): RoomDocument {
  const extra = extras.get(room._id);
  return extra ? { ...room, ...extra } : room;
}

export function teamDocument(team: Team): Document {
  return { ...team, _updatedAt: team.createdAt };
}

/**
 * One room's messages with the 8.x cases: plain messages of encrypted rooms sent end to end
 * (`t: 'e2e'`, ciphertext in `msg`), some plain messages starred by members, and the last plain
 * message of an on-hold livechat room as its on-hold system message.
 */
export function* withMessageExtras(
  seed: number,
  room: RoomPlan,
  messages: Iterable<MessageDocument>,
  users: readonly UserProfile[],
  roomExtras: ReadonlyMap<string, RoomExtras>,
  livechat: ReadonlyMap<string, LivechatRoomExtras>,
): Generator<MessageDocument> {
  const random = root(seed).fork('messages', room.index);
  const encrypted = roomExtras.get(room._id)?.encrypted === true;
  const all = livechat.get(room._id)?.onHold ? [...messages] : messages;
  const onHoldId = Array.isArray(all) ? [...all].reverse().find(isPlain)?._id : undefined;
  for (const message of all) {
    if (message._id === onHoldId) {
      yield asOnHoldMessage(message);
    } else if (encrypted && isPlain(message) && random.chance(0.6)) {
      yield { ...message, t: 'e2e', msg: randomSecret(random) + randomSecret(random), e2e: 'done' };
    } else if (isPlain(message) && room.members.length > 0 && random.chance(0.02)) {
      const starrers = [...new Set([random.pick(room.members), random.pick(room.members)])];
      yield { ...message, starred: starrers.map((member) => ({ _id: users[member]._id })) };
    } else {
      yield message;
    }
  }
}

const languages: ReadonlyArray<readonly [string | undefined, number]> = [
  [undefined, 40],
  ['en', 30],
  ['de', 10],
  ['pt-BR', 10],
  ['fr', 5],
  ['ja', 5],
];

/**
 * A user's language, TOTP and livechat-manager role (a fifth of the agents manage).
 * Inactive users get TOTP too: Rocket.Chat counts only the active ones.
 */
export function withUserExtras(seed: number, index: number, user: UserDocument): UserDocument {
  const random = root(seed).fork('user', index);
  const language = random.weighted(languages);
  const totp = user.type === 'user' && random.chance(0.05);
  const manager = user.roles.includes('livechat-agent') && random.chance(0.2);
  const extra: Partial<UserDocument> = {};
  if (language !== undefined) extra.language = language;
  if (manager) extra.roles = [...user.roles, 'livechat-manager'];
  if (totp) extra.services = { ...user.services, totp: { enabled: true, secret: randomSecret(random), hashedBackup: [] } };
  return { ...user, ...extra };
}

export function collaborationSizes(options: Pick<SeedOptions, 'users'>) {
  return {
    integrations: Math.max(4, Math.round(options.users / 100)),
    customRoles: Math.max(2, Math.round(2 + Math.log2(options.users / 1000 + 1) * 2)),
    invites: Math.max(2, Math.round(options.users / 20)),
    pushQueue: Math.max(2, Math.round(options.users / 10)),
  };
}

/** Incoming and outgoing webhooks, some disabled, some running a script. */
export function generateIntegrations(seed: number, options: Pick<SeedOptions, 'users'>, users: readonly UserProfile[]): Document[] {
  return Array.from({ length: collaborationSizes(options).integrations }, (_, index) => {
    const random = root(seed).fork('integration', index);
    const type = index === 0 ? 'webhook-incoming' : index === 1 ? 'webhook-outgoing' : random.chance(0.6) ? 'webhook-incoming' : 'webhook-outgoing';
    const scriptEnabled = random.chance(0.35);
    const createdAt = random.dateBetween(installedAt, new Date(baseDate.getTime() - 30 * day));
    const owner = users[0];
    return {
      _id: randomId(random),
      type,
      name: `${type === 'webhook-incoming' ? 'Incoming' : 'Outgoing'} ${index + 1}`,
      enabled: index < 2 || random.chance(0.75),
      username: 'rocket.cat',
      channel: ['#general'],
      alias: '',
      scriptEnabled,
      ...(scriptEnabled ? { script: 'class Script { process_incoming_request({ request }) { return { content: { text: request.content.text } }; } }' } : {}),
      ...(type === 'webhook-outgoing'
        ? { event: 'sendMessage', urls: [`https://hooks.example.org/${index + 1}`], triggerWords: [] }
        : { token: randomSecret(random) }),
      _createdAt: createdAt,
      _createdBy: { _id: owner._id, username: owner.username },
      _updatedAt: createdAt,
    };
  });
}

/** Rocket.Chat's room-scoped roles and livechat-manager, then custom roles of either scope. */
export function buildCollaborationRoles(seed: number, options: Pick<SeedOptions, 'users'>): Document[] {
  const role = (_id: string, scope: 'Users' | 'Subscriptions', description: string, isProtected: boolean): Document => ({
    _id,
    name: _id,
    scope,
    protected: isProtected,
    mandatory2fa: false,
    description,
    _updatedAt: installedAt,
  });
  const custom = Array.from({ length: collaborationSizes(options).customRoles }, (_, index) => {
    const random = root(seed).fork('custom-role', index);
    return { ...role(randomId(random), index % 2 === 0 ? 'Users' : 'Subscriptions', `Custom role ${index + 1}`, false), name: `custom-role-${index + 1}` };
  });
  return [
    role('livechat-manager', 'Users', 'Livechat Manager', true),
    role('owner', 'Subscriptions', 'Owner', true),
    role('moderator', 'Subscriptions', 'Moderator', true),
    role('leader', 'Subscriptions', 'Leader', true),
    ...custom,
  ];
}

/** Invite links to channels and groups, each used a few times. */
export function generateInvites(seed: number, options: Pick<SeedOptions, 'users'>, rooms: readonly RoomPlan[], users: readonly UserProfile[]): Document[] {
  const targets = rooms.filter((room) => (room.t === 'c' || room.t === 'p') && room.creator !== undefined);
  return Array.from({ length: collaborationSizes(options).invites }, (_, index) => {
    const random = root(seed).fork('invite', index);
    const room = random.pick(targets);
    const createdAt = random.dateBetween(room.ts, baseDate);
    return {
      _id: randomId(random).slice(0, 6),
      rid: room._id,
      userId: users[room.creator!]._id,
      createdAt,
      expires: random.chance(0.5) ? new Date(createdAt.getTime() + 7 * day) : null,
      days: random.pick([0, 1, 7, 15, 30]),
      maxUses: random.pick([0, 1, 5, 10, 25, 50, 100]),
      uses: random.int(0, 20),
      _updatedAt: createdAt,
    };
  });
}

/** Pushes waiting to be sent (NotificationQueue), for users with mobile devices. */
export function generatePushQueue(seed: number, options: Pick<SeedOptions, 'users'>, rooms: readonly RoomPlan[], users: readonly UserProfile[]): Document[] {
  const targets = rooms.filter((room) => room.members.length > 0);
  return Array.from({ length: collaborationSizes(options).pushQueue }, (_, index) => {
    const random = root(seed).fork('push', index);
    const room = random.pick(targets);
    const user = users[random.pick(room.members)];
    const ts = random.dateBetween(new Date(baseDate.getTime() - day), baseDate);
    return {
      _id: randomId(random),
      uid: user._id,
      rid: room._id,
      mid: randomId(random),
      ts,
      sending: null,
      schedule: ts,
      items: [
        {
          type: 'push',
          data: {
            payload: { rid: room._id, type: room.t },
            roomName: room.fname ?? '',
            username: user.username,
            message: 'New message',
            badge: random.int(1, 9),
            category: 'MESSAGE',
          },
        },
      ],
    };
  });
}
