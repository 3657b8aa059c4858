import type { RoomGroup } from '../queries/rooms';
import { roomQueries as q } from '../queries/rooms';
import { SafeInt } from '../schema/scalars';
import { defineFigures, figure, inBothFormats, inCurrentFormat } from './figure';
import { gauge } from './gauge';
import { roomsModel, statisticsTs } from './rocketchat-sources';

// Room figures (docs/figures.md "Rooms"): all but totalRooms from the groupings of rocketchat_room (countRoomsByType).

type Pick = (group: RoomGroup) => boolean;

const ofType =
  (type: string): Pick =>
  (g) =>
    g.type === type;

function countRooms(groups: RoomGroup[], pick: Pick): number {
  return groups.filter(pick).reduce((sum, g) => sum + g.rooms, 0);
}

export const roomFigures = defineFigures({
  totalRooms: figure({
    type: () => SafeInt,
    description: 'Count of all rooms (rocketchat_room).',
    rocketChat: statisticsTs,
    reads: [q.countAllRooms],
    compute: (total) => total,
    wire: inBothFormats,
  }),
  /** Discussions are included in the channel and private group counts, as in Rocket.Chat's countByType. */
  totalChannels: figure({
    type: () => SafeInt,
    description: 'Rooms with t = c, discussions included.',
    rocketChat: `${roomsModel} countByType`,
    reads: [q.countRoomsByType],
    compute: (groups) => countRooms(groups, ofType('c')),
    wire: inBothFormats,
  }),
  totalPrivateGroups: figure({
    type: () => SafeInt,
    description: 'Rooms with t = p, discussions included.',
    rocketChat: `${roomsModel} countByType`,
    reads: [q.countRoomsByType],
    compute: (groups) => countRooms(groups, ofType('p')),
    wire: inBothFormats,
  }),
  totalDirect: figure({
    type: () => SafeInt,
    description: 'Rooms with t = d.',
    rocketChat: `${roomsModel} countByType`,
    reads: [q.countRoomsByType],
    compute: (groups) => countRooms(groups, ofType('d')),
    wire: inBothFormats,
  }),
  /** 0.61 misspelt the key `totlalLivechat`; its format keeps the misspelling because old clients read it. */
  totalLivechat: figure({
    type: () => SafeInt,
    description: 'Omnichannel rooms: t = l.',
    rocketChat: `${roomsModel} countByType`,
    reads: [q.countRoomsByType],
    compute: (groups) => countRooms(groups, ofType('l')),
    wire: { '0.61': 'totlalLivechat', current: true },
  }),
  totalDiscussions: figure({
    type: () => SafeInt,
    description: 'Rooms with a prid (discussions).',
    rocketChat: `${roomsModel} countDiscussions`,
    reads: [q.countRoomsByType],
    compute: (groups) => countRooms(groups, (g) => g.isDiscussion),
    wire: inCurrentFormat,
  }),
});

const f = roomFigures;
export const roomGauges = [
  gauge('rooms', 'Rooms by type; discussions are counted in their channel or private group type.', [
    [{ type: 'channel' }, f.totalChannels],
    [{ type: 'private_group' }, f.totalPrivateGroups],
    [{ type: 'direct' }, f.totalDirect],
    [{ type: 'livechat' }, f.totalLivechat],
  ]),
  gauge('discussions', 'Discussion rooms (totalDiscussions).', f.totalDiscussions),
];
