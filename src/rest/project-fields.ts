import { isPlainObject } from './stored-field-names';

/**
 * statistics.list's `fields`, applied to a snapshot already in its wire shape so clients name the
 * keys they read (`totlalLivechat`, `migration._id`). MongoDB's rules: 1s select, 0s leave out,
 * `_id` stays unless `_id: 0`; dotted names reach into nested objects; key order is kept.
 */
export function projectFields(snapshot: Record<string, unknown>, fields: Record<string, 0 | 1>): Record<string, unknown> {
  const entries = Object.entries(fields);
  const selecting = entries.some(([, kind]) => kind === 1) && !entries.some(([field, kind]) => field !== '_id' && kind === 0);
  const paths = entries.filter(([, kind]) => kind === (selecting ? 1 : 0)).map(([field]) => field);
  if (selecting && fields._id !== 0 && !paths.includes('_id')) paths.push('_id');
  return project(snapshot, paths, selecting, '');
}

function project(value: Record<string, unknown>, paths: string[], selecting: boolean, prefix: string): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix + key;
    if (paths.includes(path)) {
      if (selecting) kept[key] = inner;
    } else if (isPlainObject(inner) && paths.some((p) => p.startsWith(`${path}.`))) {
      kept[key] = project(inner, paths, selecting, `${path}.`);
    } else if (!selecting) {
      kept[key] = inner;
    }
  }
  return kept;
}
