// Renderer entry: follow the OS theme until the person's choice is read, then mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { api } from './client';
import { installSaveLifecycle } from './saver/saveLifecycle';
import { startTheme } from '../ui/theme';
import { beginStartup } from './startup';
import './theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('Cairn’s page is missing its root element.');
startTheme();
beginStartup();
installSaveLifecycle(api());
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
