import type { RestFormat } from '../config';
import type { AllFiguresFragment } from '../generated/operations';
import { statistics061, storedNames061 } from './format-061';
import { statisticsCurrent, storedNamesCurrent } from './format-current';

/** Everything that differs between the two REST formats, chosen once by `config.restFormat`. */
export interface WireFormat {
  name: RestFormat;
  /** One snapshot as GET /statistics and each statistics.list entry show it. */
  snapshot(figures: AllFiguresFragment): Record<string, unknown>;
  /** The whole 200 body of GET /statistics. */
  statisticsBody(figures: AllFiguresFragment): Record<string, unknown>;
  /** REST names stored under another name, for sort and query. */
  storedNames: Record<string, string>;
  serialize(body: unknown): string;
  headers: Record<string, string>;
}

export const wireFormats: Record<RestFormat, WireFormat> = {
  '0.61': {
    name: '0.61',
    snapshot: statistics061,
    statisticsBody: (figures) => ({ statistics: statistics061(figures), success: true }),
    storedNames: storedNames061,
    // Rocket.Chat 0.61 answered with JSON indented by two spaces (seed 000).
    serialize: (body) => JSON.stringify(body, null, 2),
    headers: {},
  },
  current: {
    name: 'current',
    snapshot: statisticsCurrent,
    statisticsBody: (figures) => ({ ...statisticsCurrent(figures), success: true }),
    storedNames: storedNamesCurrent,
    serialize: (body) => JSON.stringify(body),
    headers: { 'cache-control': 'no-store' },
  },
};
