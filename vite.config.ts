import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './scripts/hosting/response-headers.ts';

/** Adds the CSP meta to the built page only: the dev server injects inline scripts for HMR. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative URLs: the built page works from any path (a GitHub Pages project site, an S3 prefix).
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    // Fonts stay files: an inlined data: font would need font-src data: in the CSP.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  preview: {
    headers: { ...SECURITY_HEADERS },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'src/core/**/*.test.ts',
            'src/catalog/**/*.test.ts',
            'scripts/**/*.test.ts',
            'e2e/support/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'src/core/**', 'src/catalog/**'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
