import type { AllFiguresFragment } from '../generated/operations';

/**
 * Values both REST formats write the same way. GraphQL's DateTime hands back Date objects in
 * process (they become strings only when serialized), so every date is turned into the wire form
 * here: ISO 8601 with milliseconds and Z, as Rocket.Chat sends them.
 */
export function isoDate(value: string | Date): string {
  return new Date(value).toISOString();
}

/** Rocket.Chat leaves a date it has nothing for undefined, so the key disappears from its JSON. */
export function optionalIsoDate(value: string | Date | null): string | undefined {
  return value === null ? undefined : isoDate(value);
}

export function hostOs(os: AllFiguresFragment['os']) {
  return {
    type: os.type,
    platform: os.platform,
    arch: os.arch,
    release: os.release,
    uptime: os.uptime,
    loadavg: [...os.loadavg],
    totalmem: os.totalmem,
    freemem: os.freemem,
    cpus: os.cpus.map((cpu) => ({
      model: cpu.model,
      speed: cpu.speed,
      times: { user: cpu.times.user, nice: cpu.times.nice, sys: cpu.times.sys, idle: cpu.times.idle, irq: cpu.times.irq },
    })),
  };
}

export function hostProcess(process: AllFiguresFragment['process']) {
  return { nodeVersion: process.nodeVersion, pid: process.pid, uptime: process.uptime };
}

/** Rocket.Chat copies its `migrations` control document, `_id` included. */
export function migrationControl(migration: AllFiguresFragment['migration']) {
  return {
    _id: migration.id,
    version: migration.version,
    locked: migration.locked,
    lockedAt: optionalIsoDate(migration.lockedAt),
    buildAt: optionalIsoDate(migration.buildAt),
  };
}

