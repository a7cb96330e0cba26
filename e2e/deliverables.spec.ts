import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures';

interface Statement {
  Effect: string;
  Action: string[];
  Resource: string | string[];
}

/** Saves a download the click triggers and returns its name and text. */
async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [file] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const codeSection = (page: Page) => page.getByRole('region', { name: 'Or create it as code' });

/** The templates section, scrolled to: its code loads when the reader comes near it. */
async function openCodeSection(page: Page): Promise<Locator> {
  const code = codeSection(page);
  await code.scrollIntoViewIfNeeded();
  // The templates load when scrolled to: give their chunk time on a loaded machine.
  await expect(code.getByRole('tab', { name: 'CloudFormation' })).toBeVisible({ timeout: 20_000 });
  return code;
}

test('the downloaded CloudFormation template parses and grants exactly the downloaded policy', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Amazon S3', exact: true }).uncheck();
  await page
    .getByRole('textbox', { name: 'External ID' })
    .fill('0f8fad5b-d9cb-469f-a165-70867728950e');

  const policy = await download(page, () =>
    page.getByRole('button', { name: /^Download policy json/ }).click(),
  );
  const code = await openCodeSection(page);
  await expect(code.getByRole('tab', { name: 'CloudFormation' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const template = await download(page, () =>
    code.getByRole('button', { name: /^Download CloudFormation/ }).click(),
  );
  expect(template.name).toBe('cloudcraft-role.yaml');

  const parsed = parse(template.text) as {
    Parameters: Record<string, { Default?: string }>;
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  };
  expect(parsed.Parameters.ExternalId?.Default).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
  const policies = Object.values(parsed.Resources).filter(
    (r) => r.Type === 'AWS::IAM::ManagedPolicy',
  );
  expect(policies).toHaveLength(1);
  const document = policies[0]!.Properties.PolicyDocument as { Statement: Statement[] };
  expect(document).toEqual(JSON.parse(policy.text));
  const actions = document.Statement.flatMap((s) => s.Action);
  expect(actions.some((a) => a.startsWith('s3:'))).toBe(false);
  expect(actions.some((a) => a.startsWith('ec2:'))).toBe(true);
  const role = Object.values(parsed.Resources).find((r) => r.Type === 'AWS::IAM::Role');
  expect(role?.Properties.MaxSessionDuration).toBe(3600);
});

test('the JSON template, Terraform, CLI, verification script and setup document are offered', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  const code = await openCodeSection(page);
  await code.getByRole('button', { name: 'JSON' }).click();
  const json = await download(page, () =>
    code.getByRole('button', { name: /^Download CloudFormation/ }).click(),
  );
  expect(json.name).toBe('cloudcraft-role.json');
  expect(JSON.parse(json.text).AWSTemplateFormatVersion).toBe('2010-09-09');

  const expected = [
    ['Terraform', 'cloudcraft-role.tf', 'resource "aws_iam_role"'],
    ['AWS CLI', 'cloudcraft-setup.sh', 'aws iam create-role'],
    ['Verify', 'cloudcraft-verify.sh', 'simulate-principal-policy'],
    ['Setup document', 'cloudcraft-setup.md', 'SHA-256'],
  ] as const;
  for (const [tab, name, needle] of expected) {
    await code.getByRole('tab', { name: tab }).click();
    await expect(code.getByRole('tabpanel')).toContainText(needle);
    const file = await download(page, () =>
      code.getByRole('button', { name: new RegExp(`^Download ${tab}`) }).click(),
    );
    expect(file.name).toBe(name);
    expect(file.text).toContain(needle);
    await code.getByRole('button', { name: new RegExp(`^Copy ${tab}`) }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file.text);
  }
});

test('without published templates, the page explains how to deploy the downloaded template', async ({
  page,
}) => {
  await page.goto('/');
  const code = await openCodeSection(page);
  await expect(code.getByRole('tab', { name: 'CloudFormation' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(code.getByRole('link', { name: 'Launch Stack' })).toHaveCount(0);
  const steps = code.getByRole('list').filter({ hasText: 'Upload a template file' });
  await expect(steps).toContainText('Create stack');
  await expect(steps).toContainText('cloudcraft-role.yaml');
  await code.getByRole('button', { name: 'JSON' }).click();
  await expect(steps).toContainText('cloudcraft-role.json');
});

test('the templates’ code is fetched only when the reader scrolls near them', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto('/');
  await expect(page.getByText('Loading the console steps…')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  const templates = () => fetched.filter((url) => /\/DeliverablesPanel-[\w-]+\.js$/.test(url));
  expect(templates()).toEqual([]);
  const code = await openCodeSection(page);
  await expect(code.getByRole('tab', { name: 'CloudFormation' })).toBeVisible();
  expect(templates()).toHaveLength(1);
});
