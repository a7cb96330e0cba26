import { expect, test } from './support/fixtures';
import {
  chooseMode,
  emptyClipboard,
  notice,
  openFreshPage,
  policyPart,
  prefixesOf,
  readClipboard,
  readPolicyActions,
  serviceBox,
  servicesPanel,
} from './support/policy-page';

test('a link with unknown values keeps EC2 and says what it ignored', async ({ page }) => {
  await page.goto('/#services=s3,lambda&edition=bogus&foo=1');
  const kept = ['Amazon EC2', 'Amazon S3', 'AWS Lambda'];
  for (const name of kept) await expect(serviceBox(page, name)).toBeChecked();
  const boxes = servicesPanel(page).getByRole('checkbox');
  const unticked = await boxes.evaluateAll((els) =>
    els.filter((el) => !(el as HTMLInputElement).checked).map((el) => el.id),
  );
  expect(unticked.length).toBe((await boxes.count()) - kept.length);
  await expect(serviceBox(page, 'Amazon EC2 Auto Scaling')).not.toBeChecked();

  const shown = notice(page, /./);
  await expect(shown).toBeVisible();
  await expect(shown).toContainText('(foo)');
  await expect(shown).toContainText('"bogus"');
  await expect(shown).toContainText('The link left out Amazon EC2; it stays in');
  await expect
    .poll(async () => [...prefixesOf(await readPolicyActions(page))].sort())
    .toEqual(['ec2', 'lambda', 's3']);
  // The edition was kept: the default's file name.
  await expect(
    policyPart(page).getByRole('button', { name: /^Download policy json as / }),
  ).toHaveAccessibleName(
    'Download policy json as cloudcraft-policy-minimal-2025-01-published.json',
  );
});

test('choices survive a reload and a visit without a link', async ({ page }) => {
  await page.goto('/');
  await serviceBox(page, 'Amazon S3').click();
  await serviceBox(page, 'AWS Lambda').click();
  await chooseMode(page, 'Exact actions');
  await expect(serviceBox(page, 'AWS Lambda')).not.toBeChecked();
  const before = await readPolicyActions(page);
  expect([...prefixesOf(before)]).not.toContain('lambda');
  const stored = await page.evaluate(() => Object.keys(localStorage));
  expect(stored.length).toBeGreaterThan(0);

  await page.reload();
  await expect(serviceBox(page, 'Amazon S3')).not.toBeChecked();
  await expect(serviceBox(page, 'AWS Lambda')).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Exact actions' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Opened without a fragment, only local storage can restore them.
  await page.goto('/');
  await expect(serviceBox(page, 'Amazon S3')).not.toBeChecked();
  await expect(serviceBox(page, 'AWS Lambda')).not.toBeChecked();
  await expect(serviceBox(page, 'Amazon SQS')).toBeChecked();
  expect(await readPolicyActions(page)).toEqual(before);
});

test('the External ID is in copied links only when the user opts in', async ({ page, browser }) => {
  test.slow(); // A reload and a second browser context.
  const externalId = 'cc-test-1234-abcd';
  await page.goto('/');
  await page.getByLabel('External ID', { exact: true }).fill(externalId);
  const copyLink = page.getByRole('button', { name: 'Copy link to these choices', exact: true });

  await emptyClipboard(page);
  await copyLink.click();
  await expect.poll(() => readClipboard(page)).not.toBe('');
  const without = new URL(await readClipboard(page));
  expect(new URLSearchParams(without.hash.slice(1)).has('externalId')).toBe(false);
  expect(without.toString()).not.toContain(externalId);
  // Nor is it in the address bar, but it stays on this device across a reload.
  expect(page.url()).not.toContain(externalId);
  await page.reload();
  await expect(page.getByLabel('External ID', { exact: true })).toHaveValue(externalId);
  expect(page.url()).not.toContain(externalId);

  const share = page.getByRole('switch', { name: 'Include the External ID in copied links' });
  await expect(share).not.toBeChecked();
  await share.check();
  await emptyClipboard(page);
  await copyLink.click();
  await expect.poll(() => readClipboard(page)).not.toBe('');
  const withId = new URL(await readClipboard(page));
  expect(new URLSearchParams(withId.hash.slice(1)).get('externalId')).toBe(externalId);

  const fresh = await openFreshPage(browser, withId.toString());
  try {
    await expect(fresh.page.getByLabel('External ID', { exact: true })).toHaveValue(externalId);
    fresh.assertQuiet();
  } finally {
    await fresh.context.close();
  }
});
