import os from 'node:os';
import { Os, Process } from '../schema/host.types';
import { defineFigures, figure, inBothFormats, localFact } from './figure';
import { statisticsTs } from './rocketchat-sources';

// Host and process figures: the gateway's own machine, read at resolve time (docs/figures.md "Host").

export interface CpuFacts {
  model: string;
  speed: number;
  times: { user: number; nice: number; sys: number; idle: number; irq: number };
}

export interface OsFacts {
  type: string;
  platform: NodeJS.Platform;
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

const hostOs = localFact('node:os', (): OsFacts => ({
  type: os.type(),
  platform: os.platform(),
  arch: os.arch(),
  release: os.release(),
  uptime: os.uptime(),
  loadavg: os.loadavg(),
  totalmem: os.totalmem(),
  freemem: os.freemem(),
  cpus: os.cpus().map(({ model, speed, times }) => ({ model, speed, times })),
}));

const gatewayProcess = localFact('node:process', (): ProcessFacts => ({ nodeVersion: process.version, pid: process.pid, uptime: process.uptime() }));

export const hostFigures = defineFigures({
  os: figure({
    type: () => Os,
    description: 'The gateway host (not the Rocket.Chat server).',
    rocketChat: statisticsTs,
    reads: [hostOs],
    compute: (facts) => facts,
    selection: '{ type platform arch release uptime loadavg totalmem freemem cpus { model speed times { user nice sys idle irq } } }',
    wire: inBothFormats,
  }),
  process: figure({
    type: () => Process,
    description: 'The gateway process.',
    rocketChat: statisticsTs,
    reads: [gatewayProcess],
    compute: (facts) => facts,
    selection: '{ nodeVersion pid uptime }',
    wire: inBothFormats,
  }),
});
