import { Box, Icon, StatusBullet } from '@rocket.chat/fuselage';
import type { Keys as IconName } from '@rocket.chat/icons';
import type { ComponentProps, ReactNode } from 'react';

/** A figure on screen, tied to its place in the downloaded statistics.json (a dotted key path). */
export interface FigureBinding {
  /** Key path in Rocket.Chat's statistics object, e.g. `totalUsers` or `migration.version`. */
  key: string;
  /** The value as the file holds it. */
  value: unknown;
}

/** The attributes that let a test (or a curious reader) match a figure on screen with the file. */
export const figureAttributes = ({ key, value }: FigureBinding) => ({
  'data-testid': `figure-${key}`,
  'data-figure': key,
  'data-value': JSON.stringify(value ?? null),
});

/** Rocket.Chat's DotLeader (packages/ui-client): the dotted line between a label and its value. */
const DotLeader = () => (
  <Box
    flexGrow={1}
    flexShrink={1}
    minWidth="x8"
    alignSelf="flex-end"
    marginInline={4}
    marginBlockEnd={4}
    borderBlockEndStyle="dotted"
    borderBlockEndWidth="medium"
    borderColor="light"
  />
);

type Status = ComponentProps<typeof StatusBullet>['status'];

/**
 * One row of a usage card, as Rocket.Chat's WorkspaceCardTextSeparator draws it: an icon or a
 * status dot, the label, a dotted leader, the value.
 */
export function FigureRow({
  label,
  icon,
  status,
  figure,
  children,
}: {
  label: string;
  icon?: IconName;
  status?: Status;
  figure: FigureBinding;
  children: ReactNode;
}) {
  return (
    <Box display="flex" flexDirection="row" alignItems="center" marginBlock={4} fontScale="p2">
      <Box className="figure-label" display="inline-flex" alignItems="center" flexShrink={0}>
        {icon && <Icon name={icon} size="x16" marginInlineEnd={4} />}
        {status && (
          <Box minWidth="x16" marginInlineEnd={4} display="inline-flex" alignItems="center" justifyContent="center">
            <StatusBullet status={status} />
          </Box>
        )}
        <span className="figure-label-text">{label}</span>
      </Box>
      <DotLeader />
      <Box is="span" className="figure-value" flexShrink={0} {...figureAttributes(figure)}>
        {children}
      </Box>
    </Box>
  );
}

/** A card's section title, Rocket.Chat's WorkspaceCardSectionTitle (h4 for a group, p2b for a field). */
export const SectionTitle = ({ title, variant = 'p2b' }: { title: string; variant?: 'p2b' | 'h4' }) => (
  <Box is={variant === 'h4' ? 'h3' : 'div'} fontScale={variant} marginBlock={variant === 'h4' ? 8 : 0} color="default">
    {title}
  </Box>
);
