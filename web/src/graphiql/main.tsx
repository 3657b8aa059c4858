import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadCredentials } from '../shared/credentials';
import { installMonacoWorkers } from './monaco-workers';
import { fetchWithTabSignIn } from './tab-sign-in';

const sampleQuery = `# 1. Sign in on the Workspace page in this tab, or fill in
#    X-User-Id and X-Auth-Token under Headers (below)
# 2. Press ▶
{
  statistics {
    totalUsers
    onlineUsers
    totalMessages
    os {
      type
    }
  }
}
`;

// The tab's sign-in (the Workspace page's) fills the template; empty fields are filled at each request.
const signedIn = loadCredentials();
const headersTemplate = JSON.stringify({ 'X-User-Id': signedIn?.userId ?? '', 'X-Auth-Token': signedIn?.authToken ?? '' }, null, 2);

installMonacoWorkers('/graphiql/');

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).href, fetch: fetchWithTabSignIn });

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={sampleQuery}
      defaultHeaders={headersTemplate}
      defaultEditorToolsVisibility="headers"
      visiblePlugin="Documentation Explorer"
      // Tabs and history (which records the headers, token included) live and die with this tab,
      // as on the Workspace page; GraphiQL's default is localStorage, which outlives it.
      storage={window.sessionStorage}
    >
      <GraphiQL.Logo>
        <a href="/workspace/" className="workspace-link">
          Workspace
        </a>{' '}
        · Graph<em>i</em>QL
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
