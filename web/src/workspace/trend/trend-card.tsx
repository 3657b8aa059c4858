import { Box, Button, ButtonGroup, Card, CardBody, Throbber } from '@rocket.chat/fuselage';
import { useEffect, useState } from 'react';
import { WorkspaceHistoryBeginsDocument, WorkspaceHistoryDocument, type HistoryStep } from '../../generated/graphql';
import type { Credentials } from '../../shared/credentials';
import { SectionTitle } from '../figure-row';
import { formatDateTime } from '../format';
import { runDocument } from '../gateway-client';
import { describeProblem, GatewayProblem } from '../problems';
import { ProblemCallout } from '../sign-in-form';
import { TrendChart } from './trend-chart';
import { historyWindow, trendRanges, type TrendRange } from './trend-range';
import { trendCharts, trendFigures, type HistoryPoint } from './trend-series';

interface Trend {
  range: TrendRange;
  step: HistoryStep;
  from: Date;
  points: HistoryPoint[];
}

const stepNames: Record<HistoryStep, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

/** The chosen range of `history`; "All" first asks where the database's snapshots begin. */
async function loadTrend(credentials: Credentials, range: TrendRange): Promise<Trend> {
  const now = new Date();
  const begins = range === 'all' ? (await runDocument(WorkspaceHistoryBeginsDocument, credentials)).historyBegins : null;
  const window = historyWindow(range, now, begins ? new Date(begins) : null);
  const { history } = await runDocument(WorkspaceHistoryDocument, credentials, {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    step: window.step,
    figures: trendFigures,
  });
  return { range, step: history.step, from: window.from, points: history.points };
}

/**
 * The workspace's counts over time, from Rocket.Chat's own daily snapshots and the gateway's, read
 * anew whenever a new snapshot is on screen (`snapshotAt`).
 */
export function TrendCard({ credentials, snapshotAt }: { credentials: Credentials; snapshotAt: string }) {
  const [range, setRange] = useState<TrendRange>('all');
  const [trend, setTrend] = useState<Trend>();
  const [problem, setProblem] = useState<GatewayProblem>();

  useEffect(() => {
    let current = true;
    setProblem(undefined);
    loadTrend(credentials, range).then(
      (loaded) => current && setTrend(loaded),
      (error: unknown) => current && setProblem(error instanceof GatewayProblem ? error : describeProblem('unexpected')),
    );
    return () => {
      current = false;
    };
  }, [credentials, range, snapshotAt]);

  const loading = !problem && trend?.range !== range;
  const points = trend?.points ?? [];
  const spansYears = trend ? Date.now() - trend.from.getTime() > 366 * 24 * 3600 * 1000 : false;
  return (
    <Card data-testid="trend-chart">
      <CardBody flexDirection="column">
        <Box display="flex" flexWrap="wrap" justifyContent="space-between" alignItems="center" marginBlockEnd={8}>
          <SectionTitle title="Trend" variant="h4" />
          <ButtonGroup role="group" aria-label="Range">
            {trendRanges.map((choice) => (
              <Button
                key={choice.id}
                small
                primary={choice.id === range}
                aria-pressed={choice.id === range}
                onClick={() => setRange(choice.id)}
                data-testid={`trend-range-${choice.id}`}
              >
                {choice.label}
              </Button>
            ))}
          </ButtonGroup>
        </Box>
        {problem && <ProblemCallout problem={problem} />}
        {loading && (
          <Box display="flex" alignItems="center" fontScale="p2" color="hint" data-testid="trend-loading">
            <Throbber size="x12" marginInlineEnd={8} /> Loading the history…
          </Box>
        )}
        {!loading && trend && points.length === 0 && (
          <Box fontScale="p2" color="hint" data-testid="trend-empty">
            No snapshot in this range yet; press Refresh to take one.
          </Box>
        )}
        {!loading && trend && points.length > 0 && (
          <div data-testid="trend-points" data-count={points.length} data-step={trend.step} data-range={trend.range}>
            <Box fontScale="c1" color="hint" marginBlockEnd={12} data-testid="trend-summary">
              {points.length} {points.length === 1 ? 'point' : 'points'}, one per {stepNames[trend.step]} (its newest snapshot, from Rocket.Chat&apos;s daily
              ones and the gateway&apos;s), <time dateTime={points[0]!.takenAt}>{formatDateTime(points[0]!.takenAt)}</time> to{' '}
              <time dateTime={points.at(-1)!.takenAt}>{formatDateTime(points.at(-1)!.takenAt)}</time>
            </Box>
            {trendCharts.map((chart) => (
              <TrendChart key={chart.unit} chart={chart} points={points} step={trend.step} spansYears={spansYears} />
            ))}
          </div>
        )}
      </CardBody>
    </Card>
  );
}
