import { expect, test } from './support/fixtures';

test('the built page loads and names itself', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Cloudcraft IAM policy configurator');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cloudcraft IAM policy configurator' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toBeAttached();
});

test('the colour scheme follows the system until the user picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveClass(/\bdark\b/);
  await page.getByRole('button', { name: /^Colour scheme: system/ }).click();
  await expect(html).toHaveClass(/\blight\b/);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Colour scheme: light/ })).toBeVisible();
  await expect(html).toHaveClass(/\blight\b/);
});

test('lists the services of the bundled catalog', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('checkbox', { name: 'Amazon EC2', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Amazon S3', exact: true })).toBeVisible();
});
