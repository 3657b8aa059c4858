import { Box, Button, ButtonGroup, CardGrid, Tabs, TabsItem, Throbber } from '@rocket.chat/fuselage';
import { useEffect, useState, type ReactNode } from 'react';
import { WorkspaceOverviewDocument, WorkspaceRefreshDocument } from '../generated/graphql';
import type { Figures } from './figures';
import { forgetCredentials, loadCredentials, saveCredentials, type Credentials } from '../shared/credentials';
import { DeploymentCard } from './deployment-card';
import { EngagementTab } from './engagement/engagement-tab';
import { downloadStatisticsFile } from './download-info';
import { formatDateTime } from './format';
import { logIn, runDocument, type PasswordLogin } from './gateway-client';
import { describeProblem, GatewayProblem } from './problems';
import { ProblemCallout, SignInForm } from './sign-in-form';
import { HealthTab } from './health/health-tab';
import { TrendCard } from './trend/trend-card';
import { MessagesRoomsCard, UsersUploadsCard } from './usage-cards';

interface Overview {
  figures: Figures;
}

type Activity = 'signing-in' | 'loading' | 'refreshing' | 'downloading';
type Tab = 'workspace' | 'trend' | 'engagement' | 'health';

/** The newest stored snapshot; a workspace without any snapshot gets its first one. The trend reads its own. */
async function loadOverview(credentials: Credentials): Promise<Overview> {
  const { latestSnapshot } = await runDocument(WorkspaceOverviewDocument, credentials);
  // An answer with a failed query is an error (runDocument throws it): these figures are complete.
  if (latestSnapshot) return { figures: latestSnapshot as Figures };
  const { takeSnapshot } = await runDocument(WorkspaceRefreshDocument, credentials);
  return { figures: takeSnapshot as Figures };
}

/** Rocket.Chat's PageHeader: the title, and the page's buttons on the right. */
function PageHeader({ children }: { children?: ReactNode }) {
  return (
    <Box
      is="header"
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      justifyContent="space-between"
      paddingInline={24}
      paddingBlock={16}
      borderBlockEndWidth="default"
      borderBlockEndStyle="solid"
      borderBlockEndColor="extra-light"
      backgroundColor="light"
    >
      <Box is="h1" fontScale="h2" margin={0} marginInlineEnd={16}>
        Workspace
      </Box>
      {children}
    </Box>
  );
}

export function WorkspaceApp() {
  const [credentials, setCredentials] = useState<Credentials | undefined>(loadCredentials);
  const [overview, setOverview] = useState<Overview>();
  const [problem, setProblem] = useState<GatewayProblem>();
  const [activity, setActivity] = useState<Activity | undefined>(credentials ? 'loading' : undefined);
  const [tab, setTab] = useState<Tab>('workspace');

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

  const signedIn = async (entered: Credentials) => {
    const loaded = await loadOverview(entered);
    saveCredentials(entered);
    setCredentials(entered);
    setOverview(loaded);
  };

  const signIn = (entered: Credentials) => run('signing-in', () => signedIn(entered));

  // The gateway's login token is kept exactly as a token typed in.
  const passwordSignIn = (login: PasswordLogin) => run('signing-in', async () => signedIn(await logIn(login)));

  const refresh = (signedIn: Credentials) =>
    run('refreshing', async () => {
      const { takeSnapshot } = await runDocument(WorkspaceRefreshDocument, signedIn);
      setOverview({ figures: takeSnapshot as Figures });
    });

  const download = (signedIn: Credentials, snapshotId: string) => run('downloading', () => downloadStatisticsFile(snapshotId, signedIn));

  return (
    <Box is="main" display="flex" flexDirection="column" minHeight="100vh" color="default" aria-busy={activity !== undefined}>
      <PageHeader>
        {credentials && (
          <ButtonGroup>
            <Button
              disabled={!overview?.figures.id || activity !== undefined}
              loading={activity === 'downloading'}
              onClick={() => overview?.figures.id && void download(credentials, overview.figures.id)}
              data-testid="download-button"
            >
              Download Info
            </Button>
            <Button
              disabled={activity !== undefined}
              loading={activity === 'refreshing'}
              onClick={() => void refresh(credentials)}
              data-testid="refresh-button"
            >
              Refresh
            </Button>
          </ButtonGroup>
        )}
      </PageHeader>

      <Box padding={16} flexGrow={1}>
        {!credentials && (
          <SignInForm
            onSignIn={(entered) => void signIn(entered)}
            onLogIn={(login) => void passwordSignIn(login)}
            problem={problem}
            busy={activity === 'signing-in'}
          />
        )}

        {credentials && (
          <Box
            display="flex"
            flexWrap="wrap"
            justifyContent="space-between"
            alignItems="center"
            fontScale="p2"
            color="hint"
            marginBlockEnd={8}
            paddingInline={8}
          >
            {overview ? (
              <span data-testid="snapshot-time" data-created-at={overview.figures.createdAt}>
                Figures taken <time dateTime={overview.figures.createdAt}>{formatDateTime(overview.figures.createdAt)}</time>
              </span>
            ) : (
              <span />
            )}
            <span>
              Signed in as <span data-testid="signed-in-user">{credentials.userId}</span> ·{' '}
              <Box
                is="button"
                type="button"
                className="rcx-box--with-inline-elements"
                color="info"
                fontScale="p2"
                onClick={() => signOut()}
                data-testid="sign-out-button"
              >
                Sign out
              </Box>
            </span>
          </Box>
        )}

        {credentials && problem && (
          <Box marginBlockEnd={16} paddingInline={8}>
            <ProblemCallout problem={problem} />
          </Box>
        )}

        {credentials && !overview && (
          <Box display="flex" justifyContent="center" padding={24}>
            {activity === 'loading' ? (
              <Box display="flex" alignItems="center" fontScale="p2" color="hint" data-testid="loading">
                <Throbber size="x12" marginInlineEnd={8} /> Loading figures…
              </Box>
            ) : (
              <Button variant="primary" onClick={() => void load(credentials)} data-testid="retry-button">
                Try again
              </Button>
            )}
          </Box>
        )}

        {credentials && overview && (
          <>
            <Tabs marginBlockEnd={16}>
              <TabsItem selected={tab === 'workspace'} onClick={() => setTab('workspace')} data-testid="tab-workspace">
                Workspace
              </TabsItem>
              <TabsItem selected={tab === 'trend'} onClick={() => setTab('trend')} data-testid="tab-trend">
                Trend
              </TabsItem>
              <TabsItem selected={tab === 'engagement'} onClick={() => setTab('engagement')} data-testid="tab-engagement">
                Engagement
              </TabsItem>
              <TabsItem selected={tab === 'health'} onClick={() => setTab('health')} data-testid="tab-health">
                Health
              </TabsItem>
            </Tabs>
            {tab === 'workspace' ? (
              <CardGrid breakpoints={{ lg: 4, xs: 4, padding: 8 }}>
                <DeploymentCard figures={overview.figures} />
                <UsersUploadsCard figures={overview.figures} />
                <MessagesRoomsCard figures={overview.figures} />
              </CardGrid>
            ) : tab === 'health' ? (
              <HealthTab credentials={credentials} />
            ) : tab === 'trend' ? (
              <Box paddingInline={8}>
                <TrendCard credentials={credentials} snapshotAt={overview.figures.createdAt} />
              </Box>
            ) : (
              <EngagementTab credentials={credentials} onSignOut={signOut} />
            )}
          </>
        )}
      </Box>

      <Box is="footer" paddingInline={24} paddingBlock={12} fontScale="c1" color="hint">
        Statistics gateway{overview ? ` ${overview.figures.gateway.version}` : ''} · <a href="/graphql">GraphiQL</a> · <a href="/">All doors and docs</a>
      </Box>
    </Box>
  );
}
