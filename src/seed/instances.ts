import type { Document } from 'mongodb';
import { SeededRandom } from './random';
import { randomId } from './rocketchat-ids';

const second = 1000;
const hour = 3600 * second;

/** Heartbeat age of each instance: two live (within Rocket.Chat's 60 s) and one stale, long gone. */
const heartbeats = [
  { host: 'rocketchat-0', ageMs: 2 * second, startedAgoMs: 50 * hour },
  { host: 'rocketchat-1', ageMs: 7 * second, startedAgoMs: 26 * hour },
  { host: 'rocketchat-2', ageMs: 2 * hour, startedAgoMs: 240 * hour },
];

/** The hosts of the instances seeded as live, whose heartbeat the demo keeps (src/demo/demo-heartbeats.ts). */
export const liveInstanceHosts = heartbeats.filter(({ ageMs }) => ageMs < 60 * second).map(({ host }) => host);

/**
 * `instances` as Rocket.Chat's instance-status writes them. Every date is relative to `now`, not to
 * the base date: "live" only means something next to the clock of whoever reads them.
 */
export function buildInstances(seed: number, now: Date): Document[] {
  const random = new SeededRandom(seed).fork('instances');
  return heartbeats.map(({ host, ageMs, startedAgoMs }, index) => {
    const uptime = Math.floor((startedAgoMs - ageMs) / second);
    return {
      _id: randomId(random),
      name: 'rocket.chat',
      pid: random.int(7, 60_000),
      _createdAt: new Date(now.getTime() - startedAgoMs),
      _updatedAt: new Date(now.getTime() - ageMs),
      extraInformation: {
        host,
        port: '3000',
        tcpPort: 40_000 + index,
        os: {
          type: 'Linux',
          platform: 'linux',
          arch: 'x64',
          release: '5.15.0-119-generic',
          uptime: uptime + random.int(3600, 86_400),
          loadavg: [random.next() * 2, random.next() * 2, random.next() * 2],
          totalmem: 8_321_499_136,
          freemem: random.int(1_000_000_000, 4_000_000_000),
          cpus: Array.from({ length: 2 }, () => ({
            model: 'Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz',
            speed: 2499,
            times: { user: random.int(1e6, 9e6), nice: 0, sys: random.int(1e5, 9e5), idle: random.int(1e8, 9e8), irq: 0 },
          })),
        },
        nodeVersion: 'v20.18.0',
      },
    };
  });
}
