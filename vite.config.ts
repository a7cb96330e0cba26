import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './scripts/hosting/response-headers.ts';
import { buildOptions } from './scripts/vite/build-options.ts';
import { contentSecurityPolicyMeta } from './scripts/vite/content-security-policy.ts';
import { prerender } from './scripts/vite/prerender.ts';

export default defineConfig({
  // Relative URLs: the built page works from any path (a GitHub Pages project site, an S3 prefix).
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), prerender()],
  build: buildOptions,
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
            'bench/**/*.test.ts',
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
