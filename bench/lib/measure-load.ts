import type { Browser } from '@playwright/test';
import { openPage, readRecord, settle } from './browser';
import type { StaticServer } from './static-server';
import type { Target } from './targets';

/** Issue 12's slow profile: 4× CPU slowdown, 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency. */
export const THROTTLE = { cpuRate: 4, downKbps: 1600, upKbps: 750, latencyMs: 150 };

/** One first visit's paint times under the throttled profile, in milliseconds from navigation. */
export interface LoadRun {
  lcp: number;
  fcp: number;
  lcpElement: string;
}

/** Resolves when the server has answered nothing new for `quietMs`. */
async function networkQuiet(server: StaticServer, quietMs = 1000, maxMs = 60_000): Promise<void> {
  const start = Date.now();
  let count = -1;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    if (server.log.length !== count) [count, since] = [server.log.length, Date.now()];
    else if (Date.now() - since >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A first visit under the throttled profile: its Largest and First Contentful Paint. */
export async function lcpRun(browser: Browser, target: Target, server: StaticServer) {
  const { context, page } = await openPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latencyMs,
      downloadThroughput: (THROTTLE.downKbps * 1000) / 8,
      uploadThroughput: (THROTTLE.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuRate });
    server.clearLog();
    await page.goto(target.firstVisitUrl, { waitUntil: 'load', timeout: 120_000 });
    await target.ready(page);
    await networkQuiet(server);
    await settle(page);
    const record = await readRecord(page);
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    const last = record.lcp.at(-1);
    if (!last) throw new Error(`${target.name}: no largest-contentful-paint entry`);
    return { lcp: last.start, fcp, lcpElement: last.element } satisfies LoadRun;
  } finally {
    await context.close();
  }
}

/** The bytes the server sent for a first visit, unthrottled, until the page is ready and quiet. */
export async function fetchedBytes(browser: Browser, target: Target, server: StaticServer) {
  const { context, page } = await openPage(browser);
  try {
    server.clearLog();
    await page.goto(target.firstVisitUrl, { waitUntil: 'load' });
    await target.ready(page);
    await networkQuiet(server);
    const files = server.log.map(({ path, bytes }) => ({ path, bytes }));
    return { total: files.reduce((sum, f) => sum + f.bytes, 0), files };
  } finally {
    await context.close();
  }
}
