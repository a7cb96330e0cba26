import { expect, test } from './support/fixtures';
import {
  prefixesOf,
  readPolicyActions,
  serviceBox,
  serviceCount,
  servicesPanel,
} from './support/policy-page';

test('search filters the services, and clearing the search brings them back', async ({ page }) => {
  await page.goto('/');
  const boxes = servicesPanel(page).getByRole('checkbox');
  const all = await boxes.count();
  expect(all).toBeGreaterThan(20);
  const search = page.getByRole('searchbox', { name: 'Search services' });

  await search.fill('queue');
  await expect(boxes).toHaveCount(1);
  await expect(serviceBox(page, 'Amazon SQS')).toBeVisible();
  await expect(serviceCount(page)).toHaveText(`${all} of ${all} services (1 shown)`);

  await search.fill('lambda');
  await expect(boxes).toHaveCount(1);
  await expect(serviceBox(page, 'AWS Lambda')).toBeVisible();

  await search.fill('nothing-like-it');
  await expect(boxes).toHaveCount(0);
  await expect(page.getByText('No service matches “nothing-like-it”.')).toBeVisible();

  await search.fill('');
  await expect(boxes).toHaveCount(all);
  await expect(serviceCount(page)).toHaveText(`${all} of ${all} services`);
});

test('Clear leaves only EC2, Select all brings every service back', async ({ page }) => {
  await page.goto('/');
  const boxes = servicesPanel(page).getByRole('checkbox');
  await expect(serviceCount(page)).toHaveText('28 of 28 services');
  await expect(boxes).toHaveCount(28);

  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(serviceCount(page)).toHaveText('1 of 28 services');
  const checked = servicesPanel(page).getByRole('checkbox', { checked: true });
  await expect(checked).toHaveCount(1);
  await expect(serviceBox(page, 'Amazon EC2')).toBeChecked();
  await expect.poll(async () => [...prefixesOf(await readPolicyActions(page))]).toEqual(['ec2']);

  await page.getByRole('button', { name: 'Select all', exact: true }).click();
  await expect(serviceCount(page)).toHaveText('28 of 28 services');
  await expect(servicesPanel(page).getByRole('checkbox', { checked: false })).toHaveCount(0);
  await expect
    .poll(async () => prefixesOf(await readPolicyActions(page)).size)
    .toBeGreaterThanOrEqual(28);
});

test('a service’s actions show their access level and what reads data', async ({ page }) => {
  await page.goto('/');
  const show = page.getByRole('button', { name: /^Show the \d+ actions of AWS Lambda$/ });
  const label = (await show.getAttribute('aria-label')) ?? '';
  const n = Number(/\d+/.exec(label)?.[0]);
  await expect(show).toHaveText(`Show ${n} actions`);
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  const hide = page.getByRole('button', { name: `Hide the ${n} actions of AWS Lambda` });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');

  const list = page.getByRole('list', { name: 'Actions of AWS Lambda', exact: true });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(n);
  const listed = await items.locator('code').allTextContents();
  // The list is exactly Lambda's actions in the policy.
  const granted = (await readPolicyActions(page)).filter((a) => a.startsWith('lambda:'));
  expect(new Set(listed)).toEqual(new Set(granted));

  const getFunction = items.filter({ has: page.getByText('lambda:GetFunction', { exact: true }) });
  await expect(getFunction.getByText('Read', { exact: true })).toBeVisible();
  await expect(getFunction.getByText('Reads data or secrets')).toBeVisible();
  await expect(getFunction.getByText(/presigned link/).first()).toBeVisible();
  const listMappings = items.filter({
    has: page.getByText('lambda:ListEventSourceMappings', { exact: true }),
  });
  await expect(listMappings.getByText('List', { exact: true })).toBeVisible();
  await expect(listMappings.getByText('Reads data or secrets')).toHaveCount(0);

  await hide.click();
  await expect(list).toHaveCount(0);
  await expect(show).toHaveAttribute('aria-expanded', 'false');
});
