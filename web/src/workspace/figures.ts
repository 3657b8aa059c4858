import type { WorkspaceFiguresFragment } from '../generated/graphql';

/**
 * A figure read from the database is null in a GraphQL answer only beside an error that names its
 * failed query, and the page shows such an answer as that error: the figures it draws have their
 * values. (Figures that are null by definition, such as a missing version, are still tested for.)
 */
type Complete<T> = { [K in keyof T]: NonNullable<T[K]> };

export type Figures = Complete<WorkspaceFiguresFragment>;
