import { randomInt } from 'node:crypto';

const alphabet = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';

/** A 17-character id in Rocket.Chat's Random.id() alphabet, as its snapshot _ids are. */
export function newSnapshotId(): string {
  let id = '';
  for (let i = 0; i < 17; i += 1) id += alphabet[randomInt(alphabet.length)];
  return id;
}
