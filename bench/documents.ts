import { print } from 'graphql';
import { LiveStatisticsDocument } from '../src/generated/operations';
import { allFigures, figureFamilies, queryNames, type QueryName } from '../src/figures/catalog';
import { rootGroup, type Figure } from '../src/figures/figure';

/** The whole fixed document the REST shim and the Workspace page run, with its `refresh` variable. */
export const wholeDocument = print(LiveStatisticsDocument);

/**
 * One figure of each database query, derived from the catalog so that a new query is measured
 * without editing the benchmark: the first figure (in the catalog's order) that reads that query and
 * nothing else, else the first that reads it beside local facts only. Asking for it sends that query's
 * one command and nothing else. A figure that follows the clock (`instanceCount`) is never compared
 * (bench/expected.ts), so a figure that reads the query alone is preferred.
 */
export const oneFigureOfFamily: Record<QueryName, string> = Object.fromEntries(queryNames.map((name) => [name, selectionOfFigure(oneFigureReading(name))]));

/**
 * The figure that reads the query with the fewest other sources: alone where one does, else beside the
 * fewest other queries (videoConf and services also read the settings, which the report then includes).
 */
function oneFigureReading(name: QueryName): Figure {
  const databaseReads = (figure: Figure) => figure.reads.filter((source) => source.kind === 'database');
  const readingIt = allFigures
    .filter((figure) => databaseReads(figure).some((source) => source.name === name))
    .sort((a, b) => databaseReads(a).length - databaseReads(b).length || a.reads.length - b.reads.length);
  const found = readingIt[0];
  if (!found) throw new Error(`No figure reads the query ${name}: the benchmark cannot measure it by one figure.`);
  return found;
}

/** The catalog's family (Users, Omnichannel, …) of the figure that measures a query alone. */
export const catalogFamilyOfQuery = (name: QueryName): string => figureFamilies.find((family) => family.figures.includes(oneFigureReading(name)))?.title ?? '–';

/** The figure as a selection inside `statistics { … }`: `omnichannel { totalVisitors }` for a grouped one. */
function selectionOfFigure(figure: Figure): string {
  const own = figure.selection ? `${figure.name} ${figure.selection}` : figure.name;
  if (figure.group === rootGroup) return own;
  return figure.group.split('.').reduceRight((inner, group) => `${group} { ${inner} }`, own);
}

export const oneFigureDocument = (family: QueryName): string => `{ statistics(refresh: true) { ${oneFigureOfFamily[family]} } }`;

/**
 * What a monitoring dashboard polls: the Usage figures, without refresh, so pollers share the
 * figures computed in the last few seconds.
 */
export const dashboardDocument = `{ statistics {
  totalUsers activeUsers nonActiveUsers onlineUsers awayUsers busyUsers offlineUsers totalConnectedUsers activeGuests appUsers
  totalRooms totalChannels totalPrivateGroups totalDirect totalLivechat totalDiscussions
  totalMessages totalThreads totalChannelMessages totalPrivateGroupMessages totalDirectMessages totalLivechatMessages totalDiscussionsMessages
  lastMessageSentAt uploadsTotal uploadsTotalSize
} }`;

/** The cheapest GraphQL request: what the server costs without any figure. */
export const typenameDocument = '{ __typename }';
