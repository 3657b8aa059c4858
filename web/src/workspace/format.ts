const counts = new Intl.NumberFormat('en-US');
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const dateTimes = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });
const shortDates = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** 1234567 → "1,234,567". */
export const formatCount = (value: number): string => counts.format(value);

const byteUnits = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** Bytes in binary units, as Rocket.Chat's Workspace page shows them: 1572864 → "1.5 MB". */
export function formatBytes(bytes: number): string {
  let unit = 0;
  let value = bytes;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? counts.format(value) : oneDecimal.format(value)} ${byteUnits[unit]}`;
}

export const formatDateTime = (iso: string): string => dateTimes.format(new Date(iso));

export const formatShortDate = (iso: string): string => shortDates.format(new Date(iso));
