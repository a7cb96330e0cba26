import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import {
  readClipboard,
  emptyClipboard,
  notice,
  policyPart,
  serviceBox,
  servicesPanel,
  tabTo,
} from './support/policy-page';

const SHOTS = '/tmp/e2e-shots';
async function expandLambdaActions(page: Page) {
  await page.getByRole('button', { name: /^Show the \d+ actions of AWS Lambda$/ }).click();
  await expect(page.getByRole('list', { name: 'Actions of AWS Lambda' })).toBeVisible();
}

async function showTree(page: Page) {
  await page.getByRole('button', { name: 'Tree', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Policy JSON, tree view' })).toBeVisible();
  await expect(page.getByText('Loading the tree view…')).toHaveCount(0);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.beforeEach(async ({ page }) => {
      test.slow(); // Full axe runs on a large page.
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${colorScheme}\\b`));
      // The panels below the first screen load after it, the templates when scrolled to: scan them too.
      await page.getByRole('region', { name: 'Or create it as code' }).scrollIntoViewIfNeeded();
      await expect(page.getByText(/^Loading the /)).toHaveCount(0, { timeout: 20_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
    });

    test('no axe violations on load, with actions expanded and a notice shown', async ({
      page,
    }) => {
      expect.soft(await axeViolations(page), 'on load').toEqual([]);
      await expandLambdaActions(page);
      // A refused removal shows the notice, which must pass too.
      await serviceBox(page, 'Amazon EC2').click();
      await expect(notice(page, 'Cloudcraft needs EC2')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/${colorScheme}.png`, fullPage: true });
      expect(await axeViolations(page), 'actions expanded, notice shown').toEqual([]);
    });

    test('no axe violations in the tree view', async ({ page }) => {
      await expandLambdaActions(page);
      await showTree(page);
      await page.screenshot({ path: `${SHOTS}/${colorScheme}-tree.png`, fullPage: true });
      expect(await axeViolations(page), 'tree view').toEqual([]);
    });
  });
}

test('at 360 px wide nothing scrolls sideways and the key controls are visible', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await scrollWidth()).toBeLessThanOrEqual(360);

  const controls = [
    page.getByRole('heading', { level: 1, name: 'Cloudcraft IAM policy configurator' }),
    page.getByRole('button', { name: 'Copy link to these choices' }),
    page.getByRole('button', { name: /^Colour scheme/ }),
    page.getByRole('combobox', { name: /^Edition/ }),
    page.getByRole('button', { name: 'Exact actions' }),
    page.getByRole('searchbox', { name: 'Search services' }),
    page.getByRole('button', { name: 'Select all' }),
    page.getByRole('button', { name: 'Clear', exact: true }),
    serviceBox(page, 'Amazon EC2'),
    policyPart(page).getByRole('button', { name: 'Copy policy json' }),
    policyPart(page).getByRole('button', { name: /^Download policy json/ }),
    page.getByRole('region', { name: 'Policy JSON, text' }),
  ];
  for (const control of controls) {
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport();
    const box = await control.boundingBox();
    expect(box, control.toString()).not.toBeNull();
    expect(box!.x, control.toString()).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, control.toString()).toBeLessThanOrEqual(360);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/360.png`, fullPage: true });

  await expandLambdaActions(page);
  expect(await scrollWidth(), 'with actions expanded').toBeLessThanOrEqual(360);
  // The split policy has the most buttons and the longest names.
  await page.getByRole('combobox', { name: /^Edition/ }).click();
  await page.getByRole('option', { name: 'Cloudcraft custom 20230818' }).click();
  await page.getByRole('button', { name: 'Exact actions' }).click();
  await expect(page.getByRole('heading', { name: /^Policy part 1 of/ })).toBeVisible();
  expect(await scrollWidth(), 'split policy').toBeLessThanOrEqual(360);
  await page.screenshot({ path: `${SHOTS}/360-split.png`, fullPage: true });
  await page.getByRole('button', { name: 'Tree', exact: true }).click();
  await expect(
    page.getByRole('region', { name: /^Policy part 1 of \d+, tree view$/ }),
  ).toBeVisible();
  expect(await scrollWidth(), 'tree view').toBeLessThanOrEqual(360);
});

test('keyboard only: Tab reaches search, checkboxes and Copy; Space toggles', async ({ page }) => {
  test.slow(); // Many key presses.
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search services' });
  await tabTo(page, search);
  await page.keyboard.type('lambda');
  const lambda = serviceBox(page, 'AWS Lambda');
  await expect(servicesPanel(page).getByRole('checkbox')).toHaveCount(1);
  await tabTo(page, lambda);
  await expect(lambda).toBeChecked();
  await page.keyboard.press('Space');
  await expect(lambda).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(lambda).toBeChecked();
  await page.keyboard.press('Space');
  await expect(lambda).not.toBeChecked();

  await emptyClipboard(page);
  await tabTo(page, policyPart(page).getByRole('button', { name: 'Copy policy json' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => readClipboard(page)).toContain('"Version"');
  const copied = JSON.parse(await readClipboard(page)) as { Statement: { Action: string[] }[] };
  expect(copied.Statement.flatMap((s) => s.Action).some((a) => a.startsWith('lambda:'))).toBe(
    false,
  );
});

test('keyboard only: every service checkbox is reachable, in page order', async ({ page }) => {
  test.slow(); // About 60 key presses.
  await page.goto('/');
  const ids = await servicesPanel(page)
    .getByRole('checkbox')
    .evaluateAll((els) => els.map((el) => el.id));
  expect(ids.length).toBeGreaterThan(20);
  await tabTo(page, page.getByRole('searchbox', { name: 'Search services' }));
  const focused: string[] = [];
  // Select all, Clear, then each service's checkbox and its "Show actions" button.
  for (let i = 0; i < ids.length * 2 + 2; i++) {
    await page.keyboard.press('Tab');
    focused.push(await page.evaluate(() => document.activeElement?.id ?? ''));
  }
  expect(focused.filter((id) => ids.includes(id))).toEqual(ids);
});
