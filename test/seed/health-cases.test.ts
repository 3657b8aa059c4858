import { generateWorkspace } from '../../src/seed/generate';
import { baseDate, presetOptions } from '../../src/seed/options';

const day = 24 * 3600 * 1000;
const workspace = generateWorkspace(presetOptions('small'));
const peopleRooms = [...workspace.documents('rocketchat_room')].filter((room) => room.t === 'c' || room.t === 'p');

describe('the seeded workspace holds the health cases (small preset)', () => {
  it('channels and groups dead for months, and never used ones', () => {
    const silentFor = (days: number) => peopleRooms.filter((room) => room.lm instanceof Date && room.lm.getTime() < baseDate.getTime() - days * day).length;
    expect({ total: peopleRooms.length, d90: silentFor(90), d180: silentFor(180), neverUsed: peopleRooms.filter((room) => !room.lm).length }).toEqual({
      total: 135,
      d90: 9,
      d180: 5,
      neverUsed: 7,
    });
  });

  it('a dead room has no message after its lm', () => {
    const dead = new Map(peopleRooms.filter((room) => room.lm && room.lm.getTime() < baseDate.getTime() - 90 * day).map((room) => [room._id, room.lm as Date]));
    const later = [...workspace.documents('rocketchat_message')].filter((message) => dead.has(message.rid) && message.ts > dead.get(message.rid)!);
    expect(later).toEqual([]);
  });

  it('channels and groups without an owner', () => {
    const owned = new Set([...workspace.documents('rocketchat_subscription')].filter((s) => s.roles?.includes('owner')).map((s) => s.rid));
    expect(peopleRooms.filter((room) => !owned.has(room._id))).toHaveLength(10);
  });

  it('active users who never logged in', () => {
    const active = [...workspace.documents('users')].filter((user) => user.active);
    expect(active.filter((user) => !user.lastLogin)).toHaveLength(51);
  });
});
