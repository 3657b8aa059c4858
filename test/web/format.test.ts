import { formatCount, formatMemorySize } from '../../web/src/workspace/format';

// Rocket.Chat's formatMemorySize (apps/meteor/client/hooks/useFormatMemorySize.ts): bytes, kB, MB, GB
// by 1024, two decimals but for bytes; nothing above GB.
test.each([
  [0, '0 bytes'],
  [1023, '1,023 bytes'],
  [1024, '1.00 kB'],
  [1536, '1.50 kB'],
  [1_572_864, '1.50 MB'],
  [1_494_648_669, '1.39 GB'],
  [3_002_501_000, '2.80 GB'],
  [5 * 1024 ** 4, '5,120.00 GB'],
])('formatMemorySize(%d) is %s', (bytes, shown) => {
  expect(formatMemorySize(bytes)).toBe(shown);
});

test('counts get thousands separators', () => {
  expect([formatCount(0), formatCount(999), formatCount(1000), formatCount(1_234_567)]).toEqual(['0', '999', '1,000', '1,234,567']);
});
