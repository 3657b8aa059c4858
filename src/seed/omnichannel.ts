import type { Document } from 'mongodb';
import type { MessageDocument, RoomDocument } from './documents';
import { baseDate, installedAt, type SeedOptions } from './options';
import { SeededRandom } from './random';
import { randomId, randomSecret } from './rocketchat-ids';
import type { RoomPlan } from './room-plan';

// The omnichannel collections Rocket.Chat 8.x's statistics read (packages/models/src/models/
// LivechatVisitors.ts, LivechatDepartment.ts, LivechatCustomField.ts, LivechatTrigger.ts,
// LivechatBusinessHours.ts, EmailInbox.ts). Every draw comes from forks of its own, so the users,
// rooms and messages drawn before these existed stay as they were.

const day = 24 * 3600 * 1000;
const root = (seed: number) => new SeededRandom(seed).fork('omnichannel');

/** How many of each omnichannel document a workspace holds: tens for `small`, thousands for `large`. */
export function omnichannelSizes(options: Pick<SeedOptions, 'users'>) {
  const scale = options.users / 1000;
  return {
    departments: Math.max(3, Math.round(options.users / 100)),
    extraVisitors: Math.max(5, Math.round(options.users / 5)),
    customFields: Math.max(2, Math.round(6 + Math.log2(scale + 1) * 2)),
    triggers: Math.max(1, Math.round(3 + Math.log2(scale + 1))),
    businessHours: Math.max(1, Math.round(2 + Math.log2(scale + 1))),
    emailInboxes: Math.max(1, Math.round(2 + Math.log2(scale + 1))),
  };
}

/** Departments: the first is never archived (rooms are routed to it), the last always is. */
export function generateDepartments(seed: number, options: Pick<SeedOptions, 'users'>): Document[] {
  const count = omnichannelSizes(options).departments;
  return Array.from({ length: count }, (_, index) => {
    const random = root(seed).fork('department', index);
    const createdAt = random.dateBetween(installedAt, new Date(baseDate.getTime() - 60 * day));
    const archived = index === count - 1 || (index > 0 && random.chance(0.15));
    return {
      _id: randomId(random),
      name: `Department ${index + 1}`,
      enabled: !archived,
      archived,
      showOnRegistration: random.chance(0.5),
      showOnOfflineForm: random.chance(0.5),
      email: `department-${index + 1}@example.org`,
      numAgents: random.int(0, 8),
      _createdAt: createdAt,
      _updatedAt: createdAt,
    };
  });
}

/** Whether a livechat room was placed on hold, and the department it was routed to (if any). */
export interface LivechatRoomExtras {
  departmentId?: string;
  onHold: boolean;
}

export function livechatRoomExtras(seed: number, rooms: readonly RoomPlan[], departments: readonly Document[]): Map<string, LivechatRoomExtras> {
  const routable = departments.filter((department) => department.archived !== true);
  const extras = new Map<string, LivechatRoomExtras>();
  for (const room of rooms) {
    if (room.t !== 'l') continue;
    const random = root(seed).fork('livechat-room', room.index);
    const departmentId = random.chance(0.7) ? String(random.pick(routable)._id) : undefined;
    extras.set(room._id, { departmentId, onHold: room.kind.open === true && room.messageCount > 0 && random.chance(0.5) });
  }
  return extras;
}

export function withLivechatRoomExtras(room: RoomDocument, extras: ReadonlyMap<string, LivechatRoomExtras>): RoomDocument {
  const departmentId = extras.get(room._id)?.departmentId;
  return departmentId === undefined ? room : { ...room, departmentId };
}

export const isPlain = (message: MessageDocument) =>
  message.t === undefined && message.tmid === undefined && message.tcount === undefined && message.drid === undefined && message.pinned !== true;

/** Rocket.Chat writes it when an agent puts a chat on hold (the room keeps its msgs). */
export function asOnHoldMessage(message: MessageDocument): MessageDocument {
  return { ...message, t: 'omnichannel_placed_chat_on_hold', msg: '', groupable: false };
}

/** A visitor per livechat room (its `v`), and returning visitors without an open room. */
export function* generateVisitors(
  seed: number,
  rooms: readonly RoomPlan[],
  options: Pick<SeedOptions, 'users'>,
  extras: ReadonlyMap<string, LivechatRoomExtras>,
): Generator<Document> {
  for (const room of rooms) {
    if (room.t !== 'l' || !room.visitor) continue;
    const { _id, username, token, status, name } = room.visitor;
    const department = extras.get(room._id)?.departmentId;
    yield { _id, username, name, token, status, ts: room.ts, _updatedAt: room.ts, ...(department ? { department } : {}) };
  }
  const count = omnichannelSizes(options).extraVisitors;
  for (let index = 0; index < count; index++) {
    const random = root(seed).fork('visitor', index);
    const ts = random.dateBetween(installedAt, baseDate);
    yield {
      _id: randomId(random),
      username: `guest-returning-${index}`,
      name: `Returning visitor ${index}`,
      token: randomSecret(random),
      status: 'offline',
      ts,
      _updatedAt: ts,
    };
  }
}

export function countVisitors(rooms: readonly RoomPlan[], options: Pick<SeedOptions, 'users'>): number {
  return rooms.filter((room) => room.t === 'l' && room.visitor).length + omnichannelSizes(options).extraVisitors;
}

const fieldNames = ['cpf', 'company', 'plan', 'region', 'account-manager', 'ticket', 'segment', 'contract', 'sla', 'language-preference'];

/** Custom fields: the first is public, the second private, the rest drawn. */
export function generateCustomFields(seed: number, options: Pick<SeedOptions, 'users'>): Document[] {
  const count = omnichannelSizes(options).customFields;
  return Array.from({ length: count }, (_, index) => {
    const random = root(seed).fork('custom-field', index);
    const name = index < fieldNames.length ? fieldNames[index] : `field-${index}`;
    return {
      _id: name,
      label: name,
      scope: random.chance(0.7) ? 'visitor' : 'room',
      visibility: 'visible',
      type: 'input',
      required: random.chance(0.2),
      searchable: true,
      public: index === 0 ? true : index === 1 ? false : random.chance(0.5),
      _updatedAt: installedAt,
    };
  });
}

export function generateTriggers(seed: number, options: Pick<SeedOptions, 'users'>): Document[] {
  return Array.from({ length: omnichannelSizes(options).triggers }, (_, index) => {
    const random = root(seed).fork('trigger', index);
    return {
      _id: randomId(random),
      name: `trigger-${index + 1}`,
      description: 'Greets visitors of the pricing page',
      enabled: random.chance(0.8),
      runOnce: random.chance(0.5),
      conditions: [{ name: 'time-on-site', value: random.int(5, 60) }],
      actions: [{ name: 'send-message', params: { sender: 'queue', msg: 'Hello, can we help?' } }],
      _updatedAt: installedAt,
    };
  });
}

/** The default business hour, then custom ones (Rocket.Chat's LivechatBusinessHourTypes). */
export function generateBusinessHours(seed: number, options: Pick<SeedOptions, 'users'>): Document[] {
  return Array.from({ length: omnichannelSizes(options).businessHours }, (_, index) => {
    const random = root(seed).fork('business-hour', index);
    const workHours = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((dayName) => ({
      day: dayName,
      start: { time: '08:00' },
      finish: { time: '18:00' },
      open: true,
    }));
    return {
      _id: randomId(random),
      name: index === 0 ? '' : `Business hours ${index}`,
      type: index === 0 ? 'default' : 'custom',
      active: index === 0 || random.chance(0.7),
      timezone: { name: 'UTC', utc: '0' },
      workHours,
      ts: installedAt,
      _updatedAt: installedAt,
    };
  });
}

export function generateEmailInboxes(seed: number, options: Pick<SeedOptions, 'users'>): Document[] {
  return Array.from({ length: omnichannelSizes(options).emailInboxes }, (_, index) => {
    const random = root(seed).fork('email-inbox', index);
    return {
      _id: randomId(random),
      active: random.chance(0.8),
      name: `Inbox ${index + 1}`,
      email: `inbox-${index + 1}@example.org`,
      senderInfo: 'Support',
      smtp: { server: 'smtp.example.org', port: 587, username: `inbox-${index + 1}`, secure: true },
      imap: { server: 'imap.example.org', port: 993, username: `inbox-${index + 1}`, secure: true, maxRetries: 10 },
      _createdAt: installedAt,
      _updatedAt: installedAt,
    };
  });
}
