import type { IStats } from '@rocket.chat/core-typings';
import { GraphQLJSON } from 'graphql-scalars';
import { settingsQueries, settingValue, type StatisticsSettingId, type StatisticsSettings } from '../queries/settings';
import { videoConferenceKey, videoConferenceQueries, type VideoConferenceCounts } from '../queries/video-conferences';
import { defineFigures, figure, inCurrentFormat } from './figure';

// Video conferences (docs/figures.md "Collaboration"): calls of rocketchat_video_conference by kind
// and state, beside the provider settings. A workspace without calls counts 0 everywhere.

/** VideoConferenceStatus of @rocket.chat/core-typings. */
const calling = 0;
const started = 1;
const ended = 3;

/** A setting as Rocket.Chat's settings.get gives it: left out of the JSON when the workspace lacks it. */
const setting = (s: StatisticsSettings, id: StatisticsSettingId) => settingValue(s, id);

export function videoConferenceStatistics(counts: VideoConferenceCounts, s: StatisticsSettings): IStats['videoConf'] {
  const count = (type: string, status: number) => counts.get(videoConferenceKey(type, status)) ?? 0;
  return {
    videoConference: { started: count('videoconference', started), ended: count('videoconference', ended) },
    direct: { calling: count('direct', calling), started: count('direct', started), ended: count('direct', ended) },
    livechat: { started: count('livechat', started), ended: count('livechat', ended) },
    settings: {
      provider: setting(s, 'VideoConf_Default_Provider'),
      dms: setting(s, 'VideoConf_Enable_DMs'),
      channels: setting(s, 'VideoConf_Enable_Channels'),
      groups: setting(s, 'VideoConf_Enable_Groups'),
      teams: setting(s, 'VideoConf_Enable_Teams'),
    } as IStats['videoConf']['settings'],
  };
}

export const videoConferenceFigures = defineFigures({
  videoConf: figure({
    type: () => GraphQLJSON,
    description:
      'Video conferences by kind (videoConference, direct, livechat) and state (calling, started, ended), and the provider settings (a missing setting is left out).',
    rocketChat: 'apps/meteor/server/services/video-conference/service.ts getStatistics',
    reads: [videoConferenceQueries.countVideoConferencesByKindAndState, settingsQueries.findStatisticsSettings],
    compute: videoConferenceStatistics,
    wire: inCurrentFormat,
  }),
});
