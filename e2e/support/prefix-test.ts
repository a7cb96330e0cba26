import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { test as base } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';

/** The nested path the page is served under, as on a GitHub Pages project site or an S3 prefix. */
export const PREFIX = '/tools/cloudcraft/iam/';

/** A folder to serve, and what to do once it is no longer served. */
export interface ServedFolder {
  root: string;
  dispose?: () => Promise<void>;
}

/**
 * A `test` whose page is served from a folder (default `dist/`) under `PREFIX` by a plain static
 * server on 127.0.0.1 (one per worker, always closed), with `baseURL` its origin so the fixture's
 * own-origin guard applies.
 */
export function prefixTest(
  prepare: () => Promise<ServedFolder> = async () => ({ root: resolve('dist') }),
) {
  return base.extend<object, { prefixServer: StaticServer }>({
    prefixServer: [
      // eslint-disable-next-line no-empty-pattern
      async ({}, use) => {
        const folder = await prepare();
        try {
          const server = await startStaticServer(folder.root, PREFIX);
          try {
            await use(server);
          } finally {
            await server.close();
          }
        } finally {
          await folder.dispose?.();
        }
      },
      { scope: 'worker', timeout: 120_000 },
    ],
    baseURL: async ({ prefixServer }, use) => use(prefixServer.origin),
  });
}

/** Records every request of a context that failed or got an error status. */
export function recordFailedRequests(context: BrowserContext): string[] {
  const failed: string[] = [];
  context.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  context.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
  });
  return failed;
}
