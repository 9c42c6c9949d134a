// Renderer entry: mount the app and mark when it becomes usable.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { api } from './client';
import { installSaveLifecycle } from './saver/saveLifecycle';
import { beginStartup } from './startup';
import './theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('Cairn’s page is missing its root element.');
beginStartup();
installSaveLifecycle(api());
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
