import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installMonacoWorkers } from './monaco-workers';

const sampleQuery = `# 1. Headers (below): fill in
#    X-User-Id, X-Auth-Token
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

const headersTemplate = JSON.stringify({ 'X-User-Id': '', 'X-Auth-Token': '' }, null, 2);

installMonacoWorkers('/graphiql/');

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).href });

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
