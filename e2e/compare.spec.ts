import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { chooseEdition, DEFAULT_EDITION, serviceBox, tabTo } from './support/policy-page';

const SHOTS = '/tmp/e2e-shots';

interface Catalog {
  editions: { id: string; services: Record<string, { grants: { actions: string[] }[] }> }[];
}
interface Baselines {
  baselines: { name: string; levels: Record<string, number>; dataReads: string[] }[];
  dataReads: Record<string, string>;
}
const catalog = JSON.parse(readFileSync('src/catalog/generated/catalog.json', 'utf8')) as Catalog;
const baselines = JSON.parse(
  readFileSync('src/catalog/generated/baselines.json', 'utf8'),
) as Baselines;

const format = (n: number) => n.toLocaleString('en-US');

/** What an edition grants with the given services, counted from the generated catalog. */
function ours(editionId: string, services?: string[]) {
  const edition = catalog.editions.find((e) => e.id === editionId)!;
  const granted = Object.entries(edition.services)
    .filter(([id]) => !services || services.includes(id))
    .flatMap(([, s]) => s.grants.flatMap((g) => g.actions));
  const actions = new Set(granted.map((a) => a.toLowerCase()));
  const reads = Object.keys(baselines.dataReads).filter((a) => actions.has(a.toLowerCase()));
  return { total: actions.size, dataReads: reads.length };
}

/** Each baseline's figures, from the generated file. */
function expectedBaselines() {
  return baselines.baselines.map((b) => {
    const total = Object.values(b.levels).reduce((n, c) => n + c, 0);
    const list = b.levels.List ?? 0;
    const read = b.levels.Read ?? 0;
    return { name: b.name, cells: [total, list, read, total - list - read, b.dataReads.length] };
  });
}

const section = (page: Page) =>
  page.getByRole('region', { name: 'Compared with AWS managed policies' });
const table = (page: Page) =>
  section(page).getByRole('table', { name: 'Actions and data reads, by policy' });
const rowOf = (page: Page, name: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });

async function openComparison(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Show the comparison' }).click();
  await expect(table(page)).toBeVisible();
}

async function cells(page: Page, name: string): Promise<string[]> {
  return rowOf(page, name).getByRole('cell').allTextContents();
}

test('the comparison and its data load only when it is opened', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto('/');
  await expect(serviceBox(page, 'Amazon EC2')).toBeChecked();
  const lazy = () => fetched.filter((url) => /ComparePanel|baselines/.test(url));
  expect(lazy()).toEqual([]);
  await openComparison(page);
  await expect.poll(() => lazy().length).toBe(2);
  expect(lazy()).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/\/assets\/ComparePanel-[\w-]+\.js$/),
      expect.stringMatching(/\/assets\/baselines-[\w-]+\.js$/),
    ]),
  );
});

test('for the default selection, shows our count and the three baselines’ counts', async ({
  page,
}) => {
  await page.goto('/');
  await openComparison(page);
  const mine = ours(DEFAULT_EDITION.id);
  const row = await cells(page, 'This policy');
  expect([row[0], row[3], row[4]]).toEqual([format(mine.total), '0', format(mine.dataReads)]);
  for (const b of expectedBaselines()) {
    expect(await cells(page, b.name), b.name).toEqual(b.cells.map(format));
  }
  await expect(
    section(page).getByText(`This policy grants ${format(mine.total)} actions, all of them`),
  ).toBeVisible();
});

test('the charts draw the table’s numbers', async ({ page }) => {
  await page.goto('/');
  await openComparison(page);
  const levels = section(page).getByRole('img', { name: /^Actions granted:/ });
  const reads = section(page).getByRole('img', { name: /^Reads of data or secrets:/ });
  for (const name of ['This policy', ...baselines.baselines.map((b) => b.name)]) {
    const [total, list, read, beyond, dataReads] = await cells(page, name);
    const id = name === 'This policy' ? 'ours' : name;
    const drawn = async (chart: typeof levels, series: string) => {
      const rect = chart.locator(`g[data-bar="${id}"] rect[data-series="${series}"]`);
      return (await rect.count()) === 0
        ? '0'
        : format(Number(await rect.getAttribute('data-value')));
    };
    expect([await drawn(levels, 'list'), await drawn(levels, 'read')]).toEqual([list, read]);
    expect(await drawn(levels, 'beyond')).toBe(beyond);
    expect(await drawn(reads, 'dataReads')).toBe(dataReads);
    await expect(levels.locator(`g[data-bar="${id}"] text`).last()).toHaveText(
      beyond === '0' ? total! : `${total} (${beyond} beyond List/Read)`,
    );
  }
});

test('follows the edition and the selection, and lists what ReadOnlyAccess adds', async ({
  page,
}) => {
  await page.goto('/');
  await openComparison(page);
  await chooseEdition(page, 'Cloudcraft custom 20230818');
  await expect(rowOf(page, 'This policy').getByRole('cell').first()).toHaveText(
    format(ours('custom-20230818').total),
  );
  await page.getByRole('button', { name: 'Clear' }).click();
  const ec2Only = ours('custom-20230818', ['ec2']);
  await expect(rowOf(page, 'This policy').getByRole('cell').first()).toHaveText(
    format(ec2Only.total),
  );
  const readOnly = baselines.baselines.find((b) => b.name === 'ReadOnlyAccess')!;
  const extra = readOnly.dataReads.length - ec2Only.dataReads;
  await section(page)
    .getByRole('button', {
      name: `Show the ${extra} data reads ReadOnlyAccess grants that this policy does not`,
    })
    .click();
  const list = section(page).getByRole('list', { name: /data reads ReadOnlyAccess grants/ });
  await expect(list.getByRole('listitem')).toHaveCount(extra);
  await expect(
    list.getByRole('listitem').filter({ has: page.getByText('s3:GetObject', { exact: true }) }),
  ).toContainText(baselines.dataReads['s3:GetObject']!);
});

test('is keyboard reachable and fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Show the comparison' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(table(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the comparison' })).toBeFocused();
  await tabTo(
    page,
    section(page).getByRole('region', { name: 'Actions and data reads, by policy' }),
    10,
  );
  const disclosure = section(page).getByRole('button', { name: /^Show the \d+ data reads/ });
  await tabTo(page, disclosure, 5);
  await page.keyboard.press('Enter');
  await expect(
    section(page).getByRole('list', { name: /data reads ReadOnlyAccess/ }),
  ).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal scroll of the page').toBeLessThanOrEqual(0);
  await section(page).screenshot({ path: `${SHOTS}/compare-360.png` });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations in the comparison, ${colorScheme} scheme`, async ({ page }) => {
    test.slow(); // Full axe runs on a large page.
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${colorScheme}\\b`));
    await openComparison(page);
    await section(page)
      .getByRole('button', { name: /^Show the \d+ data reads/ })
      .click();
    const violations = await axeViolations(page, 'section[aria-labelledby="compare-heading"]');
    await section(page).screenshot({ path: `${SHOTS}/compare-${colorScheme}.png` });
    expect(violations).toEqual([]);
  });
}
