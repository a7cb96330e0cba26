import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { buildOptions } from './scripts/vite/build-options.ts';
import {
  contentSecurityPolicy,
  contentSecurityPolicyMeta,
} from './scripts/vite/content-security-policy.ts';
import { prerender } from './scripts/vite/prerender.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), prerender()],
  build: buildOptions,
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
