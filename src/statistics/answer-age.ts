/**
 * When the oldest figure of one answer was computed (ms since the epoch): what GraphQL's
 * `extensions.figuresComputedAt` and the HTTP `Age` header report. Undefined while the answer has
 * read no figure.
 */
export class AnswerAge {
  private oldest: number | undefined;

  note(computedAt: number): void {
    this.oldest = this.oldest === undefined ? computedAt : Math.min(this.oldest, computedAt);
  }

  get computedAt(): number | undefined {
    return this.oldest;
  }
}
