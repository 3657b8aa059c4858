import type { SeededRandom } from './random';

/** Meteor's `Random.id()` alphabet (no 0/1/I/O/l look-alikes), which Rocket.Chat uses for every `_id`. */
const unmistakableChars = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';
/** Meteor's `Random.secret()` alphabet: login and personal access tokens are 43 of these. */
const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const hexChars = '0123456789abcdef';

function randomString(random: SeededRandom, alphabet: string, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random.next() * alphabet.length)];
  return text;
}

/** A 17-character document id, as `Random.id()` makes them. */
export function randomId(random: SeededRandom): string {
  return randomString(random, unmistakableChars, 17);
}

/** A 43-character token, as `Random.secret()` makes them (Rocket.Chat's login tokens). */
export function randomSecret(random: SeededRandom): string {
  return randomString(random, base64Chars, 43);
}

/** A version-4-shaped UUID (Rocket.Chat Cloud's workspace ids look like this). */
export function randomUuid(random: SeededRandom): string {
  const hex = randomString(random, hexChars, 32).split('');
  hex[12] = '4';
  hex[16] = hexChars[8 + (parseInt(hex[16], 16) % 4)];
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
