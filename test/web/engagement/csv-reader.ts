/** Reads a CSV in Rocket.Chat's dashboard format (every cell quoted, `;` between cells) back into rows. */
export function readCsv(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const cells: string[] = [];
      const cell = /"((?:[^"]|"")*)"(;|$)/y;
      let match: RegExpExecArray | null;
      while ((match = cell.exec(line))) {
        cells.push(match[1]!.replace(/""/g, '"'));
        if (match[2] === '') break;
      }
      if (cell.lastIndex !== line.length) throw new Error(`not a quoted CSV line: ${line}`);
      return cells;
    });
}
