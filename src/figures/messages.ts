import type { Loaders } from '../statistics/loaders';

// Message, subscription and upload figures (spec statistics.md "Messages, subscriptions, uploads").

export const totalThreads = (l: Loaders) => l.threads();
export const lastMessageSentAt = (l: Loaders) => l.lastMessageSentAt();
export const lastSeenSubscription = (l: Loaders) => l.lastSeenSubscription();
/** 0.61 counted the documents of rocketchat_message, system messages and thread replies included. */
export const legacyTotalMessages = (l: Loaders) => l.messagesTotal();

export const uploadsTotal = (l: Loaders) => l.uploadsTotal();
export const uploadsTotalSize = (l: Loaders) => l.uploadsSize();
