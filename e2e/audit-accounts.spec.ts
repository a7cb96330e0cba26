import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { downloadText, readClipboard, readPolicyText } from './support/policy-page';

const SHOTS = '/tmp/audit-shots';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const CUSTOM = 'arn:aws:iam::123456789012:policy/Cloudcraft-extra';
/** What ReadOnlyAccess grants beyond read-only, as the comparison's data counts it. */
const beyondReadOnly = (
  JSON.parse(readFileSync('src/catalog/generated/baselines.json', 'utf8')) as {
    baselines: { name: string; beyondReadOnly: string[] }[];
  }
).baselines.find((b) => b.name === 'ReadOnlyAccess')!.beyondReadOnly.length;

const allow = (...actions: string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
});
const trust = (account: string) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${account}:root` },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'abc' } },
    },
  ],
});
const role = (name: string, account: string, attached: string[], inline?: object) => ({
  Path: '/',
  RoleName: name,
  Arn: `arn:aws:iam::123456789012:role/${name}`,
  AssumeRolePolicyDocument: trust(account),
  RolePolicyList: inline ? [{ PolicyName: 'extra', PolicyDocument: inline }] : [],
  AttachedManagedPolicies: attached.map((arn) => ({
    PolicyName: arn.split('/').pop(),
    PolicyArn: arn,
  })),
});
const DETAILS = JSON.stringify(
  {
    UserDetailList: [],
    GroupDetailList: [],
    RoleDetailList: [
      role('cloudcraft', '968898580625', [READ_ONLY, CUSTOM]),
      role('admin', '111122223333', ['arn:aws:iam::aws:policy/AdministratorAccess']),
      role('cloudcraft-ec2', '968898580625', [], allow('ec2:Describe*')),
    ],
    Policies: [
      {
        PolicyName: 'Cloudcraft-extra',
        Arn: CUSTOM,
        DefaultVersionId: 'v2',
        PolicyVersionList: [
          { Document: allow('lambda:GetFunction'), VersionId: 'v2', IsDefaultVersion: true },
        ],
      },
    ],
  },
  null,
  4,
);

test.describe.configure({ timeout: 120_000 });

const policyArea = (page: Page) => page.getByRole('textbox', { name: 'Policy to audit' });
const auditStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^Audit/ });
const findings = (page: Page) => page.getByRole('list', { name: 'Findings' });
const moveOffScript = (page: Page) =>
  page.getByRole('region', { name: 'Move off ReadOnlyAccess, script' });

async function audit(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Open the policy audit' }).click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await policyArea(page).focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(policyArea(page)).toHaveValue(text);
  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Audit results' })).toBeVisible();
}

test('a bare ReadOnlyAccess ARN: its findings, and the move to the page’s policy', async ({
  page,
}) => {
  const fetched = baselineFetches(page);
  await page.goto('/');
  const pagePolicy = JSON.stringify(JSON.parse(await readPolicyText(page)));
  await audit(page, READ_ONLY);
  await expect(auditStatus(page)).toContainText(
    `Audit of role cloudcraft against Cloudcraft minimal 2025-01:`,
  );
  await expect(auditStatus(page)).toContainText(
    `grants ${beyondReadOnly} actions beyond read-only`,
  );
  await expect(page.getByText(/read as managed policy ARNs\./)).toBeVisible();
  await expect(findings(page)).toContainText(
    'ReadOnlyAccess (AWS managed v188 as this page holds it)',
  );
  await expect(findings(page)).toContainText('beyond read-only');
  // The audit worker fetched the baselines' documents, in a chunk of their own, once.
  expect(fetched).toEqual([expect.stringMatching(/\/assets\/baseline-documents-[\w-]+\.js$/)]);

  const script = moveOffScript(page);
  await expect(script).toContainText("role_name='cloudcraft'");
  // The page shows one policy (the minimal edition fits one managed policy): the script creates it.
  await expect(script).toContainText(`put_policy 'Cloudcraft' `);
  const text = (await script.textContent()) ?? '';
  expect(text).toContain(`'${pagePolicy}'`);
  expect(text.indexOf("detach 'ReadOnlyAccess' '/'")).toBeGreaterThan(
    text.indexOf("check_attached 'Cloudcraft'"),
  );
  const what = 'script that moves role cloudcraft off ReadOnlyAccess';
  await page.getByRole('button', { name: `Copy ${what}` }).click();
  await expect.poll(() => readClipboard(page)).toBe(text);
  const file = await downloadText(
    page,
    page.getByRole('button', { name: `Download ${what} as move-off-readonlyaccess.sh` }),
  );
  expect(file).toEqual({ name: 'move-off-readonlyaccess.sh', text });
});

test('list-attached-role-policies: ReadOnlyAccess read, the commands for the policy it lacks', async ({
  page,
}) => {
  await page.goto('/');
  const output = {
    AttachedPolicies: [
      { PolicyName: 'ReadOnlyAccess', PolicyArn: READ_ONLY },
      { PolicyName: 'Cloudcraft-extra', PolicyArn: CUSTOM },
    ],
  };
  await audit(page, JSON.stringify(output, null, 4));
  await expect(
    page.getByText(/read as aws iam list-attached-role-policies output\./),
  ).toBeVisible();
  await expect(findings(page)).toContainText(
    `The role also has Cloudcraft-extra (customer managed), ${CUSTOM}, whose document this input does not hold`,
  );
  await expect(page.getByRole('list', { name: 'Policies of role cloudcraft' })).toContainText(
    'Cloudcraft-extra, customer managed, not read',
  );
  await page
    .getByRole('button', { name: 'Copy get-policy-version command for Cloudcraft-extra' })
    .click();
  await expect
    .poll(() => readClipboard(page))
    .toBe(`aws iam get-policy-version --policy-arn='${CUSTOM}' --version-id="$version"`);
  await expect(moveOffScript(page)).toBeVisible();
});

/** The URLs of the baselines' documents the page or its worker fetched. */
function baselineFetches(page: Page): string[] {
  const fetched: string[] = [];
  page.context().on('request', (request) => {
    if (/baseline-documents-[\w-]+\.js$/.test(request.url())) fetched.push(request.url());
  });
  return fetched;
}

test('get-role-policy: the inline policy of the role it names', async ({ page }) => {
  const fetched = baselineFetches(page);
  await page.goto('/');
  const output = { RoleName: 'cloudcraft', PolicyName: 'extra', PolicyDocument: allow('s3:*') };
  await audit(page, JSON.stringify(output, null, 4));
  await expect(page.getByText(/read as aws iam get-role-policy output\./)).toBeVisible();
  await expect(findings(page)).toContainText('Read the inline policy "extra" of role "cloudcraft"');
  await expect(findings(page)).toContainText('The policy grants none of the EC2 actions');
  await expect(auditStatus(page)).toContainText(/^Audit against .*: 1 error/);
  await expect(page.getByRole('heading', { name: /^Move off/ })).toHaveCount(0);
  // No role with a baseline: the baselines' documents are not fetched.
  expect(fetched).toEqual([]);
});

test('authorization details: each role that trusts Cloudcraft, one after the other', async ({
  page,
}) => {
  await page.goto('/');
  await audit(page, DETAILS);
  await expect(
    page.getByText(/read as aws iam get-account-authorization-details output, role cloudcraft\./),
  ).toBeVisible();
  await expect(auditStatus(page)).toContainText('Audit of role cloudcraft against');
  const policies = page.getByRole('list', { name: 'Policies of role cloudcraft' });
  await expect(policies.getByRole('listitem')).toHaveText([
    'ReadOnlyAccess, AWS managed v188 as this page holds it: statements 1 to 3',
    'Cloudcraft-extra, customer managed v2 from the pasted output: statement 4',
  ]);
  await expect(moveOffScript(page)).toBeVisible();

  const select = page.getByRole('combobox', { name: 'Role to show' });
  await select.click();
  await expect(page.getByRole('option')).toHaveText(['cloudcraft', 'cloudcraft-ec2']);
  await page.getByRole('option', { name: 'cloudcraft-ec2' }).click();
  await expect(auditStatus(page)).toContainText('Audit of role cloudcraft-ec2 against');
  await expect(page.getByRole('list', { name: 'Policies of role cloudcraft-ec2' })).toHaveText(
    'extra, inline from the pasted output: statement 1',
  );
  await expect(page.getByRole('heading', { name: /^Move off/ })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations with a role's audit and its move off ReadOnlyAccess (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await audit(page, DETAILS);
    await page.getByRole('button', { name: /^What to paste/ }).click();
    await expect(moveOffScript(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('region', { name: 'Audit an existing policy' })
      .screenshot({ path: `${SHOTS}/audit-accounts-${colorScheme}.png` });
  });
}

test('at 360 px a role’s audit and its script fit without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  await audit(page, DETAILS);
  await page.getByRole('button', { name: /^What to paste/ }).click();
  await expect(moveOffScript(page)).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  await page
    .getByRole('region', { name: 'Audit an existing policy' })
    .screenshot({ path: `${SHOTS}/audit-accounts-360.png` });
});
