import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createEmotionCache } from './app/emotion-cache';
import { matchesPrerender } from './app/hydration';
import { Root } from './app/Root';
import { syncUrlState } from './lib/url-state';
import { useConfigStore } from './store/config-store';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Stored choices are already in the store (zustand's persist); a link's choices go over them here,
// before the first render, so that it shows them.
syncUrlState();
const cache = createEmotionCache();
if (container.firstElementChild && matchesPrerender(useConfigStore.getState())) {
  // The built index.html holds the first screen with the default choices: take it over.
  hydrateRoot(container, <Root cache={cache} prerendered />);
} else {
  // Other choices (or the dev server, which does not prerender): render afresh.
  createRoot(container).render(<Root cache={cache} prerendered={false} />);
}
