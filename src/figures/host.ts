import os from 'node:os';

// Host and process figures: the gateway's own machine, read at resolve time (spec "Host and process").

export interface CpuFacts {
  model: string;
  speed: number;
  times: { user: number; nice: number; sys: number; idle: number; irq: number };
}

export interface OsFacts {
  type: string;
  platform: string;
  arch: string;
  release: string;
  uptime: number;
  loadavg: number[];
  totalmem: number;
  freemem: number;
  cpus: CpuFacts[];
}

export interface ProcessFacts {
  nodeVersion: string;
  pid: number;
  uptime: number;
}

export function readOs(): OsFacts {
  return {
    type: os.type(),
    platform: os.platform(),
    arch: os.arch(),
    release: os.release(),
    uptime: os.uptime(),
    loadavg: os.loadavg(),
    totalmem: os.totalmem(),
    freemem: os.freemem(),
    cpus: os.cpus().map(({ model, speed, times }) => ({ model, speed, times })),
  };
}

export function readProcess(): ProcessFacts {
  return { nodeVersion: process.version, pid: process.pid, uptime: process.uptime() };
}

export interface DeployFacts {
  method: string;
  platform: string;
}
