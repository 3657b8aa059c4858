import fc from 'fast-check';

/**
 * Snapshot filters, sorts and projections for property tests, valid and invalid alike: real field
 * names next to keys the database refuses, every operator next to forbidden ones, EJSON dates good
 * and bad, nesting past the limit and arrays around the size limit. Most draws are close enough to a
 * real filter to reach the database, so what it would refuse is found there if the checks miss it.
 */

/** Stored names, wire names of both formats (renamed on the way in) and nested paths. */
const realKeys = [
  'totalUsers',
  'createdAt',
  '_id',
  'version',
  'os.cpus',
  'os.cpus.0.model',
  'legacy.totalMessages',
  'totlalLivechat',
  'migration._id',
  'process.pid',
  'instances.0',
];
/** Keys the database reads differently or refuses. */
const oddKeys = [
  '',
  '.',
  'a.',
  '.a',
  'a..b',
  'a.$b',
  '$a',
  'a\u0000b',
  '\u0000',
  '__proto__',
  'constructor',
  ' ',
  ' a',
  'a. b',
  'a b',
  '\u00a0',
  '\u0085',
  'é',
  '\ud800',
  '$',
  'a.0',
  '0',
  'a.b.c.d.e.f',
];
const keyCharacters = fc.constantFrom('a', 'b', '.', '$', '\u0000', ' ', '\t', '\u00a0', 'é', '0', '_');

const fieldKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...realKeys) },
  fc.constantFrom(...oddKeys),
  fc.string({ unit: keyCharacters, maxLength: 6 }),
);

const allowedOperators = ['$in', '$nin', '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$exists'];
const combiners = ['$and', '$or'];
const otherOperators = [
  '$nor',
  '$not',
  '$where',
  '$expr',
  '$regex',
  '$size',
  '$all',
  '$elemMatch',
  '$type',
  '$mod',
  '$text',
  '$comment',
  '$date',
  '$numberLong',
  '$natural',
  '$function',
];
const operatorKey = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...allowedOperators) }, fc.constantFrom(...combiners), fc.constantFrom(...otherOperators));

const milliseconds = fc.integer({ min: -2e9, max: 2e9 }).map((seconds) => seconds * 1000);
const isoDates = fc
  .date({ min: new Date('1960-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const dateText = fc.oneof(
  { weight: 4, arbitrary: isoDates },
  fc.constantFrom('2026-01-01', '2026-01-01T00:00:00+01:00', '2026-13-01T00:00:00Z', 'yesterday', '', '2026-01-01T00:00:00'),
);
/** `{"$date": …}` in each EJSON form, and in forms that are no date. */
const ejsonDate = fc.oneof(
  { weight: 4, arbitrary: fc.record({ $date: dateText }) },
  fc.record({ $date: fc.oneof(milliseconds, fc.double(), fc.constant(1e20)) }),
  fc.record({ $date: fc.record({ $numberLong: fc.oneof(milliseconds.map(String), fc.constantFrom('x', '', '1.5', '99999999999999999999')) }) }),
  fc.record({ $date: fc.oneof(fc.constant(null), fc.boolean(), fc.constant([])) }),
  fc.record({ $date: isoDates, $gt: fc.integer() }),
);

const scalar = fc.oneof(
  fc.integer({ min: -5, max: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: keyCharacters, maxLength: 4 }),
);

/** A filter inside 1 to 7 levels of $and: each level is two steps deep, so some pass the limit of 10 and some stay under it. */
const deepAnd = (inner: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.integer({ min: 1, max: 7 }), inner).map(([levels, leaf]) => {
    let filter: unknown = leaf;
    for (let level = 0; level < levels; level += 1) filter = { $and: [filter] };
    return filter;
  });

/** An array of small values around the limit of 1000 keys and items (kept short enough for a URL). */
const longList = fc.integer({ min: 990, max: 1010 }).map((length) => Array.from({ length }, (_, i) => i % 10));

/** One depth for the whole filter, so nesting stops wherever it happens. */
const depth = fc.createDepthIdentifier();
const nesting = { depthSize: 'small', depthIdentifier: depth, maxDepth: 8 } as const;

const { filter, condition } = fc.letrec<{ filter: unknown; combination: unknown; condition: unknown; operand: unknown; value: unknown }>((tie) => ({
  filter: fc.oneof(
    nesting,
    { weight: 6, arbitrary: fc.dictionary(fieldKey, tie('condition'), { maxKeys: 3 }) },
    { weight: 3, arbitrary: tie('combination') },
    {
      weight: 2,
      arbitrary: fc.tuple(fieldKey, tie('condition'), tie('combination')).map(([key, inner, combination]) => ({ [key]: inner, ...(combination as object) })),
    },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(fieldKey, operatorKey), tie('operand'), { maxKeys: 3 }) },
    { weight: 1, arbitrary: deepAnd(fc.dictionary(fieldKey, scalar, { maxKeys: 2 })) },
  ),
  combination: fc
    .tuple(
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...combiners) }, fc.constant('$nor')),
      fc.oneof({ weight: 6, arbitrary: fc.array(tie('filter'), { minLength: 1, maxLength: 3 }) }, fc.constant([]), tie('operand')),
    )
    .map(([key, operand]) => ({ [key]: operand })),
  condition: fc.oneof(
    nesting,
    { weight: 4, arbitrary: tie('value') },
    { weight: 6, arbitrary: fc.dictionary(operatorKey, tie('operand'), { minKeys: 1, maxKeys: 3 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(operatorKey, tie('operand'), fieldKey, tie('value'))
        .map(([operator, operand, key, value]) => ({ [operator]: operand, [key]: value })),
    },
  ),
  operand: fc.oneof(
    nesting,
    { weight: 6, arbitrary: tie('value') },
    { weight: 3, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.constantFrom(true, false, 0, 1, 2, 'yes') },
    { weight: 2, arbitrary: tie('condition') },
    { weight: 1, arbitrary: longList },
  ),
  value: fc.oneof(
    nesting,
    { weight: 8, arbitrary: scalar },
    { weight: 3, arbitrary: ejsonDate },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof({ weight: 4, arbitrary: fieldKey }, operatorKey), tie('value'), { maxKeys: 2 }) },
  ),
}));

/** A `query` / `filter`: mostly objects, sometimes JSON that is no object at all. */
export const snapshotFilter: fc.Arbitrary<unknown> = fc.oneof({ weight: 30, arbitrary: filter }, condition, scalar, fc.array(scalar, { maxLength: 2 }));

const direction = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(1, -1) }, fc.constantFrom(0, 2, '1', -1.5, null, true), fc.double());
const mappedKey = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...realKeys) }, fieldKey, operatorKey);

/** A `sort` (or, with 0 and 1, `fields`): a few keys, or many around the database's limit of 32. */
const fieldMap = (directions: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.dictionary(mappedKey, directions, { maxKeys: 3 }) },
    fc.tuple(fc.integer({ min: 28, max: 40 }), directions).map(([length, value]) => Object.fromEntries(Array.from({ length }, (_, i) => [`k${i}`, value]))),
    scalar,
  );

export const snapshotSort = fieldMap(direction);
export const snapshotFields = fieldMap(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(0, 1) }, direction));
