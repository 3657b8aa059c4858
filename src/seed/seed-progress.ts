import { createProgressLines, formatDuration, type ProgressOutput } from '../progress/progress-lines';
import type { SeedProgress } from './insert';

const counts = new Intl.NumberFormat('en-US');

/** "seed: 120,000/1,020,000 documents (rocketchat_message) · 9,500/s · about 1 min 35 s left". */
export function describeSeedProgress(progress: SeedProgress, elapsedMs: number): string {
  const { insertedAll, totalAll, collection } = progress;
  const rate = elapsedMs > 0 ? insertedAll / (elapsedMs / 1000) : 0;
  // Before the first batch there is no rate to tell, nor any time left.
  const pace = rate > 0 ? ` · ${counts.format(Math.round(rate))}/s · about ${formatDuration((totalAll - insertedAll) / rate)} left` : '';
  return `seed: ${counts.format(insertedAll)}/${counts.format(totalAll)} documents (${collection})${pace}`;
}

/** "seed: 21,500 documents in 5 s (4,300/s)". */
export function describeSeedDone(insertedAll: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round(insertedAll / (elapsedMs / 1000)) : insertedAll;
  return `seed: ${counts.format(insertedAll)} documents in ${formatDuration(elapsedMs / 1000)} (${counts.format(rate)}/s)`;
}

/** Progress of a seed: redrawn on a terminal, a line every few seconds on a pipe or a log file. */
export function createSeedProgress(
  output: ProgressOutput,
  options: { intervalMs?: number; now?: () => number } = {},
): { update(progress: SeedProgress): void; finish(): void } {
  const now = options.now ?? (() => performance.now());
  const lines = createProgressLines(output, { intervalMs: options.intervalMs, now });
  const started = now();
  let last: SeedProgress | undefined;
  return {
    update(progress) {
      last = progress;
      lines.update(describeSeedProgress(progress, now() - started));
    },
    finish() {
      if (last) lines.finish(describeSeedDone(last.insertedAll, now() - started));
    },
  };
}
