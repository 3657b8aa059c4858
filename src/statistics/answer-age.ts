import type { DatabaseQuery } from '../queries/database-query';

/** One query result an answer used, and when the database answered it (ms since the epoch). */
export interface ResultRead {
  query: DatabaseQuery;
  computedAt: number;
}

/**
 * How old the figures of one answer are: when its oldest figure was computed (ms since the epoch),
 * what GraphQL's `extensions.figuresComputedAt` and the HTTP `Age` header report, and which query
 * results it read (so the response cache can tell whether they are still the figure cache's).
 * Undefined while the answer has read no figure.
 */
export class AnswerAge {
  private oldest: number | undefined;
  private computedWithoutQuery: number | undefined;
  private readonly results = new Map<string, ResultRead>();

  /** Figures computed at `computedAt` without a query (the host's, computed by this request). */
  note(computedAt: number): void {
    this.computedWithoutQuery = Math.min(this.computedWithoutQuery ?? computedAt, computedAt);
  }

  /** A query result the answer used. */
  noteRead(query: DatabaseQuery, computedAt: number): void {
    this.results.set(query.name, { query, computedAt });
    this.oldest = Math.min(this.oldest ?? computedAt, computedAt);
  }

  /** The oldest query result's time; with none, when the figures without a query were computed. */
  get computedAt(): number | undefined {
    return this.oldest ?? this.computedWithoutQuery;
  }

  get reads(): ResultRead[] {
    return [...this.results.values()];
  }
}
