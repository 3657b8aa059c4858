import type { RoomGroup } from '../queries/rooms';
import type { Loaders } from '../statistics/loaders';

// Rooms and room-message figures (spec statistics.md "Rooms"): all from one grouping of rocketchat_room.

type Pick = (group: RoomGroup) => boolean;

const ofType = (type: string): Pick => (g) => g.type === type;
const topLevel = (type: string): Pick => (g) => g.type === type && !g.isDiscussion;
const discussion: Pick = (g) => g.isDiscussion && (g.type === 'c' || g.type === 'p');

async function countRooms(l: Loaders, pick: Pick): Promise<number> {
  return (await l.roomsByType()).filter(pick).reduce((sum, g) => sum + g.rooms, 0);
}

async function sumMessages(l: Loaders, pick: Pick): Promise<number> {
  return (await l.roomsByType()).filter(pick).reduce((sum, g) => sum + g.messages, 0);
}

export const totalRooms = (l: Loaders) => l.roomsTotal();
/** Discussions are included in the channel and private group counts. */
export const totalChannels = (l: Loaders) => countRooms(l, ofType('c'));
export const totalPrivateGroups = (l: Loaders) => countRooms(l, ofType('p'));
export const totalDirect = (l: Loaders) => countRooms(l, ofType('d'));
export const totalLivechat = (l: Loaders) => countRooms(l, ofType('l'));
export const totalDiscussions = async (l: Loaders) => (await l.roomsByType()).filter((g) => g.isDiscussion).reduce((s, g) => s + g.rooms, 0);

/** Current: discussions' messages are counted apart (totalDiscussionsMessages). */
export const totalChannelMessages = (l: Loaders) => sumMessages(l, topLevel('c'));
export const totalPrivateGroupMessages = (l: Loaders) => sumMessages(l, topLevel('p'));
export const totalDiscussionsMessages = (l: Loaders) => sumMessages(l, discussion);
export const totalDirectMessages = (l: Loaders) => sumMessages(l, ofType('d'));
export const totalLivechatMessages = (l: Loaders) => sumMessages(l, ofType('l'));

/** Current: channel + private + discussions + direct + livechat sums. */
export const totalMessages = (l: Loaders) =>
  sumMessages(l, (g) => topLevel('c')(g) || topLevel('p')(g) || discussion(g) || g.type === 'd' || g.type === 'l');

// 0.61 definitions: channel and private sums include discussions.
export const legacyTotalChannelMessages = (l: Loaders) => sumMessages(l, ofType('c'));
export const legacyTotalPrivateGroupMessages = (l: Loaders) => sumMessages(l, ofType('p'));
