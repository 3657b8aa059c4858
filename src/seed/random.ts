/**
 * A small seeded pseudo-random generator (sfc32, 128-bit state) for the synthetic workspace.
 *
 * Not mulberry32: its 32-bit state walks one single cycle, so the ~100k forked streams of the large
 * preset overlap and repeat each other's `_id`s. Forks derive a 128-bit key from (parent key,
 * label, index), not from the parent's state, so a room's messages are the same whether rooms are
 * generated in order, in chunks or one at a time.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private readonly key: [number, number, number, number];

  constructor(seed: number | readonly [number, number, number, number]) {
    this.key = typeof seed === 'number' ? keyOfSeed(seed) : [seed[0] >>> 0, seed[1] >>> 0, seed[2] >>> 0, seed[3] >>> 0];
    [this.a, this.b, this.c, this.d] = this.key;
    // sfc32's authors advise a few rounds before use, so nearby keys drift apart.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One value of `entries`, each as likely as its weight. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [value, weight] of entries) {
      point -= weight;
      if (point < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** A date in [from, to), whole milliseconds. */
  dateBetween(from: Date, to: Date): Date {
    return new Date(from.getTime() + Math.floor(this.next() * (to.getTime() - from.getTime())));
  }

  /** An independent stream for one named part of the workspace (e.g. `fork('room', 12)`). */
  fork(label: string, index = 0): SeededRandom {
    const labelHash = hashLabel(label);
    const key = this.key.map((word, k) => mix(mix(word, labelHash), (index + Math.imul(k + 1, 0x9e3779b9)) >>> 0));
    return new SeededRandom(key as [number, number, number, number]);
  }
}

function keyOfSeed(seed: number): [number, number, number, number] {
  return [0, 1, 2, 3].map((k) => mix(seed >>> 0, Math.imul(k + 1, 0x9e3779b9) >>> 0)) as [number, number, number, number];
}

/** FNV-1a: labels are a few fixed words, so a simple hash keeps them apart. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Combines two words with murmur3's finaliser; one-to-one in each argument, so distinct indexes give distinct keys. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ b, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
