import { useEffect, useState } from 'react';
import { WorkspaceOverviewDocument, WorkspaceRefreshDocument, type TrendPointFragment, type WorkspaceFiguresFragment } from '../generated/graphql';
import { forgetCredentials, loadCredentials, saveCredentials, type Credentials } from './credentials';
import { DeploymentCard } from './deployment-card';
import { downloadStatisticsFile } from './download-info';
import { formatDateTime } from './format';
import { runDocument } from './gateway-client';
import { describeProblem, GatewayProblem } from './problems';
import { SignInForm } from './sign-in-form';
import { TrendChart } from './trend-chart';
import { UsageCards } from './usage-cards';

interface Overview {
  figures: WorkspaceFiguresFragment;
  /** Oldest first, at most the newest 100 stored snapshots. */
  trend: TrendPointFragment[];
}

type Activity = 'signing-in' | 'loading' | 'refreshing' | 'downloading';

const trendLength = 100;

/** The newest stored snapshot and the trend; a workspace without any snapshot gets its first one. */
async function loadOverview(credentials: Credentials): Promise<Overview> {
  const { latestSnapshot, snapshots } = await runDocument(WorkspaceOverviewDocument, credentials);
  if (latestSnapshot) return { figures: latestSnapshot, trend: [...snapshots.snapshots].reverse() };
  const { takeSnapshot } = await runDocument(WorkspaceRefreshDocument, credentials);
  return { figures: takeSnapshot, trend: [takeSnapshot] };
}

function ProblemBanner({ problem }: { problem: GatewayProblem }) {
  return (
    <p className="problem" role="alert" data-testid="problem" data-kind={problem.kind}>
      {problem.message}
    </p>
  );
}

export function WorkspaceApp() {
  const [credentials, setCredentials] = useState<Credentials | undefined>(loadCredentials);
  const [overview, setOverview] = useState<Overview>();
  const [problem, setProblem] = useState<GatewayProblem>();
  const [activity, setActivity] = useState<Activity | undefined>(credentials ? 'loading' : undefined);

  const signOut = (reason?: GatewayProblem) => {
    forgetCredentials();
    setCredentials(undefined);
    setOverview(undefined);
    setProblem(reason);
  };

  const run = async (what: Activity, action: () => Promise<void>) => {
    setActivity(what);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      const found = error instanceof GatewayProblem ? error : describeProblem('unexpected');
      // A revoked token or a removed permission ends the sign-in; anything else may pass on retry.
      if (found.kind === 'wrong-credentials' || found.kind === 'no-permission') signOut(found);
      else setProblem(found);
    } finally {
      setActivity(undefined);
    }
  };

  const load = (signedIn: Credentials) => run('loading', async () => setOverview(await loadOverview(signedIn)));

  useEffect(() => {
    if (credentials) void load(credentials);
    // Only the credentials found in sessionStorage at start; sign-in loads by itself.
  }, []);

  const signIn = (entered: Credentials) =>
    run('signing-in', async () => {
      const loaded = await loadOverview(entered);
      saveCredentials(entered);
      setCredentials(entered);
      setOverview(loaded);
    });

  const refresh = (signedIn: Credentials) =>
    run('refreshing', async () => {
      const { takeSnapshot } = await runDocument(WorkspaceRefreshDocument, signedIn);
      setOverview((previous) => ({ figures: takeSnapshot, trend: [...(previous?.trend ?? []), takeSnapshot].slice(-trendLength) }));
    });

  const download = (signedIn: Credentials) => run('downloading', () => downloadStatisticsFile(signedIn));

  return (
    <main className="page" aria-busy={activity !== undefined}>
      <header className="page-header">
        <div>
          <h1>Workspace</h1>
          {overview && (
            <p className="taken" data-testid="snapshot-time" data-created-at={overview.figures.createdAt}>
              Figures taken <time dateTime={overview.figures.createdAt}>{formatDateTime(overview.figures.createdAt)}</time>
            </p>
          )}
          {credentials && (
            <p className="signed-in muted small">
              Signed in as <span data-testid="signed-in-user">{credentials.userId}</span> ·{' '}
              <button type="button" className="link-button" onClick={() => signOut()} data-testid="sign-out-button">
                Sign out
              </button>
            </p>
          )}
        </div>
        {credentials && (
          <div className="actions">
            <button
              type="button"
              className="button secondary"
              disabled={!overview || activity !== undefined}
              onClick={() => void download(credentials)}
              data-testid="download-button"
            >
              {activity === 'downloading' ? 'Downloading…' : 'Download Info'}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={activity !== undefined}
              onClick={() => void refresh(credentials)}
              data-testid="refresh-button"
            >
              {activity === 'refreshing' ? 'Refreshing…' : 'Refresh'}
            </button>
          </div>
        )}
      </header>

      {!credentials && <SignInForm onSignIn={(entered) => void signIn(entered)} problem={problem} busy={activity === 'signing-in'} />}

      {credentials && problem && <ProblemBanner problem={problem} />}

      {credentials && !overview && (
        <div className="card">
          {activity === 'loading' ? (
            <p className="muted" data-testid="loading">
              Loading figures…
            </p>
          ) : (
            <button type="button" className="button primary" onClick={() => void load(credentials)} data-testid="retry-button">
              Try again
            </button>
          )}
        </div>
      )}

      {credentials && overview && (
        <div className="cards">
          <DeploymentCard figures={overview.figures} />
          <div className="usage">
            <UsageCards figures={overview.figures} />
          </div>
          <TrendChart points={overview.trend} />
        </div>
      )}

      <footer className="page-footer muted small">
        Statistics gateway{overview ? ` ${overview.figures.gateway.version}` : ''} · <a href="/graphql">GraphiQL</a>
      </footer>
    </main>
  );
}
