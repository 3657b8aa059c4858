/** How big the synthetic workspace is and which seed draws it. */
export interface SeedOptions {
  users: number;
  rooms: number;
  messages: number;
  seed: number;
}

export type SeedPresetName = 'small' | 'large';

export const seedPresets: Record<SeedPresetName, Omit<SeedOptions, 'seed'>> = {
  small: { users: 1000, rooms: 200, messages: 20_000 },
  large: { users: 100_000, rooms: 20_000, messages: 1_000_000 },
};

export const defaultSeed = 1;

/**
 * Every date of the workspace is drawn before this instant, so the same options give the same
 * documents on any day. Only instance heartbeats follow the real clock (see instances.ts).
 */
export const baseDate = new Date('2026-01-01T00:00:00.000Z');

/** When the synthetic workspace was installed: the `uniqueID` setting's `createdAt`. */
export const installedAt = new Date('2025-01-15T09:30:00.000Z');

/**
 * Below these sizes the workspace could not hold every case the figures tell apart
 * (each user kind, each room kind, threads, discussions).
 */
export const minimumSeedOptions: Omit<SeedOptions, 'seed'> = { users: 20, rooms: 10, messages: 100 };
const maximumCount = 50_000_000;

export class InvalidSeedOptionsError extends Error {}

export function presetOptions(name: SeedPresetName, seed = defaultSeed): SeedOptions {
  return { ...seedPresets[name], seed };
}

/** Throws InvalidSeedOptionsError naming every value to change. */
export function validateSeedOptions(options: SeedOptions): void {
  const problems: string[] = [];
  for (const key of ['users', 'rooms', 'messages'] as const) {
    const value = options[key];
    if (!Number.isInteger(value) || value < minimumSeedOptions[key] || value > maximumCount) {
      problems.push(`${key} must be a whole number from ${minimumSeedOptions[key]} to ${maximumCount}, got ${value}`);
    }
  }
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    problems.push(`seed must be a whole number from 0 to ${0xffffffff}, got ${options.seed}`);
  }
  if (problems.length > 0) throw new InvalidSeedOptionsError(problems.join('; '));
}
