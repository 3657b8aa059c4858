import { formatBytes, formatCount } from '../../web/src/workspace/format';

test.each([
  [0, '0 bytes'],
  [1023, '1,023 bytes'],
  [1024, '1 KB'],
  [1536, '1.5 KB'],
  [1_572_864, '1.5 MB'],
  [3_002_501_000, '2.8 GB'],
  [5 * 1024 ** 4, '5 TB'],
  [3 * 1024 ** 5, '3,072 TB'],
])('formatBytes(%d) is %s', (bytes, shown) => {
  expect(formatBytes(bytes)).toBe(shown);
});

test('counts get thousands separators', () => {
  expect([formatCount(0), formatCount(999), formatCount(1000), formatCount(1_234_567)]).toEqual(['0', '999', '1,000', '1,234,567']);
});
