import { healthReference } from '../health/health-reference';
import type { QueryCost } from '../queries/database-query';
import { deploymentQueries } from '../queries/deployment';
import { allFigures, figureFamilies } from './catalog';
import { statisticsPath, wireKey, type Figure, type FigureSource } from './figure';

const costs: Record<QueryCost, string> = {
  metadata: 'the collection count from its metadata: constant time',
  indexed: 'answered by an index: grows with the matching documents at most',
  grouping: 'reads one field of every document (an index scan where an index exists)',
  scan: 'reads the matching documents themselves',
  server: 'a server command, no collection read',
};

/** Where a figure is computed otherwise than Rocket.Chat computes it: [figures, how and why]. */
const approximations: Array<[figures: string, how: string]> = [
  ['`instanceCount`', 'instances with a heartbeat younger than 60 s on the gateway clock; Rocket.Chat measures from its own start'],
  [
    '`totalUsers`, `omnichannel.totalVisitors`, `departments`, `totalCustomFields`, `totalTriggers`, `emailInboxes`, `businessHours`',
    "estimated counts from collection metadata, as Rocket.Chat's",
  ],
  ['`userLanguages`', '`none` comes from the same grouping as the languages, not from `totalUsers`'],
  ['`omnichannel.businessHoursStrategy`', "written as text (`'true'`), where Rocket.Chat writes the setting's boolean"],
  [
    '`sessions.unique*`',
    "calendar days in UTC, where Rocket.Chat uses its server's local time (the same on a UTC server); over a week or a month a user counts under the role of their earliest day there, Rocket.Chat's `$first` in stored order",
  ],
  ['`omnichannel.contactVerification`', '`totalContacts` is an exact count where Rocket.Chat estimates'],
  ['`omnichannel.uniqueContactsOf*`, `omnichannel.contactsBySource`', "sources listed by conversations, most first (Rocket.Chat's order is unspecified)"],
  ['`services`', 'a user whose `services.<name>` is no document (never written by Rocket.Chat) is not counted for it'],
  ['`lastLogin`, `lastSeenSubscription`', 'ISO 8601 strings, where Rocket.Chat 8.x sends `Date.toString()`'],
];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function sourceCells(source: FigureSource): [family: string, command: string, index: string, cost: string] {
  if (source.kind === 'local') return ['—', `none: read in the gateway (${source.name})`, '—', 'none'];
  return [`\`${source.name}\``, `\`${cell(source.command)}\``, cell(source.index), source.cost];
}

function restKeys(figure: Figure): string {
  const keys = (['0.61', 'current'] as const).flatMap((format) => {
    const key = wireKey(figure, format);
    return key === undefined ? [] : [`${format}: \`${key}\``];
  });
  return keys.length > 0 ? keys.join('<br>') : '—';
}

/**
 * docs/figures.md: every figure with its meaning, Rocket.Chat's definition, its REST keys and what
 * it costs the database, generated from the declarations (npm run generate; a test fails on drift).
 */
export function figureReference(): string {
  const lines = [
    '# Figures',
    '',
    'Every figure the gateway serves, generated from `src/figures/catalog.ts` by `npm run generate` (do not edit).',
    'A figure is computed only when it is selected; figures that read the same query family share one database',
    'command per request, and requests within the reuse window (`STATISTICS_TTL_MS`) share one per window.',
    'The GraphQL field is `Statistics.<figure>` (`Statistics.legacy.<figure>` for the 0.61 definitions); the REST',
    "keys are those of each wire format (`REST_FORMAT`). Rocket.Chat sources are paths in Rocket.Chat's repository.",
    '',
    "Cost classes, on MongoDB with Rocket.Chat's indexes:",
    '',
    ...Object.entries(costs).map(([name, meaning]) => `- **${name}**: ${meaning}.`),
    '',
    '## Where the figures differ from Rocket.Chat',
    '',
    "**From Rocket.Chat's own snapshot**, because only Rocket.Chat's process knows them (its build, apps engine, peak",
    'connections, license, federation): read from the newest document Rocket.Chat stored in `rocketchat_statistics`, as',
    'old as that document; without one they are null in GraphQL and absent from REST:',
    allFigures
      .filter((figure) => figure.reads.includes(deploymentQueries.findRocketChatBuild))
      .map((figure) => `\`${statisticsPath(figure)}\``)
      .join(', ') + '.',
    '',
    '**Approximations** and deliberate differences; every other figure is computed from the database as Rocket.Chat computes it:',
    '',
    ...approximations.map(([figures, how]) => `- ${figures}: ${how}.`),
    '',
  ];
  for (const family of figureFamilies) {
    lines.push(
      `## ${family.title}`,
      '',
      '| figure | meaning | Rocket.Chat source | REST keys | query family | database command | index | cost |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const figure of family.figures) {
      const sources = figure.reads.map(sourceCells);
      const column = (i: number) => sources.map((cells) => cells[i]).join('<br>');
      lines.push(
        `| \`${statisticsPath(figure)}\` | ${cell(figure.description)} | ${cell(figure.rocketChat)} | ${restKeys(figure)} | ${column(0)} | ${column(1)} | ${column(2)} | ${column(3)} |`,
      );
    }
    lines.push('');
  }
  lines.push(...healthReference());
  return `${lines.join('\n')}`;
}
