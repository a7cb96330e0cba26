import { expect } from './support/fixtures';
import {
  emptyClipboard,
  prefixesOf,
  readClipboard,
  readPolicyActions,
  readPolicyText,
  serviceBox,
} from './support/policy-page';
import { PREFIX, prefixTest, recordFailedRequests } from './support/prefix-test';

const test = prefixTest();

test('dist/ served under a nested path works with no failed request, and links keep the path', async ({
  page,
  context,
  prefixServer,
}) => {
  test.slow(); // Lazy panels, the audit worker and a second page.
  const failed = recordFailedRequests(context);
  const requested: string[] = [];
  context.on('request', (r) => requested.push(new URL(r.url()).pathname));
  // Without the trailing slash, as people type it: the host redirects to the folder.
  await page.goto(PREFIX.replace(/\/$/, ''));
  expect(new URL(page.url()).pathname).toBe(PREFIX);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Cloudcraft IAM policy configurator',
  );

  // The favicon is next to the page, not at the site root.
  const icon = await page.locator('link[rel="icon"]').evaluate((l) => (l as HTMLLinkElement).href);
  expect(icon).toBe(`${prefixServer.url}favicon.svg`);
  expect((await page.request.get(icon)).status()).toBe(200);

  await serviceBox(page, 'Amazon S3').uncheck();
  await expect.poll(async () => prefixesOf(await readPolicyActions(page)).has('s3')).toBe(false);

  const policy = await readPolicyText(page);
  // Lazy chunks: the tree view, the deliverables and the audit (its worker and action index).
  await page.getByRole('button', { name: 'Tree', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Policy JSON, tree view' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'CloudFormation' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the policy audit' }).click();
  const area = page.getByRole('textbox', { name: 'Policy to audit' });
  await area.fill(policy);
  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Audit results' })).toBeVisible();

  await emptyClipboard(page);
  await page.getByRole('button', { name: 'Copy link to these choices', exact: true }).click();
  await expect.poll(() => readClipboard(page)).not.toBe('');
  const link = new URL(await readClipboard(page));
  expect(`${link.origin}${link.pathname}`).toBe(prefixServer.url);

  const second = await context.newPage();
  await second.goto(link.toString());
  await expect(serviceBox(second, 'Amazon S3')).not.toBeChecked();
  await expect(serviceBox(second, 'AWS Lambda')).toBeChecked();
  await second.close();

  expect(failed, 'failed requests').toEqual([]);
  expect(
    requested.filter((p) => !p.startsWith(PREFIX) && `${p}/` !== PREFIX),
    'requests outside the prefix',
  ).toEqual([]);
  expect(requested.some((p) => /\/assets\/audit\.worker-[\w-]+\.js$/.test(p))).toBe(true);
});
