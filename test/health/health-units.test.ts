import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, specifiedRules, validate } from 'graphql';
import { loadConfig } from '../../src/config';
import { decodeCursor, encodeCursor, type ListOrder } from '../../src/health/page-cursor';
import { countPerRole, countPerType } from '../../src/health/role-counts';
import { queryProtection } from '../../src/limits/query-protection';
import { buildGatewaySchema } from '../../src/schema/build-schema';

describe('counts per role and per type', () => {
  it('a user of several roles counts under each; repeated, missing and odd roles are told apart', () => {
    expect(
      countPerRole([
        { value: ['admin', 'user'], count: 2 },
        { value: ['user'], count: 5 },
        { value: ['user', 'user'], count: 1 },
        { value: [], count: 1 },
        { value: null, count: 3 },
        { value: ['bot', 7], count: 1 },
      ]),
    ).toEqual([
      { key: 'user', users: 8 },
      { key: 'none', users: 4 },
      { key: 'admin', users: 2 },
      { key: 'bot', users: 1 },
    ]);
  });

  it('a user without a type counts under none', () => {
    expect(
      countPerType([
        { value: 'user', count: 3 },
        { value: null, count: 1 },
        { value: 'bot', count: 3 },
      ]),
    ).toEqual([
      { key: 'bot', users: 3 },
      { key: 'user', users: 3 },
      { key: 'none', users: 1 },
    ]);
  });
});

describe('cursors', () => {
  const order: ListOrder = {
    list: 'sample',
    keys: [
      { field: 'lm', direction: 1, kind: 'date' },
      { field: 'msgs', direction: -1, kind: 'number' },
      { field: '_id', direction: 1, kind: 'string' },
    ],
  };

  it('hold the key values of the row, dates included', () => {
    const lm = new Date('2026-01-02T03:04:05.678Z');
    expect(decodeCursor(order, encodeCursor(order, { _id: 'r1', lm, msgs: 7, name: 'not in the cursor' }))).toEqual([lm, 7, 'r1']);
  });

  it.each([
    ['a number where a date goes', { l: 'sample', v: [5, 7, 'r1'] }],
    ['too few values', { l: 'sample', v: ['2026-01-01T00:00:00.000Z', 7] }],
    ['an infinite number', { l: 'sample', v: ['2026-01-01T00:00:00.000Z', null, 'r1'] }],
    ['a query operator', { l: 'sample', v: ['2026-01-01T00:00:00.000Z', 7, { $gt: '' }] }],
  ])('refuse %s', (_case, content) => {
    expect(() => decodeCursor(order, Buffer.from(JSON.stringify(content)).toString('base64url'))).toThrow('after is not a cursor of the sample list');
  });
});

test("the Health tab's documents pass the gateway's query limits", async () => {
  const source = readFileSync(join(__dirname, '../../web/src/operations/health.graphql'), 'utf8');
  const protection = queryProtection(loadConfig({}).limits);
  expect(validate(await buildGatewaySchema(), parse(source, protection.parseOptions), [...specifiedRules, ...protection.validationRules])).toEqual([]);
});
