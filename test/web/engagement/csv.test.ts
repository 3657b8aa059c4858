import { formatCsv } from '../../../web/src/workspace/engagement/csv';
import { readCsv } from './csv-reader';

test('cells are quoted, quotes doubled, cells joined by semicolons, one line a row, headers first', () => {
  const text = formatCsv(
    ['Room type', 'Name', 'Messages'],
    [
      ['c', 'general', 12],
      ['d', 'ana × bo', 0],
      ['p', 'say "hi"; bye', 3],
      ['c', undefined, null],
    ],
  );
  expect(text).toBe('"Room type";"Name";"Messages"\n"c";"general";"12"\n"d";"ana × bo";"0"\n"p";"say ""hi""; bye";"3"\n"c";"";""\n');
  expect(readCsv(text)).toEqual([
    ['Room type', 'Name', 'Messages'],
    ['c', 'general', '12'],
    ['d', 'ana × bo', '0'],
    ['p', 'say "hi"; bye', '3'],
    ['c', '', ''],
  ]);
});

test('a table without rows is its header line', () => {
  expect(formatCsv(['Date', 'Messages'], [])).toBe('"Date";"Messages"\n');
});
