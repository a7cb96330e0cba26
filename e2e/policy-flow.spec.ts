import { expect, test } from './support/fixtures';
import {
  actionsOf,
  blobTypes,
  DEFAULT_EDITION,
  downloadBy,
  downloadedBytes,
  emptyClipboard,
  notice,
  openFreshPage,
  parsePolicy,
  policyPart,
  prefixesOf,
  readClipboard,
  readPolicyActions,
  readPolicyText,
  recordBlobTypes,
  serviceBox,
} from './support/policy-page';

const EC2_REASON = 'Cloudcraft needs EC2 to scan the account';

test('untick a service, copy, download, keep EC2 and share the link', async ({ page, browser }) => {
  test.slow(); // The whole path, and a second browser context.
  await recordBlobTypes(page);
  await page.goto('/');

  // Untick S3: its actions leave the policy.
  const s3 = serviceBox(page, 'Amazon S3');
  await expect(s3).toBeChecked();
  expect(prefixesOf(await readPolicyActions(page))).toContain('s3');
  await s3.click();
  await expect(s3).not.toBeChecked();
  await expect.poll(async () => [...prefixesOf(await readPolicyActions(page))]).not.toContain('s3');
  const policyText = await readPolicyText(page);
  expect(prefixesOf(actionsOf(parsePolicy(policyText)))).toContain('ec2');

  // Copy: the clipboard holds the same policy.
  await emptyClipboard(page);
  await policyPart(page).getByRole('button', { name: 'Copy policy json', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied policy json' })).toBeAttached();
  const copied = await readClipboard(page);
  expect(copied).toBe(policyText);
  expect(prefixesOf(actionsOf(parsePolicy(copied)))).not.toContain('s3');

  // Download: a JSON blob named after edition and mode, byte for byte the copied text.
  const download = await downloadBy(
    page,
    policyPart(page).getByRole('button', { name: /^Download policy json as / }),
  );
  expect(download.suggestedFilename()).toBe(
    `cloudcraft-policy-${DEFAULT_EDITION.id}-published.json`,
  );
  const bytes = await downloadedBytes(download);
  expect(bytes.equals(Buffer.from(copied, 'utf8'))).toBe(true);
  expect(await blobTypes(page)).toEqual(['application/json']);

  // EC2 cannot be unticked, by pointer or keyboard, and the page says why.
  const ec2 = serviceBox(page, 'Amazon EC2');
  const refusal = notice(page, EC2_REASON);
  await expect(refusal).toHaveCount(0);
  await ec2.click();
  await expect(ec2).toBeChecked();
  await expect(refusal).toBeVisible();
  await refusal.getByRole('button', { name: 'Close' }).click();
  await expect(refusal).toHaveCount(0);
  await ec2.focus();
  await page.keyboard.press('Space');
  await expect(ec2).toBeChecked();
  await expect(refusal).toBeVisible();
  expect(await readPolicyText(page)).toBe(policyText);

  // Copy link: a new browser (no saved state) opening it gets the same policy.
  await page.getByRole('button', { name: 'Copy link to these choices', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied link' })).toBeAttached();
  const link = await readClipboard(page);
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);
  expect(new URL(link).hash).toMatch(/^#.+/);
  const fresh = await openFreshPage(browser, link);
  try {
    await expect(serviceBox(fresh.page, 'Amazon S3')).not.toBeChecked();
    expect(await readPolicyText(fresh.page)).toBe(policyText);
    fresh.assertQuiet();
  } finally {
    await fresh.context.close();
  }
});
