import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect } from './support/fixtures';
import { chooseMode, serviceBox, tabTo } from './support/policy-page';
import { PREFIX, prefixTest } from './support/prefix-test';

const TEMPLATE_BASE = 'https://ops-templates.s3.eu-west-1.amazonaws.com/cloudcraft/v1/';
const EXTERNAL_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** This spec's own build, with the Launch Stack link turned on (built once per worker, removed after). */
const test = prefixTest(async () => {
  const root = await mkdtemp(join(tmpdir(), 'launch-stack-build-'));
  const dispose = () => rm(root, { recursive: true, force: true });
  try {
    await promisify(execFile)(
      'npx',
      ['vite', 'build', '--outDir', root, '--emptyOutDir', '--logLevel', 'error'],
      { env: { ...process.env, VITE_TEMPLATE_BASE_URL: TEMPLATE_BASE } },
    );
  } catch (error) {
    await dispose();
    throw error;
  }
  return { root, dispose };
});
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const launchLink = (page: Page) => page.getByRole('link', { name: 'Launch Stack', exact: true });

/** Opens the page and scrolls to the templates, which load when they come near the viewport. */
async function openTemplates(page: Page): Promise<void> {
  await page.goto(PREFIX);
  await page.getByRole('region', { name: 'Or create it as code' }).scrollIntoViewIfNeeded();
}

/** The Launch Stack link's address and the console query in its fragment. */
async function readLink(page: Page): Promise<{ url: URL; query: URLSearchParams }> {
  const url = new URL((await launchLink(page).getAttribute('href')) ?? '');
  return { url, query: new URLSearchParams(url.hash.slice(url.hash.indexOf('?') + 1)) };
}

test('the Launch Stack link opens the quick-create page with the page’s choices, following every change', async ({
  page,
}) => {
  await openTemplates(page);
  await expect(launchLink(page)).toBeVisible();
  await expect(launchLink(page)).toHaveAttribute('target', '_blank');
  await expect(launchLink(page)).toHaveAttribute('rel', 'noopener noreferrer');
  let { url, query } = await readLink(page);
  expect(`${url.origin}${url.pathname}`).toBe('https://console.aws.amazon.com/cloudformation/home');
  expect(url.searchParams.get('region')).toBe('us-east-1');
  expect(url.hash.startsWith('#/stacks/create/review?')).toBe(true);
  expect(query.get('templateURL')).toBe(
    `${TEMPLATE_BASE}cloudcraft-role-minimal-2025-01-published.yaml`,
  );
  expect(query.get('stackName')).toBe('cloudcraft-role');
  expect(query.get('param_RoleName')).toBe('cloudcraft');
  expect(query.get('param_CloudcraftAccountId')).toBe('968898580625');
  expect(query.get('param_IncludeS3')).toBe('true');
  expect(query.has('param_IncludeEC2')).toBe(false);
  // Not typed yet: the console asks for it.
  expect(query.has('param_ExternalId')).toBe(false);

  await serviceBox(page, 'Amazon S3').uncheck();
  await expect.poll(async () => (await readLink(page)).query.get('param_IncludeS3')).toBe('false');
  await serviceBox(page, 'AWS Lambda').uncheck();
  await serviceBox(page, 'Amazon S3').check();
  await expect
    .poll(async () => (await readLink(page)).query.get('param_IncludeLambda'))
    .toBe('false');
  expect((await readLink(page)).query.get('param_IncludeS3')).toBe('true');

  await page.getByRole('textbox', { name: 'External ID' }).fill(EXTERNAL_ID);
  await page.getByRole('textbox', { name: 'Role name' }).fill('cloudcraft-ro');
  await chooseMode(page, 'Exact actions');
  await expect
    .poll(async () => (await readLink(page)).query.get('param_ExternalId'))
    .toBe(EXTERNAL_ID);
  ({ url, query } = await readLink(page));
  expect(query.get('param_RoleName')).toBe('cloudcraft-ro');
  expect(query.get('stackName')).toBe('cloudcraft-role-cloudcraft-ro');
  expect(query.get('templateURL')).toBe(
    `${TEMPLATE_BASE}cloudcraft-role-minimal-2025-01-exact.yaml`,
  );
  // npm run build wrote that file, for the operator to publish under the base URL.
  const fileName = query.get('templateURL')!.slice(TEMPLATE_BASE.length);
  expect(existsSync(join('dist', 'templates', fileName)), `dist/templates/${fileName}`).toBe(true);

  await page.getByRole('combobox', { name: 'Stack region' }).click();
  await page.getByRole('option', { name: /^eu-central-1 / }).click();
  await expect
    .poll(async () => (await readLink(page)).url.searchParams.get('region'))
    .toBe('eu-central-1');
  await expect(launchLink(page)).toHaveAccessibleDescription(/new tab.*IAM is global/);
});

test('an invalid External ID is never put in the link', async ({ page }) => {
  await openTemplates(page);
  await page.getByRole('textbox', { name: 'External ID' }).fill('has spaces');
  await expect(page.getByText(/cannot contain spaces/)).toBeVisible();
  expect((await readLink(page)).query.has('param_ExternalId')).toBe(false);
});

test('the region and the link work from the keyboard', async ({ page }) => {
  await openTemplates(page);
  const region = page.getByRole('combobox', { name: 'Stack region' });
  await region.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(region).toHaveText(/^us-east-2 /);
  await expect
    .poll(async () => (await readLink(page)).url.searchParams.get('region'))
    .toBe('us-east-2');
  // The link is the next stop after the region.
  expect(await tabTo(page, launchLink(page), 1)).toBe(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Launch Stack controls have no axe violations and fit 360 px (${colorScheme})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme });
    await openTemplates(page);
    await launchLink(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/e2e-shots/launch-stack-${colorScheme}.png` });
    expect(await axeViolations(page, 'section[aria-labelledby="code-heading"]')).toEqual([]);
    const box = await launchLink(page).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });
}
