import type { Credentials } from './credentials';
import { fetchRestStatistics } from './gateway-client';

/**
 * Download Info, as in Rocket.Chat: statistics.json holds the REST shim's body for the newest
 * snapshot, re-indented with two spaces so the file reads the same whatever the server's spacing.
 */
export async function downloadStatisticsFile(credentials: Credentials): Promise<void> {
  const body = await fetchRestStatistics(credentials);
  const text = JSON.stringify(JSON.parse(body), null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'statistics.json';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL may go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
