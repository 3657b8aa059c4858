import type { Loaders } from '../statistics/loaders';

// Users figures (spec statistics.md "Users"); current definitions unless named legacy.

export const totalUsers = (l: Loaders) => l.usersTotal();

/** Active humans of this workspace: not guest-only, not app/bot, not federated or remote. */
export const activeUsers = (l: Loaders) => l.activeLocalUsers();
export const nonActiveUsers = (l: Loaders) => l.inactiveUsers();

export const onlineUsers = async (l: Loaders) => (await l.usersByStatus()).online ?? 0;
export const awayUsers = async (l: Loaders) => (await l.usersByStatus()).away ?? 0;
export const busyUsers = async (l: Loaders) => (await l.usersByStatus()).busy ?? 0;

/** Every user whose status is none of online, away, busy (from the same grouping, so it adds up). */
export async function offlineUsers(l: Loaders): Promise<number> {
  const byStatus = await l.usersByStatus();
  return sumExcept(byStatus, ['online', 'away', 'busy']);
}

/** Rocket.Chat counts online + away as connected; busy users are deliberately left out. */
export async function totalConnectedUsers(l: Loaders): Promise<number> {
  const byStatus = await l.usersByStatus();
  return (byStatus.online ?? 0) + (byStatus.away ?? 0);
}

export const activeGuests = (l: Loaders) => l.activeGuests();
export const appUsers = (l: Loaders) => l.appUsers();
export const lastLogin = (l: Loaders) => l.lastLogin();

// 0.61 definitions (Statistics.legacy).

/** 0.61 counted every active user, whatever its type or roles. */
export const legacyActiveUsers = (l: Loaders) => l.activeUsersOfAnyType();

/** 0.61: totalUsers − activeUsers. */
export async function legacyNonActiveUsers(l: Loaders): Promise<number> {
  const [total, active] = await Promise.all([l.usersTotal(), l.activeUsersOfAnyType()]);
  return total - active;
}

/** 0.61 read presence from statusConnection and had no busy. */
export const legacyOnlineUsers = async (l: Loaders) => (await l.usersByStatusConnection()).online ?? 0;
export const legacyAwayUsers = async (l: Loaders) => (await l.usersByStatusConnection()).away ?? 0;
export async function legacyOfflineUsers(l: Loaders): Promise<number> {
  return sumExcept(await l.usersByStatusConnection(), ['online', 'away']);
}

function sumExcept(counts: Record<string, number>, excluded: string[]): number {
  return Object.entries(counts).reduce((sum, [key, count]) => (excluded.includes(key) ? sum : sum + count), 0);
}
