import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { downloadText } from './support/policy-page';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const section = (page: Page) =>
  page.getByRole('region', { name: 'Every account in your AWS Organization' });

async function openRollout(page: Page) {
  await page.getByRole('button', { name: 'Show the organization rollout' }).click();
  await expect(section(page).getByRole('tab', { name: 'Rollout script' })).toBeVisible();
}

async function downloadTab(page: Page, tab: string): Promise<{ name: string; text: string }> {
  const org = section(page);
  await org.getByRole('tab', { name: tab }).click();
  return downloadText(page, org.getByRole('button', { name: `Download ${tab}`, exact: false }));
}

test('the rollout loads only when opened, and its commands follow the OU ids typed', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const panel = () => fetched.filter((url) => /\/assets\/OrgPanel-[\w-]+\.js$/.test(url));
  expect(panel()).toEqual([]);
  await expect(section(page).getByRole('tab')).toHaveCount(0);
  await openRollout(page);
  expect(panel()).toHaveLength(1);

  const org = section(page);
  await expect(
    org.getByText('sh cloudcraft-org-rollout.sh --ou ou-xxxx-xxxxxxxx --external-id EXTERNAL_ID'),
  ).toBeVisible();
  const field = org.getByRole('textbox', { name: 'OU or root ids' });
  await field.fill('ou-ab12-cd34ef56, r-ab12');
  await expect(
    org.getByText(
      'sh cloudcraft-org-rollout.sh --ou ou-ab12-cd34ef56,r-ab12 --external-id EXTERNAL_ID',
    ),
  ).toBeVisible();
  await expect(
    org.getByText('sh cloudcraft-register-accounts.sh --ou ou-ab12-cd34ef56 --ou r-ab12'),
  ).toBeVisible();
  await field.fill('ou-ab12-cd34ef56 nope');
  await expect(field).toHaveAccessibleDescription(/"nope" is not an OU id/);
  await expect(
    org.getByText('sh cloudcraft-org-rollout.sh --ou ou-xxxx-xxxxxxxx --external-id EXTERNAL_ID'),
  ).toBeVisible();
});

test('the scripts carry the page’s role, External ID and template', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Amazon S3', exact: true }).uncheck();
  await page.getByRole('textbox', { name: 'Role name' }).fill('-cloudcraft.ro');
  await page
    .getByRole('textbox', { name: 'External ID' })
    .fill('0f8fad5b-d9cb-469f-a165-70867728950e');
  const code = page.getByRole('region', { name: 'Or create it as code' });
  const { text: templateText } = await downloadText(
    page,
    code.getByRole('button', { name: /^Download CloudFormation/ }),
  );

  await openRollout(page);
  await expect(section(page).getByText('--external-id EXTERNAL_ID')).toHaveCount(0);
  const rollout = await downloadTab(page, 'Rollout script');
  expect(rollout.name).toBe('cloudcraft-org-rollout.sh');
  expect(rollout.text).toMatch(/^#!\/bin\/sh\n/);
  expect(rollout.text).toContain("role_name='-cloudcraft.ro'\n");
  expect(rollout.text).toContain("external_id='0f8fad5b-d9cb-469f-a165-70867728950e'\n");
  // The StackSet deploys the template the page offers, byte for byte.
  expect(rollout.text).toContain(
    `<<'CLOUDCRAFT_END_OF_FILE'\n${templateText}CLOUDCRAFT_END_OF_FILE\n`,
  );
  expect(JSON.stringify(parse(templateText))).not.toContain('s3:');

  const register = await downloadTab(page, 'Registration script');
  expect(register.name).toBe('cloudcraft-register-accounts.sh');
  expect(register.text).toContain("role_name='-cloudcraft.ro'\n");
  const terraform = await downloadTab(page, 'Terraform');
  expect(terraform.name).toBe('cloudcraft-org-rollout.tf');
  expect(terraform.text).toContain('resource "aws_cloudformation_stack_set" "cloudcraft"');
  expect(terraform.text).toContain('default     = "-cloudcraft.ro"');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations with the rollout open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await openRollout(page);
    expect(await axeViolations(page, 'section[aria-labelledby="org-heading"]')).toEqual([]);
  });
}

test('at 360 px the rollout fits without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  await openRollout(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
