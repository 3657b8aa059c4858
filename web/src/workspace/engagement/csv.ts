// Rocket.Chat's dashboard CSV (apps/meteor/client/lib/download.ts, downloadCsvAs): every cell in
// double quotes with inner quotes doubled, cells joined by semicolons, one row a line, headers first.

export type CsvCell = string | number | null | undefined;

const quoteCell = (cell: CsvCell): string => `"${String(cell ?? '').replace(/"/g, '""')}"`;

export function formatCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [headers, ...rows].map((row) => `${row.map(quoteCell).join(';')}\n`).join('');
}
