import { chromium, defineConfig } from '@playwright/test';
import { chromiumArgs, findLocalChromium } from './e2e/support/browser';

const baseURL = 'http://localhost:4173';

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
    command: 'npx vite preview --port 4173 --strictPort',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
  },
});
