import type { SeedProgress } from './insert';

export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A one-line bar redrawn with `\r`, written only to a terminal: piped or logged output stays clean.
 * Redraws only when the percentage or the collection changes.
 */
export function createProgressBar(output: ProgressOutput, width = 30): { update(progress: SeedProgress): void; finish(): void } {
  let last = '';
  let drawn = false;
  return {
    update(progress) {
      if (!output.isTTY) return;
      const fraction = progress.totalAll === 0 ? 1 : progress.insertedAll / progress.totalAll;
      const filled = Math.round(fraction * width);
      const line = `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${progress.collection}`;
      if (line === last) return;
      output.write(line.padEnd(last.length));
      last = line;
      drawn = true;
    },
    finish() {
      if (drawn) output.write('\n');
    },
  };
}
