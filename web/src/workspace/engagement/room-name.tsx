import { Box, Icon } from '@rocket.chat/fuselage';
import type { RoomType } from './engagement-types';

const icons = { c: 'hashtag', p: 'lock', d: 'at' } as const;

/** A room as Rocket.Chat's dashboard tables show it: its type's icon, then its name. */
export const RoomName = ({ t, name }: { t: RoomType; name: string }) => (
  <Box is="span" display="inline-flex" alignItems="center" style={{ gap: 4 }}>
    <Icon name={icons[t]} size="x16" aria-label={t === 'c' ? 'Public channel' : t === 'p' ? 'Private channel' : 'Direct message'} />
    <span data-room-name>{name}</span>
  </Box>
);
