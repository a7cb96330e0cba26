import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, findLocalChromium } from '../../e2e/support/browser';

/** What the in-page observers (see `OBSERVERS`) collected. */
export interface PageRecord {
  events: { name: string; start: number; duration: number; interactionId: number }[];
  lcp: { start: number; size: number; element: string }[];
}

/**
 * Installed before the page's own scripts: Event Timing entries (16 ms is the smallest threshold
 * browsers allow) and Largest Contentful Paint candidates, kept on `window.__bench`.
 */
function installObservers(): void {
  const record: PageRecord = { events: [], lcp: [] };
  (window as unknown as { __bench: PageRecord }).__bench = record;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      record.events.push({
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        interactionId: e.interactionId,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { size: number; element?: Element })[])
      record.lcp.push({
        start: e.startTime,
        size: e.size,
        element: e.element ? `${e.element.tagName.toLowerCase()}.${e.element.className}` : '',
      });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** Debian's Chromium (or the one `e2e/support/browser.ts` finds), with the e2e suite's flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findLocalChromium(() => chromium.executablePath()),
    args: chromiumArgs,
  });
}

/** A fresh context (empty cache and storage) and page with the observers installed. */
export async function openPage(
  browser: Browser,
  permissions: string[] = [],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions });
  context.setDefaultTimeout(60_000);
  await context.addInitScript(installObservers);
  return { context, page: await context.newPage() };
}

/** What the observers collected so far. */
export function readRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);
}

/** Waits until the page has painted twice and then been idle: renders, effects and deferred work done. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            requestIdleCallback(() => setTimeout(resolve, 30), { timeout: 3000 }),
          ),
        );
      }),
  );
}

/** A page clock reading, to tell which entries an action caused. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
