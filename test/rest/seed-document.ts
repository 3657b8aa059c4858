import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';

/** Rocket.Chat 0.61's documented GET /api/v1/statistics example (a copy kept in test/fixtures), parsed from its Markdown. */
export function readSeedResponse(): { statistics: Record<string, unknown>; success: boolean } {
  const text = readFileSync(join(projectRoot, 'test', 'fixtures', 'rocketchat-0.61-statistics.md'), 'utf8');
  const block = /## Example Result\s+```javascript\n([\s\S]*?)\n```/.exec(text);
  if (!block) throw new Error('the 0.61 document has no "Example Result" block');
  return JSON.parse(block[1]);
}

/**
 * The structure of a JSON value: objects keep their keys in order, leaves become their type, and
 * an array becomes the list of its distinct element structures (four CPUs and eight have one).
 */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) {
    const distinct = new Set(value.map((item) => JSON.stringify(shapeOf(item))));
    return [...distinct].map((shape) => JSON.parse(shape));
  }
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
  return value === null ? 'null' : typeof value;
}

/** Every key path in document order, so that key order can be compared with toEqual. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length > 0 ? keyPaths(value[0], `${prefix}[]`) : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [prefix + key, ...keyPaths(inner, `${prefix + key}.`)]);
}
