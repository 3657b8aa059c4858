import { readFileSync } from 'node:fs';
import { rocketChatKeys } from '../../src/rest/rocketchat-keys';
import { wireLayout } from '../../src/rest/wire-format';

/** The top-level keys of IStats as @rocket.chat/core-typings 8.3.8 publishes it (dist/IStats.d.ts). */
function publishedIStatsKeys(): string[] {
  const text = readFileSync(require.resolve('@rocket.chat/core-typings/dist/IStats.d.ts'), 'utf8');
  const body = text.slice(text.indexOf('export interface IStats'));
  const keys: string[] = [];
  let depth = 0;
  for (const line of body.split('\n').slice(1)) {
    const key = /^ {4}(\w+)\??:/.exec(line);
    if (depth === 0 && key) keys.push(key[1]);
    depth += (line.match(/{/g) ?? []).length - (line.match(/}/g) ?? []).length;
    if (depth < 0) break;
  }
  return keys;
}

test("the committed key list is IStats 8.3.8's keys, and _updatedAt that Rocket.Chat's save() adds", () => {
  expect([...rocketChatKeys.current].sort()).toEqual([...publishedIStatsKeys(), '_updatedAt'].sort());
});

test('the current format serves every key of the list', () => {
  expect(wireLayout('current').map((entry) => entry.key)).toEqual(rocketChatKeys.current);
});
