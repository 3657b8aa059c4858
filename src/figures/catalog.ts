import type { DatabaseQuery } from '../queries/database-query';
import { bookkeepingFigures } from './bookkeeping';
import { deploymentFigures, deploymentGauges } from './deployment';
import type { Figure } from './figure';
import type { WorkspaceGauge } from './gauge';
import { hostFigures } from './host';
import { legacyMessageFigures, messageFigures, messageGauges } from './messages';
import { roomFigures, roomGauges } from './rooms';
import { uploadFigures, uploadGauges } from './uploads';
import { legacyUserFigures, userFigures, userGauges } from './users';

/**
 * Every figure of the Statistics type, family by family, in the schema's order. The doors (GraphQL,
 * REST, /metrics), the fixed documents, the OpenAPI document and docs/figures.md are derived from it.
 */
export const figureFamilies: Array<{ title: string; figures: Figure[] }> = [
  { title: 'Snapshot', figures: Object.values(bookkeepingFigures) },
  { title: 'Deployment', figures: Object.values(deploymentFigures) },
  { title: 'Host', figures: Object.values(hostFigures) },
  { title: 'Users', figures: [...Object.values(userFigures), ...Object.values(legacyUserFigures)] },
  { title: 'Rooms', figures: Object.values(roomFigures) },
  { title: 'Messages', figures: [...Object.values(messageFigures), ...Object.values(legacyMessageFigures)] },
  { title: 'Uploads', figures: Object.values(uploadFigures) },
];

export const allFigures: Figure[] = figureFamilies.flatMap((family) => family.figures);

/** The workspace gauges of /metrics, in the order a scrape lists them. */
export const workspaceGauges: WorkspaceGauge[] = [...userGauges, ...roomGauges, ...messageGauges, ...uploadGauges, ...deploymentGauges];

/** Every database query the figures read, once each, in the order figures first read them. */
export const databaseQueries: DatabaseQuery[] = [
  ...new Set(allFigures.flatMap((figure) => figure.reads.filter((source): source is DatabaseQuery => source.kind === 'database'))),
];

export type QueryName = string;
export const queryNames: QueryName[] = databaseQueries.map((query) => query.name);

export function queryNamed(name: QueryName): DatabaseQuery {
  const query = databaseQueries.find((candidate) => candidate.name === name);
  if (!query) throw new RangeError(`No database query is named ${name}.`);
  return query;
}
