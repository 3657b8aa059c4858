import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkspaceApp } from './workspace-app';

createRoot(document.getElementById('workspace')!).render(
  <StrictMode>
    <WorkspaceApp />
  </StrictMode>,
);
