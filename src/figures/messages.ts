import { messageQueries as q } from '../queries/messages';
import { roomQueries } from '../queries/rooms';
import type { RoomGroup } from '../queries/rooms';
import { DateTime, SafeInt } from '../schema/scalars';
import { defineFigures, figure, inBothFormats, inCurrentFormat } from './figure';
import { gauge } from './gauge';
import { messagesModel, statistics061, statisticsTs } from './rocketchat-sources';

// Message and subscription figures (docs/figures.md "Messages"). Message sums come from the rooms'
// `msgs` counters, as Rocket.Chat computes them, through the groupings of rocketchat_room (countRoomsByType).

type Pick = (group: RoomGroup) => boolean;

const ofType =
  (type: string): Pick =>
  (g) =>
    g.type === type;
const topLevel =
  (type: string): Pick =>
  (g) =>
    g.type === type && !g.isDiscussion;
const discussion: Pick = (g) => g.isDiscussion && (g.type === 'c' || g.type === 'p');
/** Current: channel + private + discussions + direct + livechat sums. */
const countedInTotal: Pick = (g) => topLevel('c')(g) || topLevel('p')(g) || discussion(g) || g.type === 'd' || g.type === 'l';

function sumMessages(groups: RoomGroup[], pick: Pick): number {
  return groups.filter(pick).reduce((sum, g) => sum + g.messages, 0);
}

const byRoomType = roomQueries.countRoomsByType;

export const messageFigures = defineFigures({
  totalMessages: figure({
    type: () => SafeInt,
    description: 'Σ of the channel, private group, discussion, direct and livechat message sums (room msgs counters).',
    rocketChat: statisticsTs,
    reads: [byRoomType],
    compute: (groups) => sumMessages(groups, countedInTotal),
    wire: inCurrentFormat,
  }),
  totalThreads: figure({
    type: () => SafeInt,
    description: 'Messages with tcount (thread parents, not replies).',
    rocketChat: `${messagesModel} countThreads`,
    reads: [q.countThreads],
    compute: (count) => count,
    wire: inCurrentFormat,
  }),
  /** Current: discussions' messages are counted apart (totalDiscussionsMessages). */
  totalChannelMessages: figure({
    type: () => SafeInt,
    description: 'Σ msgs of c rooms without prid (a room without msgs counts 0).',
    rocketChat: statisticsTs,
    reads: [byRoomType],
    compute: (groups) => sumMessages(groups, topLevel('c')),
    wire: inCurrentFormat,
  }),
  totalPrivateGroupMessages: figure({
    type: () => SafeInt,
    description: 'Σ msgs of p rooms without prid.',
    rocketChat: statisticsTs,
    reads: [byRoomType],
    compute: (groups) => sumMessages(groups, topLevel('p')),
    wire: inCurrentFormat,
  }),
  totalDirectMessages: figure({
    type: () => SafeInt,
    description: 'Σ msgs of d rooms.',
    rocketChat: statisticsTs,
    reads: [byRoomType],
    compute: (groups) => sumMessages(groups, ofType('d')),
    wire: inBothFormats,
  }),
  totalLivechatMessages: figure({
    type: () => SafeInt,
    description: 'Σ msgs of l (omnichannel) rooms.',
    rocketChat: statisticsTs,
    reads: [byRoomType],
    compute: (groups) => sumMessages(groups, ofType('l')),
    wire: inBothFormats,
  }),
  totalDiscussionsMessages: figure({
    type: () => SafeInt,
    description: 'Σ msgs of c and p rooms with a prid.',
    rocketChat: statisticsTs,
    reads: [byRoomType],
    compute: (groups) => sumMessages(groups, discussion),
    wire: inCurrentFormat,
  }),
  totalPinned: figure({
    type: () => SafeInt,
    description: 'Pinned messages, without removed (t: rm) and hidden ones.',
    rocketChat: `${messagesModel} countPinned`,
    reads: [q.countPinnedMessages],
    compute: (count) => count,
    wire: inCurrentFormat,
  }),
  lastMessageSentAt: figure({
    type: () => DateTime,
    nullable: true,
    description: 'Greatest ts in rocketchat_message.',
    rocketChat: `${messagesModel} getLastTimestamp`,
    reads: [q.findLastMessageSentAt],
    compute: (latest) => latest,
    wire: inBothFormats,
  }),
  /** Rocket.Chat ≥ 5 sends Date.toString(); the gateway sends ISO 8601. */
  lastSeenSubscription: figure({
    type: () => DateTime,
    nullable: true,
    description: 'Greatest ls in rocketchat_subscription.',
    rocketChat: 'packages/models/src/models/Subscriptions.ts getLastSeen',
    reads: [q.findLastSeenSubscription],
    compute: (latest) => latest,
    wire: inBothFormats,
  }),
});

/** 0.61 definitions (Statistics.legacy): channel and private sums include discussions. */
export const legacyMessageFigures = defineFigures(
  {
    totalChannelMessages: figure({
      type: () => SafeInt,
      description: 'Σ msgs of every c room, discussions included.',
      rocketChat: statistics061,
      reads: [byRoomType],
      compute: (groups) => sumMessages(groups, ofType('c')),
      wire: { '0.61': true },
    }),
    totalPrivateGroupMessages: figure({
      type: () => SafeInt,
      description: 'Σ msgs of every p room, discussions included.',
      rocketChat: statistics061,
      reads: [byRoomType],
      compute: (groups) => sumMessages(groups, ofType('p')),
      wire: { '0.61': true },
    }),
    /** 0.61 counted the documents of rocketchat_message, system messages and thread replies included. */
    totalMessages: figure({
      type: () => SafeInt,
      description: 'Count of all documents in rocketchat_message (system messages and thread replies included).',
      rocketChat: statistics061,
      reads: [q.countAllMessages],
      compute: (count) => count,
      wire: { '0.61': true },
    }),
  },
  'legacy',
);

const f = messageFigures;
export const messageGauges = [
  gauge('messages', "Messages by room type, from the rooms' message counters; discussion messages apart.", [
    [{ room_type: 'channel' }, f.totalChannelMessages],
    [{ room_type: 'private_group' }, f.totalPrivateGroupMessages],
    [{ room_type: 'discussion' }, f.totalDiscussionsMessages],
    [{ room_type: 'direct' }, f.totalDirectMessages],
    [{ room_type: 'livechat' }, f.totalLivechatMessages],
  ]),
  gauge('threads', 'Thread parent messages (totalThreads).', f.totalThreads),
];
