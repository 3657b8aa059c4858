import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';
import { insertFiguresWorkspace } from '../helpers/figures-workspace';
import { insertAdmin, type TestCredentials } from '../helpers/fixtures';
import { startHarness, type Harness } from '../helpers/harness';
import { parseSamples } from './prometheus-text';

const metricsToken = randomBytes(24).toString('base64url');
const alertsFile = join(projectRoot, 'ops/prometheus/alerts.yml');
const dashboardFile = join(projectRoot, 'ops/grafana/rcstats-dashboard.json');

/** Debian's promtool (package prometheus), which .ci/run installs; outside CI a missing one skips its checks. */
function findPromtool(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v promtool'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  if (process.env.CI) throw new Error('promtool is missing: .ci/run installs it (apt-get install prometheus)');
  console.warn('promtool not found (apt-get install prometheus): its checks are skipped outside CI');
  return undefined;
}
const promtool = findPromtool();
const withPromtool = promtool ? test : test.skip;

let h: Harness;
let admin: TestCredentials;
let scrape: string;

beforeAll(async () => {
  h = await startHarness({ config: { metricsToken, restFormat: 'current' } });
  admin = await insertAdmin(h.db);
  await insertFiguresWorkspace(h.db, new Date());
  // Traffic that gives every metric series: a stored snapshot, a GraphQL error, requests of every door.
  await h.rest('/api/v1/statistics', admin.headers);
  await h.graphql('{ statistics { totalUsers } }');
  await h.rest('/metrics', { authorization: `Bearer ${metricsToken}` });
  scrape = (await h.rest('/metrics', { authorization: `Bearer ${metricsToken}` })).text;
});
afterAll(() => h.close());

/** The PromQL expressions of the shipped rules and dashboard. */
function shippedExpressions(): Array<{ file: string; expr: string }> {
  const rules = readFileSync(alertsFile, 'utf8')
    .split('\n')
    .map((line) => /^\s*expr:\s*(.+)$/.exec(line)?.[1])
    .filter((expr): expr is string => expr !== undefined)
    .map((expr) => ({ file: 'alerts.yml', expr }));
  const dashboard = JSON.parse(readFileSync(dashboardFile, 'utf8')) as { panels: Array<{ targets?: Array<{ expr: string }> }> };
  const targets = dashboard.panels.flatMap((panel) => panel.targets ?? []).map((target) => ({ file: 'rcstats-dashboard.json', expr: target.expr }));
  return [...rules, ...targets];
}

const promqlWords = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan']);

/** The metric names an expression reads: identifiers that are no function, keyword, label or Grafana variable. */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\$\{?\w+\}?/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '');
  const names = [...bare.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?/g)].filter((match) => !match[2]).map((match) => match[1]);
  return [...new Set(names.filter((name) => !promqlWords.has(name) && !/^\d/.test(name)))];
}

describe('the shipped Prometheus rules and Grafana dashboard', () => {
  withPromtool('promtool check rules ops/prometheus/alerts.yml passes', () => {
    const result = spawnSync(promtool!, ['check', 'rules', alertsFile], { encoding: 'utf8' });
    expect([result.status, result.stdout + result.stderr]).toEqual([0, expect.stringMatching(/SUCCESS: 5 rules found/)]);
  });

  test('every metric named in every PromQL expression is one a scrape contains', () => {
    const scraped = new Set([...parseSamples(scrape).keys()].map((key) => key.split('{', 1)[0]));
    const expressions = shippedExpressions();
    expect(expressions.length).toBeGreaterThan(20);
    const missing = expressions.flatMap(({ file, expr }) =>
      // `up` is Prometheus's own series for every scrape target.
      metricNames(expr)
        .filter((name) => name !== 'up' && !scraped.has(name))
        .map((name) => `${file}: ${name} in ${expr}`),
    );
    expect(missing).toEqual([]);
    expect(metricNames('sum by (le, door) (rate(rcstats_http_request_duration_seconds_bucket{job=~"$job"}[$__rate_interval])) > 0.5')).toEqual([
      'rcstats_http_request_duration_seconds_bucket',
    ]);
  });

  test('the dashboard is current-schema Grafana JSON whose panels all use the imported data source', () => {
    const dashboard = JSON.parse(readFileSync(dashboardFile, 'utf8'));
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(39);
    expect(dashboard.__inputs).toEqual([expect.objectContaining({ name: 'DS_PROMETHEUS', pluginId: 'prometheus' })]);
    const titles = dashboard.panels.map((panel: { title: string }) => panel.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Users by status', 'Rooms by type', 'Messages by room type', 'Growth per day', 'Database up', 'Error ratio']),
    );
    for (const panel of dashboard.panels.filter((p: { type: string }) => p.type !== 'row')) expect(panel.datasource.uid).toBe('${DS_PROMETHEUS}');
  });
});

describe('promtool check metrics on a scrape', () => {
  withPromtool(
    "parses every scrape; the only lint is the _total suffix of gauges named by others (prom-client's nodejs_*, Rocket.Chat's), never an rcstats name",
    async () => {
      const findings = (text: string) => {
        const result = spawnSync(promtool!, ['check', 'metrics'], { input: text, encoding: 'utf8' });
        return { status: result.status, lines: (result.stdout + result.stderr).split('\n').filter(Boolean) };
      };
      const plain = await startHarness({ database: h.database, config: { metricsToken, rocketChatMetricNames: false } });
      try {
        const text = (await plain.rest('/metrics', { authorization: `Bearer ${metricsToken}` })).text;
        const plainFindings = findings(text);
        // prom-client's default gauges nodejs_active_{handles,requests,resources}_total.
        for (const line of plainFindings.lines) expect(line).toMatch(/^nodejs_\w+_total non-counter metrics should not have "_total" suffix$/);
        expect(plainFindings.status).toBe(plainFindings.lines.length > 0 ? 3 : 0);
      } finally {
        await plain.close();
      }
      const compatible = findings(scrape);
      expect(compatible.lines.length).toBeGreaterThan(0);
      // Exit 3 is lint only; a text promtool cannot parse exits 1.
      expect(compatible.status).toBe(3);
      for (const line of compatible.lines) {
        expect(line).toMatch(/^(rocketchat|nodejs)_\w+ non-(counter|histogram and non-summary) metrics should not have "_(total|count)" suffix$/);
      }
      // Rocket.Chat's 11 gauges named *_total and rocketchat_instance_count.
      expect(compatible.lines.filter((line) => line.startsWith('rocketchat_')).length).toBe(12);
    },
  );

  test('the promtool found is the one CI uses', () => {
    if (!promtool) return;
    expect(execFileSync(promtool, ['--version'], { encoding: 'utf8' })).toMatch(/^promtool, version 2\./);
  });
});
