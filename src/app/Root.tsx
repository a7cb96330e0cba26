import type { EmotionCache } from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { StrictMode } from 'react';
import { App } from './App';
import { theme } from './theme';

/** Props of `Root`. */
export interface RootProps {
  cache: EmotionCache;
  /**
   * True for the prerender and the hydration of its markup, which must render alike: the colour
   * scheme the user chose is then applied after hydration (color-scheme.js has set it on <html>).
   */
  prerendered: boolean;
}

/** The page with its providers, as the prerender and the browser both render it. */
export function Root({ cache, prerendered }: RootProps) {
  return (
    <StrictMode>
      <CacheProvider value={cache}>
        <ThemeProvider theme={theme} noSsr={!prerendered}>
          <CssBaseline enableColorScheme />
          <App />
        </ThemeProvider>
      </CacheProvider>
    </StrictMode>
  );
}
