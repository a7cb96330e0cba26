import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

/** The page loads only its own files; Emotion injects <style> tags, hence 'unsafe-inline' for styles. */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP meta to the built page only: the dev server injects inline scripts for HMR. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    // Fonts stay files: an inlined data: font would need font-src data: in the CSP.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  preview: {
    headers: { 'Content-Security-Policy': contentSecurityPolicy },
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
            'aws/support/**/*.test.ts',
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
      {
        // The deliverables judged by the real AWS tools: `npm run test:aws` (scripts/test-aws.ts).
        extends: true,
        test: {
          name: 'aws',
          environment: 'node',
          include: ['aws/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'aws/support/**'],
          globalSetup: ['aws/support/global-setup.ts'],
          // Each AWS CLI call starts a Python process: a busy machine makes tests slow, not wrong.
          testTimeout: 300_000,
          hookTimeout: 120_000,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
