import type { RestFormat } from '../config';
import { allFigures } from '../figures/catalog';
import { statisticsPath, storedField, wireKey, type Figure } from '../figures/figure';
import { optionalIsoDate } from '../figures/wire-dates';
import { DateTime } from '../schema/scalars';
import { rocketChatKeys } from './rocketchat-keys';
import type { WireSnapshot } from './wire-body';

/** Everything that differs between the two REST formats, chosen once by `config.restFormat`. */
export interface WireFormat {
  name: RestFormat;
  /** One snapshot as GET /statistics and each statistics.list entry show it. */
  snapshot(figures: StatisticsResult): Record<string, unknown>;
  /** The whole 200 body of GET /statistics. */
  statisticsBody(figures: StatisticsResult): Record<string, unknown>;
  /** REST names stored under another name, for sort and query. */
  storedNames: Record<string, string>;
  serialize(body: unknown): string;
  headers: Record<string, string>;
}

/** A Statistics object as a fixed document's result holds it (the legacy part nested). */
export type StatisticsResult = Record<string, unknown> & { legacy?: Record<string, unknown> };

/** A figure's place in a format: its key (dotted when nested) under a top-level key of rocketChatKeys. */
interface WireField {
  key: string;
  figure: Figure;
}

/** The figures each top-level key of a format is made of, in the format's key order. */
export function wireLayout(format: RestFormat): Array<{ key: string; fields: WireField[] }> {
  const fields = allFigures.flatMap((figure) => {
    const key = wireKey(figure, format);
    return key === undefined ? [] : [{ key, figure }];
  });
  return rocketChatKeys[format]
    .map((top) => ({ key: top, fields: fields.filter((field) => field.key === top || field.key.startsWith(`${top}.`)) }))
    .filter((entry) => entry.fields.length > 0);
}

/** The figure's value as the formats write it: dates as ISO strings, absent when there is none. */
export function wireValue(figure: Figure, value: unknown): unknown {
  if (figure.wire?.value) return figure.wire.value(value);
  if (figure.type() === DateTime) return optionalIsoDate(value as Date | string | null);
  return value;
}

function readFigure(figures: StatisticsResult, figure: Figure): unknown {
  return statisticsPath(figure)
    .split('.')
    .reduce<unknown>((value, part) => (value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[part]), figures);
}

/**
 * A snapshot in a wire format: its keys in the format's order, today's or 0.61's definitions as the
 * format's figures declare. A figure without a value is left out of the current format, as Rocket.Chat
 * leaves out what it has no value for.
 */
function snapshotWriter(format: RestFormat): (figures: StatisticsResult) => Record<string, unknown> {
  const layout = wireLayout(format);
  return (figures) => {
    const body: Record<string, unknown> = {};
    for (const { key, fields } of layout) {
      if (fields.length === 1 && fields[0].key === key) {
        const value = wireValue(fields[0].figure, readFigure(figures, fields[0].figure));
        // Rocket.Chat 8.x leaves out what it has no value for; 0.61's document wrote null.
        if (format === '0.61' || (value !== null && value !== undefined)) body[key] = value;
        continue;
      }
      // Rocket.Chat always writes its nested objects; a field without a value is left out of it.
      const nested: Record<string, unknown> = {};
      for (const field of fields) {
        const value = wireValue(field.figure, readFigure(figures, field.figure));
        if (value !== null && value !== undefined) setPath(nested, field.key.slice(key.length + 1).split('.'), value);
      }
      body[key] = nested;
    }
    return body;
  };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  const [head, ...rest] = path;
  if (rest.length === 0) target[head] = value;
  else setPath((target[head] ??= {}) as Record<string, unknown>, rest, value);
}

/** Wire keys that snapshots store under another name (statistics.list sorts and filters stored fields). */
export function storedNamesOf(format: RestFormat): Record<string, string> {
  const names: Record<string, string> = {};
  for (const figure of allFigures) {
    const key = wireKey(figure, format);
    if (key === undefined) continue;
    if (key !== storedField(figure)) names[key] = storedField(figure);
    Object.assign(names, figure.wire?.storedNames);
  }
  return names;
}

const snapshot061 = snapshotWriter('0.61');
const snapshotCurrent = snapshotWriter('current');

/** A snapshot in the current format, typed as the figures' declarations make it (src/rest/wire-body.ts). */
export const writeCurrentSnapshot = snapshotCurrent as (figures: StatisticsResult) => WireSnapshot<'current'>;

export const wireFormats: Record<RestFormat, WireFormat> = {
  '0.61': {
    name: '0.61',
    snapshot: snapshot061,
    statisticsBody: (figures) => ({ statistics: snapshot061(figures), success: true }),
    storedNames: storedNamesOf('0.61'),
    // Rocket.Chat 0.61 answered with JSON indented by two spaces (test/fixtures/rocketchat-0.61-statistics.md).
    serialize: (body) => JSON.stringify(body, null, 2),
    headers: {},
  },
  current: {
    name: 'current',
    snapshot: snapshotCurrent,
    statisticsBody: (figures) => ({ ...snapshotCurrent(figures), success: true }),
    storedNames: storedNamesOf('current'),
    serialize: (body) => JSON.stringify(body),
    headers: { 'cache-control': 'no-store' },
  },
};
