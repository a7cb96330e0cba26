import type { Browser, Page } from '@playwright/test';
import { openPage, settle } from './browser';
import { timeInteraction, type Latency } from './interaction';
import type { Target } from './targets';

/** Opens the target's heaviest configuration in a fresh context and runs `work` on it. */
export async function withReadyPage<T>(
  browser: Browser,
  target: Target,
  work: (page: Page) => Promise<T>,
  permissions: string[] = [],
): Promise<T> {
  const { context, page } = await openPage(browser, permissions);
  try {
    await page.goto(target.heavyUrl, { waitUntil: 'load' });
    await target.ready(page);
    await settle(page);
    return await work(page);
  } finally {
    await context.close();
  }
}

/** Ticks "Amazon S3" off and on `ticks` times (after `warmup` untimed ones): click-to-paint of each. */
export function tickRound(
  browser: Browser,
  target: Target,
  ticks: number,
  warmup = 2,
): Promise<Latency[]> {
  return withReadyPage(browser, target, async (page) => {
    const box = target.tickBox(page);
    const latencies: Latency[] = [];
    for (let i = 0; i < warmup + ticks; i++) {
      const latency = await timeInteraction(page, () => box.click());
      if (i >= warmup) latencies.push(latency);
    }
    return latencies;
  });
}

/** "Clear", then the timed "Select all", `times` times. */
export function selectAllRound(browser: Browser, target: Target, times: number) {
  return withReadyPage(browser, target, async (page) => {
    const latencies: Latency[] = [];
    for (let i = 0; i < times; i++) {
      await target.clear(page).click();
      await settle(page);
      latencies.push(await timeInteraction(page, () => target.selectAll(page).click()));
    }
    return latencies;
  });
}

/** Opens the edition select and times the click on the other edition, `times` times. */
export function switchRound(browser: Browser, target: Target, times: number) {
  return withReadyPage(browser, target, async (page) => {
    const latencies: Latency[] = [];
    for (let i = 0; i < times; i++) {
      const option = await target.openSwitch(page, i);
      await settle(page);
      latencies.push(await timeInteraction(page, () => option.click()));
      await option.waitFor({ state: 'detached' });
    }
    return latencies;
  });
}
