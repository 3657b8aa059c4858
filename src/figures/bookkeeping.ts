import { DateTime } from '../schema/scalars';
import { defineFigures, figure, localFact } from './figure';
import { gatewayOnly } from './rocketchat-sources';

// Snapshot bookkeeping (docs/figures.md "Snapshot"): set when a snapshot is stored; a live result has
// only the time it was taken. Stored snapshots keep MongoDB's `_id` and Rocket.Chat's `_updatedAt`.

const requestTime = localFact('the computation start', (context) => context.now);
const nothingStored = localFact('a live result', () => null);

export const bookkeepingFigures = defineFigures({
  id: figure({
    type: () => String,
    nullable: true,
    description: 'Snapshot id; null for a live result that was not stored.',
    rocketChat: gatewayOnly,
    reads: [nothingStored],
    compute: (none) => none,
    wire: { '0.61': '_id', current: '_id' },
    stored: '_id',
  }),
  createdAt: figure({
    type: () => DateTime,
    description: 'When these figures were taken.',
    rocketChat: gatewayOnly,
    reads: [requestTime],
    compute: (now) => now,
    wire: { '0.61': true, current: true },
  }),
  updatedAt: figure({
    type: () => DateTime,
    nullable: true,
    description: 'When the snapshot was stored; null for a live result.',
    rocketChat: gatewayOnly,
    reads: [nothingStored],
    compute: (none) => none,
    wire: { '0.61': '_updatedAt', current: '_updatedAt' },
    stored: '_updatedAt',
  }),
});
