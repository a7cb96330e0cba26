/**
 * Build time only (scripts/vite/prerender.ts loads it): the first screen a new visitor sees, as HTML,
 * and the Emotion styles it uses, for index.html. The browser hydrates it (src/main.tsx).
 */
import createEmotionServer from '@emotion/server/create-instance';
import { renderToString } from 'react-dom/server';
import { createEmotionCache } from './app/emotion-cache';
import { Root } from './app/Root';

/** The prerendered page: the root element's markup and the <style> tags it needs. */
export interface PrerenderedPage {
  html: string;
  styles: string;
}

/** Renders the page with the default choices, as a first visit without a link shows it. */
export function renderPage(): PrerenderedPage {
  const cache = createEmotionCache();
  const { extractCriticalToChunks, constructStyleTagsFromChunks } = createEmotionServer(cache);
  const html = renderToString(<Root cache={cache} prerendered />);
  return { html, styles: constructStyleTagsFromChunks(extractCriticalToChunks(html)) };
}
