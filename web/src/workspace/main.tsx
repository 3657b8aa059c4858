// Rocket.Chat's design system, bundled from npm: components, palette and the Inter font (fuselage.css),
// and the icon font (fonts.css). Nothing is fetched from another host.
import '@rocket.chat/fuselage/dist/fuselage.css';
import './fonts.css';
import './workspace.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkspaceApp } from './workspace-app';

createRoot(document.getElementById('workspace')!).render(
  <StrictMode>
    <WorkspaceApp />
  </StrictMode>,
);
