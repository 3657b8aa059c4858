// Numbers and dates as the page shows them. Counts keep thousands separators (Rocket.Chat shows bare
// digits); sizes and dates follow Rocket.Chat's own formatting.

const counts = new Intl.NumberFormat('en-US');
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1234567 → "1,234,567". */
export const formatCount = (value: number): string => counts.format(value);

const memoryUnits = ['bytes', 'kB', 'MB', 'GB'];

/**
 * Rocket.Chat's formatMemorySize (apps/meteor/client/hooks/useFormatMemorySize.ts): 1024-based units
 * up to GB, two decimals except for bytes: 1494648669 → "1.39 GB", 512 → "512 bytes".
 */
export function formatMemorySize(bytes: number): string {
  let order = 0;
  while (order < memoryUnits.length - 1 && bytes >= 1024 ** (order + 1)) order += 1;
  const value = bytes / 1024 ** order;
  return `${order === 0 ? counts.format(value) : twoDecimals.format(value)} ${memoryUnits[order]}`;
}

// The browser's own locale and time zone, as Rocket.Chat's useFormatDateAndTime shows dates.
const dateTimes = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const shortDates = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export const formatDateTime = (iso: string): string => dateTimes.format(new Date(iso));

export const formatShortDate = (iso: string): string => shortDates.format(new Date(iso));
