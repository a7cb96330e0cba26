import { expect, test } from './support/fixtures';
import {
  downloadBy,
  downloadedBytes,
  emptyClipboard,
  policyPart,
  readClipboard,
  readPolicyText,
} from './support/policy-page';

test('the page, its lazy tree view, copy and download request only the page’s origin', async ({
  page,
  context,
}) => {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  const text = await readPolicyText(page);

  await page.getByRole('button', { name: 'Tree', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Policy JSON, tree view' })).toBeVisible();
  // The tree view is a chunk of its own, fetched on demand: it was loaded under watch.
  expect(requested.some((url) => /\/assets\/PolicyTree-[\w-]+\.js$/.test(url))).toBe(true);

  await emptyClipboard(page);
  await policyPart(page).getByRole('button', { name: 'Copy policy json' }).click();
  await expect.poll(() => readClipboard(page)).toBe(text);
  const download = await downloadBy(
    page,
    policyPart(page).getByRole('button', { name: /^Download policy json as / }),
  );
  expect((await downloadedBytes(download)).toString('utf8')).toBe(text);

  // blob: URLs carry their creator's origin; data: URLs (none expected) would show up as "null".
  const origins = new Set(requested.map((url) => new URL(url).origin));
  expect([...origins]).toEqual([origin]);
});

test('the page is served and built with a Content-Security-Policy allowing only its own scripts', async ({
  page,
}) => {
  const response = await page.goto('/');
  expect(response?.ok()).toBe(true);
  const header = (await response?.headerValue('content-security-policy')) ?? '';
  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
  expect(directives(header).get('script-src')).toEqual(["'self'"]);
  expect(directives(header).get('connect-src')).toEqual(["'self'"]);

  // The meta (read from the parsed page) holds the same policy, and comes before every script
  // and stylesheet, or it would not apply to them.
  const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  expect(await meta.getAttribute('content')).toBe(header);
  expect(await page.evaluate(() => document.head.firstElementChild?.outerHTML)).toMatch(
    /^<meta http-equiv="Content-Security-Policy"/,
  );
  const html = (await response?.text()) ?? '';
  // The built page has no inline script the CSP would block.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
});
