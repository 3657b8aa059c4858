import type { WorkspaceFiguresFragment } from '../generated/graphql';
import { Card, FigureList, type FigureRow } from './figure-card';
import { formatBytes, formatCount } from './format';

type CountField = { [K in keyof WorkspaceFiguresFragment]: WorkspaceFiguresFragment[K] extends number ? K : never }[keyof WorkspaceFiguresFragment];

const count = (figures: WorkspaceFiguresFragment, label: string, field: CountField, hint?: string): FigureRow => ({
  label,
  id: field,
  value: formatCount(figures[field]),
  hint,
});

/** The Usage cards of Rocket.Chat's Workspace page, with its labels (docs: Administration > Workspace). */
export function UsageCards({ figures }: { figures: WorkspaceFiguresFragment }) {
  return (
    <>
      <Card title="Users" testId="card-users">
        <FigureList
          rows={[
            count(figures, 'Total', 'totalUsers'),
            count(figures, 'Online', 'onlineUsers'),
            count(figures, 'Busy', 'busyUsers'),
            count(figures, 'Away', 'awayUsers'),
            count(figures, 'Offline', 'offlineUsers'),
          ]}
        />
      </Card>
      <Card title="Types and Distribution" testId="card-types">
        <FigureList
          rows={[
            count(figures, 'Connected', 'totalConnectedUsers', 'Online and away users'),
            count(figures, 'Activated Users', 'activeUsers'),
            count(figures, 'Activated Guests', 'activeGuests'),
            count(figures, 'Deactivated Users', 'nonActiveUsers'),
            count(figures, 'Rocket.Chat App Users', 'appUsers'),
          ]}
        />
      </Card>
      <Card title="Uploads" testId="card-uploads">
        <FigureList
          rows={[
            count(figures, 'Total Uploads', 'uploadsTotal'),
            {
              label: 'Total Uploads Size',
              id: 'uploadsTotalSize',
              value: formatBytes(figures.uploadsTotalSize),
              hint: `${formatCount(figures.uploadsTotalSize)} bytes`,
            },
          ]}
        />
      </Card>
      <Card title="Rooms" testId="card-rooms">
        <FigureList
          rows={[
            count(figures, 'Rooms', 'totalRooms'),
            count(figures, 'Channels', 'totalChannels'),
            count(figures, 'Private Groups', 'totalPrivateGroups'),
            count(figures, 'Direct Message Rooms', 'totalDirect'),
            count(figures, 'Discussions', 'totalDiscussions'),
            count(figures, 'Omnichannel Rooms', 'totalLivechat'),
          ]}
        />
      </Card>
      <Card title="Messages" testId="card-messages">
        <FigureList
          rows={[
            count(figures, 'Messages', 'totalMessages'),
            count(figures, 'Threads', 'totalThreads'),
            count(figures, 'Messages in Channels', 'totalChannelMessages'),
            count(figures, 'Messages in Private Groups', 'totalPrivateGroupMessages'),
            count(figures, 'Messages in Direct Messages', 'totalDirectMessages'),
            count(figures, 'Messages in Discussions', 'totalDiscussionsMessages'),
            count(figures, 'Messages in Omnichannel', 'totalLivechatMessages'),
          ]}
        />
      </Card>
    </>
  );
}
