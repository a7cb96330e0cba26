import type { BuildEnvironmentOptions } from 'vite';

/** Build options the page and the benchmark's floor page share, so that their bytes compare fairly. */
export const buildOptions: BuildEnvironmentOptions = {
  target: 'es2022',
  modulePreload: { polyfill: false },
  // Fonts stay files: an inlined data: font would need font-src data: in the CSP.
  assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
};
