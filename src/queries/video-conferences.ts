import type { Db } from 'mongodb';
import { countBy } from './count-by';
import { defineQueries } from './database-query';

/** Calls by kind (`videoconference`, `direct`, `livechat`) and state (VideoConferenceStatus: 0 calling, 1 started, 3 ended…). */
export type VideoConferenceCounts = ReadonlyMap<string, number>;

export const videoConferenceKey = (type: string, status: number) => `${type}/${status}`;

/** Rocket.Chat counts each kind and state apart (seven counts); one grouping answers them all. */
async function countVideoConferencesByKindAndState(db: Db): Promise<VideoConferenceCounts> {
  const groups = await countBy<{ type?: unknown; status?: unknown }>(db.collection('rocketchat_video_conference'), { type: '$type', status: '$status' });
  const counts = new Map<string, number>();
  for (const { key, count } of groups) {
    if (typeof key.type !== 'string' || typeof key.status !== 'number') continue;
    const name = videoConferenceKey(key.type, key.status);
    counts.set(name, (counts.get(name) ?? 0) + count);
  }
  return counts;
}

/** packages/models/src/models/VideoConference.ts countByTypeAndStatus, grouped. */
export const videoConferenceQueries = defineQueries({
  countVideoConferencesByKindAndState: {
    command: "rocketchat_video_conference.aggregate([{ $group: { _id: { type: '$type', status: '$status' }, n: { $sum: 1 } } }])",
    index: 'none: one group per kind and state of a small collection',
    cost: 'grouping',
    run: countVideoConferencesByKindAndState,
  },
});
