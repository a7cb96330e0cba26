import { existsSync } from 'node:fs';

/** Flags that let Chromium run headless in a container, quietly and without phoning home. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const NO_CHROMIUM =
  "No Chromium found: set PLAYWRIGHT_CHROMIUM_EXECUTABLE, or install Debian's chromium (apt-get update && apt-get install -y chromium), or run npx playwright install chromium";

/** What the discovery looks at; passed in so that tests can fake it. */
export interface BrowserProbe {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Where Playwright's own downloaded Chromium would be. */
  bundled: () => string | undefined;
}

/**
 * Picks the Chromium to run: the env override (which must exist), then Debian's, then Playwright's own.
 * Throws one line saying how to get one.
 */
export function findChromium({ env, exists, bundled }: BrowserProbe): string {
  const override = env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || env.CHROMIUM_PATH;
  if (override) {
    if (!exists(override))
      throw new Error(`Chromium set by the environment does not exist: ${override}`);
    return override;
  }
  if (exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const own = bundled();
  if (own && exists(own)) return own;
  throw new Error(NO_CHROMIUM);
}

/** {@link findChromium} on this machine. */
export function findLocalChromium(bundled: () => string | undefined): string {
  const bundledOrNone = () => {
    try {
      return bundled();
    } catch {
      return undefined;
    }
  };
  return findChromium({ env: process.env, exists: existsSync, bundled: bundledOrNone });
}
