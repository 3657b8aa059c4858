import { Box, Card, CardBody } from '@rocket.chat/fuselage';
import type { Keys as IconName } from '@rocket.chat/icons';
import type { ComponentProps } from 'react';
import type { Figures } from './figures';
import { FigureRow, SectionTitle } from './figure-row';
import { formatCount, formatMemorySize } from './format';
import type { StatusBullet } from '@rocket.chat/fuselage';

type CountKey = { [K in keyof Figures]: Figures[K] extends number ? K : never }[keyof Figures];

interface CountRow {
  label: string;
  key: CountKey;
  icon?: IconName;
  status?: ComponentProps<typeof StatusBullet>['status'];
}

function Counts({ figures, title, rows }: { figures: Figures; title: string; rows: CountRow[] }) {
  return (
    <Box marginBlockEnd={24} data-testid={`section-${title.toLowerCase().replace(/ /g, '-')}`}>
      <SectionTitle title={title} variant="h4" />
      {rows.map(({ label, key, icon, status }) => (
        <FigureRow key={key} label={label} icon={icon} status={status} figure={{ key, value: figures[key] }}>
          {formatCount(figures[key])}
        </FigureRow>
      ))}
    </Box>
  );
}

/**
 * Rocket.Chat's Users, Types and Uploads card (UsersUploadsCard.tsx), its labels from Rocket.Chat's
 * en.i18n.json: the statuses with their dots, Total last.
 */
export function UsersUploadsCard({ figures }: { figures: Figures }) {
  return (
    <Card height="full" data-testid="card-users">
      <CardBody flexDirection="column">
        <Counts
          figures={figures}
          title="Users"
          rows={[
            { label: 'Online', key: 'onlineUsers', status: 'online' },
            { label: 'Busy', key: 'busyUsers', status: 'busy' },
            { label: 'Away', key: 'awayUsers', status: 'away' },
            { label: 'Offline', key: 'offlineUsers', status: 'offline' },
            { label: 'Total', key: 'totalUsers' },
          ]}
        />
        <Counts
          figures={figures}
          title="Types"
          rows={[
            { label: 'Connected', key: 'totalConnectedUsers' },
            { label: 'Activated Users', key: 'activeUsers' },
            { label: 'Activated Guests', key: 'activeGuests' },
            { label: 'Deactivated Users', key: 'nonActiveUsers' },
            { label: 'Rocket.Chat App Users', key: 'appUsers' },
          ]}
        />
        <Box data-testid="section-uploads">
          <SectionTitle title="Uploads" variant="h4" />
          <FigureRow label="Total Uploads" figure={{ key: 'uploadsTotal', value: figures.uploadsTotal }}>
            {formatCount(figures.uploadsTotal)}
          </FigureRow>
          <FigureRow label="Total Uploads Size" figure={{ key: 'uploadsTotalSize', value: figures.uploadsTotalSize }}>
            <span title={`${formatCount(figures.uploadsTotalSize)} bytes`}>{formatMemorySize(figures.uploadsTotalSize)}</span>
          </FigureRow>
        </Box>
      </CardBody>
    </Card>
  );
}

/** Rocket.Chat's Total Rooms and Messages card (MessagesRoomsCard.tsx): one icon per room type, Total last. */
export function MessagesRoomsCard({ figures }: { figures: Figures }) {
  return (
    <Card height="full" data-testid="card-rooms">
      <CardBody flexDirection="column">
        <Counts
          figures={figures}
          title="Total Rooms"
          rows={[
            { label: 'Channels', key: 'totalChannels', icon: 'hash' },
            { label: 'Private Groups', key: 'totalPrivateGroups', icon: 'lock' },
            { label: 'Direct Messages', key: 'totalDirect', icon: 'balloon' },
            { label: 'Discussions', key: 'totalDiscussions', icon: 'discussion' },
            { label: 'Omnichannel', key: 'totalLivechat', icon: 'headset' },
            { label: 'Total', key: 'totalRooms' },
          ]}
        />
        <Counts
          figures={figures}
          title="Messages"
          rows={[
            { label: 'In channels', key: 'totalChannelMessages', icon: 'hash' },
            { label: 'In private groups', key: 'totalPrivateGroupMessages', icon: 'lock' },
            { label: 'In direct messages', key: 'totalDirectMessages', icon: 'balloon' },
            { label: 'In discussions', key: 'totalDiscussionsMessages', icon: 'discussion' },
            { label: 'In omnichannel', key: 'totalLivechatMessages', icon: 'headset' },
            { label: 'Total', key: 'totalMessages' },
          ]}
        />
      </CardBody>
    </Card>
  );
}
