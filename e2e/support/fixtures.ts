import { test as base, expect } from '@playwright/test';

const localSchemes = new Set(['data:', 'blob:']);

/** Whether the page fetched `url` from its own origin (or from memory: data:, blob:). */
export function isOwnRequest(url: string, pageOrigin: string): boolean {
  const parsed = new URL(url);
  return localSchemes.has(parsed.protocol) || parsed.origin === pageOrigin;
}

/**
 * Playwright's `test`, failing any test whose page requests another origin or logs a console error:
 * the page must work offline and quietly.
 */
export const test = base.extend<{ pageGuard: void }>({
  pageGuard: [
    async ({ context, page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      // On the context, so that popups and workers the page opens are watched too.
      context.on('request', (request) => {
        if (!isOwnRequest(request.url(), origin)) foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
