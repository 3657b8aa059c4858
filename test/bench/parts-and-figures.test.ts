import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { BenchArgsError, readBenchArgs } from '../../bench/args';
import { catalogFamilyOfQuery, dashboardDocument, oneFigureDocument, oneFigureOfFamily } from '../../bench/documents';
import { rootFiguresOf } from '../../bench/expected';
import { allFigures, queryNames } from '../../src/figures/catalog';
import { statisticsPath } from '../../src/figures/figure';
import { projectRoot } from '../../src/project-root';

describe('npm run bench -- --only PARTS --rounds N', () => {
  it('measures every part unless --only names some', () => {
    expect([...readBenchArgs([]).parts]).toEqual(['whole', 'rest', 'eager', 'figures', 'load']);
    expect([...readBenchArgs(['--only', 'load']).parts]).toEqual(['load']);
    expect([...readBenchArgs(['--only', 'whole, load']).parts]).toEqual(['whole', 'load']);
    expect(readBenchArgs([]).rounds).toBeUndefined();
    expect(readBenchArgs(['--rounds', '1']).rounds).toBe(1);
  });

  it.each([
    [['--only', 'loads'], '--only takes whole, rest, eager, figures, load (comma-separated), got "loads"'],
    [['--only'], '--only needs a value'],
    [['--rounds', '0'], '--rounds must be a whole number from 1 to 100, got "0"'],
    [['--rounds', '1.5'], '--rounds must be a whole number from 1 to 100, got "1.5"'],
    [['--soak', '--only', 'load'], '--only and --rounds go with the benchmark, not with --soak'],
  ])('refuses %j', (argv, message) => {
    expect(() => readBenchArgs(argv)).toThrow(new BenchArgsError(message));
  });
});

it('a run of the load alone checks the 26 figures of the dashboard it polls', () => {
  const figures = rootFiguresOf(dashboardDocument);
  expect(figures).toHaveLength(26);
  expect(figures.map((figure) => figure.name)).toEqual(expect.arrayContaining(['totalUsers', 'lastMessageSentAt', 'uploadsTotalSize']));
});

describe('one figure per database query, derived from the catalog', () => {
  const schema = buildSchema(readFileSync(join(projectRoot, 'schema.graphql'), 'utf8'));

  it('names a figure for every query of the catalog, and for nothing else', () => {
    expect(Object.keys(oneFigureOfFamily).sort()).toEqual([...queryNames].sort());
  });

  it.each(queryNames)('%s: a valid document whose figure reads that query (alone where a figure does)', (name) => {
    expect(validate(schema, parse(oneFigureDocument(name)))).toEqual([]);
    const asked = oneFigureOfFamily[name]
      .replace(/ \{ (id|language|hash) .*$/, '')
      .replace(/[{}]/g, ' ')
      .trim()
      .split(/\s+/)
      .join('.');
    const figure = allFigures.find((candidate) => statisticsPath(candidate) === asked);
    const reads = figure?.reads.filter((source) => source.kind === 'database').map((source) => source.name) ?? [];
    // videoConf, contactVerification and services read their settings beside their own query: no figure reads it alone.
    const besideSettings = ['countVideoConferencesByKindAndState', 'findContacts', 'countUsersByLoginService'];
    expect([...reads].sort()).toEqual(besideSettings.includes(name) ? [name, 'findStatisticsSettings'].sort() : [name]);
    expect(catalogFamilyOfQuery(name)).not.toBe('–');
  });
});
