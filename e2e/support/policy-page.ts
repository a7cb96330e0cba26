import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Locator, Page } from '@playwright/test';
import { expect, isOwnRequest } from './fixtures';

/** An IAM policy document as the page renders it. */
export interface PolicyDocument {
  Version: string;
  Statement: { Effect: string; Action: string | string[]; Resource: string | string[] }[];
}

/** The edition a new visitor starts with, and its label in the edition select. */
export const DEFAULT_EDITION = { id: 'minimal-2025-01', label: 'Cloudcraft minimal 2025-01' };

/** IAM's limit for one managed policy, in characters without white space. */
export const MANAGED_POLICY_LIMIT = 6144;

/** Parses policy JSON, failing the test with the text when it does not parse. */
export function parsePolicy(text: string): PolicyDocument {
  try {
    return JSON.parse(text) as PolicyDocument;
  } catch (error) {
    throw new Error(`not JSON (${String(error)}): ${text.slice(0, 200)}`);
  }
}

/** Every action a policy document allows, in document order. */
export function actionsOf(document: PolicyDocument): string[] {
  expect(document.Version).toBe('2012-10-17');
  return document.Statement.flatMap((s) => {
    expect(s.Effect).toBe('Allow');
    return typeof s.Action === 'string' ? [s.Action] : s.Action;
  });
}

/** The service prefixes (`ec2`, `s3`, ...) of the actions, lower-cased and de-duplicated. */
export function prefixesOf(actions: readonly string[]): Set<string> {
  return new Set(actions.map((a) => a.split(':')[0]!.toLowerCase()));
}

/** A policy's size as IAM counts it: its characters without white space. */
export function iamSize(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** A smoke golden policy of `src/core/__golden__`, e.g. `smoke/custom-20230818.exact`. */
export function readGolden<T = PolicyDocument>(name: string): T {
  return JSON.parse(readFileSync(`src/core/__golden__/${name}.json`, 'utf8')) as T;
}

/** One policy part ("Policy JSON", "Policy part 2 of 5"): its heading, buttons, size and text. */
export function policyPart(page: Page, title = 'Policy JSON'): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** The text region of one policy part ("Policy JSON", "Policy part 2 of 5"). */
export function policyRegion(page: Page, title = 'Policy JSON'): Locator {
  return page.getByRole('region', { name: `${title}, text`, exact: true });
}

/** The policy text exactly as shown (`textContent`, so no layout-dependent white space). */
export async function readPolicyText(page: Page, title = 'Policy JSON'): Promise<string> {
  const region = policyRegion(page, title);
  await expect(region).toBeVisible();
  return (await region.textContent()) ?? '';
}

/** The actions of the policy shown. */
export async function readPolicyActions(page: Page, title = 'Policy JSON'): Promise<string[]> {
  return actionsOf(parsePolicy(await readPolicyText(page, title)));
}

/** What the page put on the clipboard. */
export function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Empties the clipboard, so that a later read proves a copy happened. */
export function emptyClipboard(page: Page): Promise<void> {
  return page.evaluate(() => navigator.clipboard.writeText(''));
}

/** A service's checkbox, by its exact name ("Amazon EC2" is not "Amazon EC2 Auto Scaling"). */
export function serviceBox(page: Page, name: string): Locator {
  return page.getByRole('checkbox', { name, exact: true });
}

/** The services panel: its checkboxes are the services. */
export function servicesPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Services', exact: true });
}

/** The count line, "3 of 28 services". */
export function serviceCount(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^\d+ of \d+ services/ });
}

/** The page-wide notice (refused removals, ignored link values). */
export function notice(page: Page, text: string | RegExp): Locator {
  return page
    .getByRole('status')
    .filter({ has: page.getByRole('button', { name: 'Close' }) })
    .filter({ hasText: text });
}

/** Picks an edition in the edition select. */
export async function chooseEdition(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: /^Edition/ }).click();
  await page.getByRole('option', { name: label, exact: true }).click();
  await expect(page.getByRole('combobox', { name: /^Edition/ })).toHaveText(label);
}

/** Picks "As published" or "Exact actions". */
export async function chooseMode(page: Page, name: 'As published' | 'Exact actions') {
  const button = page.getByRole('button', { name, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Clicks `trigger` and returns the download it starts. */
export async function downloadBy(page: Page, trigger: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return download;
}

/** The bytes of a finished download. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** Clicks `trigger` and returns the file it downloads: its suggested name and its text. */
export async function downloadText(page: Page, trigger: Locator) {
  const download = await downloadBy(page, trigger);
  return {
    name: download.suggestedFilename(),
    text: (await downloadedBytes(download)).toString('utf8'),
  };
}

/**
 * Records the MIME type of every Blob the page turns into an object URL (blob downloads cannot be
 * intercepted); read them with `blobTypes`. Call before `page.goto`.
 */
export async function recordBlobTypes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record: string[] = [];
    (window as unknown as { __blobTypes: string[] }).__blobTypes = record;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) record.push(object.type);
      return original(object);
    };
  });
}

/** The MIME types recorded by `recordBlobTypes`. */
export function blobTypes(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __blobTypes: string[] }).__blobTypes);
}

/** Presses Tab until `target` has focus; fails after `max` presses. Returns the presses needed. */
export async function tabTo(page: Page, target: Locator, max = 150): Promise<number> {
  // Resolved once: a role query over the whole page on every press is slow.
  const element = await target.elementHandle();
  if (!element) throw new Error(`${target.toString()} is not on the page`);
  try {
    for (let presses = 1; presses <= max; presses++) {
      await page.keyboard.press('Tab');
      if (await element.evaluate((el) => el === document.activeElement)) return presses;
    }
  } finally {
    await element.dispose();
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`);
}

/** A page in a new browser context (nothing saved), watched like the fixture's page. */
export async function openFreshPage(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page; assertQuiet: () => void }> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => {
    if (!isOwnRequest(r.url(), origin)) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return {
    context,
    page,
    assertQuiet: () => {
      expect(foreign, 'requests to other origins (fresh context)').toEqual([]);
      expect(errors, 'console errors (fresh context)').toEqual([]);
    },
  };
}
