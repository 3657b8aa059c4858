import { Box, Icon } from '@rocket.chat/fuselage';
import type { ReactNode } from 'react';
import { formatCount } from '../format';

/** Rocket.Chat's Growth: the change with its sign, green up, red down, grey for none. */
export function Growth({ value, testId }: { value: number; testId?: string }) {
  const colour = value > 0 ? 'status-font-on-success' : value < 0 ? 'status-font-on-danger' : 'hint';
  return (
    <Box is="span" color={colour} fontScale="c2" display="inline-flex" alignItems="center" data-testid={testId} data-value={value}>
      {value !== 0 && <Icon name={value > 0 ? 'arrow-up' : 'arrow-down'} size="x16" />}
      {value > 0 ? '+' : ''}
      {formatCount(value)}
    </Box>
  );
}

export interface Counter {
  id: string;
  count: number;
  variation: number;
  description: ReactNode;
}

/** Rocket.Chat's CounterSet: big counts, each with its change and what it counts. */
export function CounterSet({ counters }: { counters: Counter[] }) {
  return (
    <Box display="flex" flexWrap="wrap" marginBlockEnd={16} style={{ gap: '8px 32px' }}>
      {counters.map(({ id, count, variation, description }) => (
        <Box key={id} display="flex" flexDirection="column" data-testid={`counter-${id}`}>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            <Box is="span" fontScale="h2" data-testid={`counter-${id}-count`} data-value={count}>
              {formatCount(count)}
            </Box>
            <Growth value={variation} testId={`counter-${id}-variation`} />
          </Box>
          <Box fontScale="c1" color="hint">
            {description}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

/** Rocket.Chat's LegendSymbol: a small square in the series' colour. */
export const LegendSymbol = ({ colour }: { colour: string }) => (
  <Box
    is="span"
    display="inline-block"
    width="x12"
    height="x12"
    marginInlineEnd={4}
    borderRadius="small"
    style={{ background: colour, verticalAlign: 'middle' }}
  />
);
