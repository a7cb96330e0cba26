import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { serviceBox, serviceCount } from './support/policy-page';

const TITLE = 'Cloudcraft IAM policy configurator';

/** Holds the page's main script until `release` is called: what the page shows before JS runs. */
async function holdMainScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Console errors and warnings, hydration's included. */
function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return messages;
}

const hydrated = (page: Page) =>
  page.waitForFunction(() => {
    const root = document.getElementById('root');
    return !!root && Object.keys(root).some((key) => key.startsWith('__reactContainer$'));
  });

test('the served index.html already holds the first screen and its styles', async ({ request }) => {
  const html = await (await request.get('/')).text();
  // Booleans, not the 170 kB document, in a failure message.
  const has = (what: string | RegExp) =>
    expect(typeof what === 'string' ? html.includes(what) : what.test(html), String(what)).toBe(
      true,
    );
  has(
    /<h1 class="MuiTypography-root MuiTypography-h5[^"]*">Cloudcraft IAM policy configurator<\/h1>/,
  );
  // One checkbox per service of the default edition (28 in minimal 2025-01).
  expect(html.match(/<input[^>]*type="checkbox"/g)?.length).toBe(28);
  has('>Amazon S3</label>');
  has('2012-10-17');
  has(/<style data-emotion="css [\w ]+">/);
  // The lazy templates panel is not in the first screen: its loading line is.
  has(/Loading (<!-- -->)?the templates(<!-- -->)?…/);
});

test('without JavaScript the page shows its first screen, styled', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(serviceBox(page, 'Amazon S3')).toBeChecked();
    await expect(serviceCount(page)).toHaveText(/^(\d+) of \1 services$/);
    await expect(page.getByRole('region', { name: 'Policy JSON, text' })).toContainText('ec2:');
    await expect(page.getByText('Loading the templates…')).toBeVisible();
    // Styled by the inlined critical CSS: the app bar has MUI's colours, not the browser's.
    const bar = page.getByRole('banner');
    expect(await bar.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(25, 118, 210)',
    );
    await page.screenshot({ path: '/tmp/prerender-shots/no-js.png', fullPage: false });
  } finally {
    await context.close();
  }
});

test('the browser hydrates the prerendered markup, keeps its nodes and logs nothing', async ({
  page,
}) => {
  const messages = watchConsole(page);
  const release = await holdMainScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1, name: TITLE });
  await expect(heading).toBeVisible();
  await heading.evaluate((el) => ((el as unknown as { prerendered: boolean }).prerendered = true));
  release();
  await hydrated(page);
  const count = await serviceCount(page).textContent();
  await serviceBox(page, 'Amazon S3').click();
  await expect(serviceBox(page, 'Amazon S3')).not.toBeChecked();
  await expect(serviceCount(page)).not.toHaveText(count ?? '');
  // Hydration adopted the prerendered heading instead of rendering a new one.
  expect(
    await heading.evaluate((el) => (el as unknown as { prerendered?: boolean }).prerendered),
  ).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  expect(messages).toEqual([]);
});

test('a link with other choices replaces the prerendered defaults, quietly', async ({ page }) => {
  const messages = watchConsole(page);
  await page.goto('/#edition=custom-20230818&mode=exact&services=ec2,s3');
  await expect(page.getByRole('combobox', { name: /^Edition/ })).toHaveText(
    'Cloudcraft custom 20230818',
  );
  await expect(serviceCount(page)).toHaveText(/^2 of \d+ services$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: 'Amazon S3', exact: true })).toHaveCount(1);
  expect(messages).toEqual([]);
});

for (const [system, stored, expected] of [
  ['dark', null, 'dark'],
  ['light', null, 'light'],
  ['dark', 'light', 'light'],
  ['light', 'dark', 'dark'],
] as const) {
  test(`before its script runs, the page is ${expected} (system ${system}, chosen ${stored ?? 'none'})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: system });
    if (stored) {
      await page.goto('/');
      await page.evaluate((mode) => localStorage.setItem('mui-mode', mode), stored);
    }
    const release = await holdMainScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${expected}\\b`));
    const background = await page
      .locator('body')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe(expected === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
    release();
    await hydrated(page);
    await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${expected}\\b`));
  });
}
