import type { Credentials } from '../shared/credentials';
import { fetchDownloadInfo } from './gateway-client';

/**
 * Download Info, as in Rocket.Chat: statistics.json holds the figures of the snapshot on screen, in
 * Rocket.Chat's current statistics object, whatever REST format the server answers its REST clients in.
 */
export async function downloadStatisticsFile(snapshotId: string, credentials: Credentials): Promise<void> {
  const text = await fetchDownloadInfo(snapshotId, credentials);
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
