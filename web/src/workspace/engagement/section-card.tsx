import { Box, Card, CardBody, IconButton, Throbber } from '@rocket.chat/fuselage';
import type { ReactNode } from 'react';
import { ProblemCallout } from '../sign-in-form';
import type { GatewayProblem } from '../problems';
import { formatCsv, type CsvCell } from './csv';

/** What a card's download button saves: Rocket.Chat's attachment name, headers and rows. */
export interface CsvTable {
  name: string;
  headers: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** Saves the table as `<name>.csv`, in Rocket.Chat's format. */
function downloadCsv({ name, headers, rows }: CsvTable): void {
  const url = URL.createObjectURL(new Blob([formatCsv(headers, rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.csv`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Rocket.Chat's EngagementDashboardCard: a titled card, its filter row (the controls and the
 * download button) and its content; the previous figures stay while newer ones load.
 */
export function SectionCard({
  id,
  title,
  controls,
  csv,
  loading,
  problem,
  children,
}: {
  id: string;
  title: string;
  controls?: ReactNode;
  csv?: CsvTable;
  loading: boolean;
  problem?: GatewayProblem;
  children: ReactNode;
}) {
  return (
    <Card data-testid={`engagement-${id}`} aria-busy={loading} style={{ minWidth: 0, marginBlockEnd: 16 }}>
      <CardBody flexDirection="column">
        <Box display="flex" flexWrap="wrap" alignItems="center" justifyContent="space-between" marginBlockEnd={16} style={{ gap: 8 }}>
          <Box is="h3" fontScale="h4" margin={0} display="flex" alignItems="center">
            {title}
            {loading && <Throbber size="x8" marginInlineStart={8} />}
          </Box>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            {controls}
            {csv && (
              <IconButton
                secondary
                small
                icon="download"
                title="Download CSV"
                aria-label="Download CSV"
                disabled={loading}
                onClick={() => downloadCsv(csv)}
                data-testid={`engagement-${id}-csv`}
              />
            )}
          </Box>
        </Box>
        {problem && (
          <Box marginBlockEnd={16}>
            <ProblemCallout problem={problem} />
          </Box>
        )}
        {children}
      </CardBody>
    </Card>
  );
}

/** A chart's box: Rocket.Chat's fixed-height frame that nivo's responsive charts fill. */
export const ChartFrame = ({ height, children, ...data }: { height: number; children: ReactNode } & Record<`data-${string}`, string | number>) => (
  <Box position="relative" width="full" style={{ height }} {...data}>
    <Box position="absolute" width="full" height="full">
      {children}
    </Box>
  </Box>
);
