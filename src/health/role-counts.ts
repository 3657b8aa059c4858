/** Users counted under one role or one type. */
export interface UserCount {
  key: string;
  users: number;
}

/** What a grouping by `roles` answers: one count per combination of roles, as stored. */
export interface ValueCount {
  value: unknown;
  count: number;
}

const byCountThenKey = (a: UserCount, b: UserCount) => b.users - a.users || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Per role, from the counts per combination of roles: a user with `['admin', 'user']` counts under
 * both, so the counts may add up to more than the users. A user without roles counts under `none`.
 */
export function countPerRole(groups: readonly ValueCount[]): UserCount[] {
  const counts = new Map<string, number>();
  for (const { value, count } of groups) {
    const roles = Array.isArray(value) ? [...new Set(value.filter((role): role is string => typeof role === 'string'))] : [];
    for (const role of roles.length > 0 ? roles : ['none']) counts.set(role, (counts.get(role) ?? 0) + count);
  }
  return [...counts].map(([key, users]) => ({ key, users })).sort(byCountThenKey);
}

/** Per type (`user`, `bot`, `app`); a user without a type counts under `none`. */
export function countPerType(groups: readonly ValueCount[]): UserCount[] {
  const counts = new Map<string, number>();
  for (const { value, count } of groups) {
    const type = typeof value === 'string' ? value : 'none';
    counts.set(type, (counts.get(type) ?? 0) + count);
  }
  return [...counts].map(([key, users]) => ({ key, users })).sort(byCountThenKey);
}
