import type { Page } from '@playwright/test';
import { pageNow, readRecord, settle, type PageRecord } from './browser';

/** Event Timing reports nothing under 16 ms: an interaction without an entry was at most this fast. */
export const EVENT_TIMING_THRESHOLD = 16;

/** One interaction's latency: from input to the next paint, and whether it was under the threshold. */
export interface Latency {
  ms: number;
  belowThreshold: boolean;
}

/**
 * The latency of the interaction entries that started at or after `since`: the longest entry of the
 * slowest interaction (what INP counts), or the threshold when none reached it.
 */
export function interactionLatency(events: PageRecord['events'], since: number): Latency {
  const durations = events
    .filter((e) => e.start >= since && e.interactionId > 0)
    .map((e) => e.duration);
  return durations.length > 0
    ? { ms: Math.max(...durations), belowThreshold: false }
    : { ms: EVENT_TIMING_THRESHOLD, belowThreshold: true };
}

/** Runs `act` (one click), lets the page settle, and returns the interaction's click-to-paint time. */
export async function timeInteraction(page: Page, act: () => Promise<void>): Promise<Latency> {
  const since = await pageNow(page);
  await act();
  await settle(page);
  let latency = interactionLatency((await readRecord(page)).events, since);
  if (latency.belowThreshold) {
    // Entries are delivered after the paint, as a task: give a late one a moment.
    await page.waitForTimeout(100);
    latency = interactionLatency((await readRecord(page)).events, since);
  }
  return latency;
}
