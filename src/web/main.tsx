// Styles first, in cascade order: Designsystemet's components, its theme (colours, sizes, Inter as
// the font family), the self-hosted Inter files, then our few layout rules.
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import './styles.css';
import i18n, { loadLanguage, startLanguage } from './i18n/index';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html mangler <div id="root">');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// Before anyone logs in: the language last shown on this device, else the browser's (decision 176). Bokmål
// renders at once; another language's texts are loaded first, so the page does not flash bokmål.
const language = startLanguage();
if (language === 'nb') render();
else
  void loadLanguage(language)
    .then(() => i18n.changeLanguage(language))
    .catch(() => undefined) // its chunk could not be fetched: bokmål, which is always there
    .finally(render);
