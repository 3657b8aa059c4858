export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressLines {
  /** A new state of the work; written when due (see createProgressLines). */
  update(line: string): void;
  /** The closing line, always written. */
  finish(line: string): void;
}

export interface ProgressLinesOptions {
  /** Between two lines on a pipe or a log file. */
  intervalMs?: number;
  /** Between two redraws on a terminal. */
  redrawMs?: number;
  now?: () => number;
}

/**
 * Progress of long work, whatever the output is: a terminal gets one line redrawn in place; a pipe or
 * a log file gets a whole line every few seconds (the first at once), so a CI log shows the work moving.
 */
export function createProgressLines(output: ProgressOutput, options: ProgressLinesOptions = {}): ProgressLines {
  const now = options.now ?? (() => performance.now());
  const intervalMs = options.intervalMs ?? 5000;
  const redrawMs = options.redrawMs ?? 200;
  let lastWrite = -Infinity;
  let drawn = '';
  return {
    update(line) {
      const time = now();
      if (output.isTTY) {
        if (time - lastWrite < redrawMs || line === drawn.trimEnd()) return;
        drawn = line.padEnd(drawn.length);
        output.write(`\r${drawn}`);
      } else {
        if (time - lastWrite < intervalMs) return;
        output.write(`${line}\n`);
      }
      lastWrite = time;
    },
    finish(line) {
      output.write(output.isTTY ? `\r${line.padEnd(drawn.length)}\n` : `${line}\n`);
    },
  };
}

/** 95 → "1 min 35 s", 12.3 → "12 s". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
}
