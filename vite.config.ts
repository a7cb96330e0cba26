import { availableParallelism } from 'node:os';
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
  // The audit worker is a module worker: as ES modules its dynamic imports (the action index, the
  // baselines' documents) stay chunks of their own that it fetches when an audit needs them.
  worker: { format: 'es' },
  preview: {
    headers: { ...SECURITY_HEADERS },
  },
  test: {
    // Vitest leaves a core free by default; on a 2-core machine that halves the unit run (64 s -> 34 s).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          // Pure modules: one module graph for all the files saves re-importing it per file.
          isolate: false,
          environment: 'node',
          include: [
            'src/core/**/*.test.ts',
            'src/catalog/**/*.test.ts',
            'scripts/**/*.test.ts',
            'e2e/support/**/*.test.ts',
            'bench/**/*.test.ts',
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
