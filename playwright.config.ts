import { chromium, defineConfig } from '@playwright/test';
import { chromiumArgs, findLocalChromium } from './e2e/support/browser';

/** Several checkouts can run their e2e suites at once, each on its own port. */
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  // Vitest runs the *.test.ts files beside e2e helpers.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    permissions: ['clipboard-read', 'clipboard-write'],
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: findLocalChromium(() => chromium.executablePath()),
          args: chromiumArgs,
        },
      },
    },
  ],
  // Serves the production build; `npm test` runs `npm run build` first.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: baseURL,
    // Never reuse: a server left by another checkout would serve its build, not this one.
    reuseExistingServer: false,
  },
});
