import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const SHOTS = '/tmp/audit-shots';
const POLICY_2018 = readFileSync('reference/policies/cloudcraft-custom-2018-06-01.json', 'utf8');
const INVALID =
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow" "Action": "*"}\n  ]\n}';
const EDITION_2023 = 'Cloudcraft custom 20230818';

// Each test audits, applies or runs axe over the whole page: give them room on a busy machine.
test.describe.configure({ timeout: 120_000 });

const serviceBox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const serviceCount = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^\d+ of \d+ services/ });
const policyArea = (page: Page) => page.getByRole('textbox', { name: 'Policy to audit' });
const auditStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^Audit against / });
const findings = (page: Page) => page.getByRole('list', { name: 'Findings' });

async function openAudit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the policy audit' }).click();
  await expect(policyArea(page)).toBeFocused();
}

/** Pastes through the clipboard, as a person would. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await policyArea(page).fill('');
  await policyArea(page).focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(policyArea(page)).toHaveValue(text);
}

async function chooseAuditEdition(page: Page, label: string): Promise<void> {
  const select = page.getByRole('combobox', { name: /^Audit against edition/ });
  await select.click();
  await page.getByRole('option', { name: label, exact: true }).click();
  await expect(select).toHaveText(label);
}

async function auditPolicy(page: Page, text: string): Promise<void> {
  await paste(page, text);
  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Audit results' })).toBeVisible();
}

/** The ticked state of some service checkboxes, and the count line. */
async function selectionSnapshot(page: Page, names: string[]) {
  const ticked: Record<string, boolean> = {};
  for (const name of names) ticked[name] = await serviceBox(page, name).isChecked();
  return { count: await serviceCount(page).textContent(), ticked };
}

async function downloadText(page: Page, button: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile(await download.path(), 'utf8');
}

test('the audit, its worker and the action index load only when the audit is opened', async ({
  page,
}) => {
  const fetched: string[] = [];
  const workers: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await expect(serviceBox(page, 'Amazon EC2')).toBeChecked();
  expect(fetched.filter((url) => /AuditPanel|audit\.worker|action-index/.test(url))).toEqual([]);
  expect(workers).toEqual([]);
  await openAudit(page);
  // The audit runs in a worker, which holds the action index.
  await expect.poll(() => workers).toEqual([expect.stringMatching(/audit\.worker-[\w-]+\.js$/)]);
  expect(fetched.filter((url) => /AuditPanel/.test(url))).toHaveLength(1);
});

test('audits the 2018-06-01 policy against 20230818, then uses its services', async ({ page }) => {
  await page.goto('/');
  await expect(serviceBox(page, 'Amazon Keyspaces')).toBeChecked();
  await openAudit(page);
  await expect(page.getByText('This page uses Cloudcraft minimal 2025-01.')).toBeVisible();
  await chooseAuditEdition(page, EDITION_2023);
  await auditPolicy(page, POLICY_2018);

  await expect(auditStatus(page)).toContainText(`Audit against ${EDITION_2023}: 0 errors`);
  await expect(findings(page)).toContainText(
    `For the 20 services it covers, the policy lacks 62 actions that ${EDITION_2023} grants`,
  );
  const covered = page.getByRole('list', { name: 'Services the policy covers' });
  await expect(covered.getByRole('listitem')).toHaveCount(20);
  await expect(covered).toContainText('Amazon S3: fully covered');
  await expect(covered).toContainText('AWS Lambda: partly covered');
  await expect(page.getByText(/^Not covered, so Cloudcraft skips them \(9\)/)).toContainText(
    'Amazon Keyspaces',
  );
  await page.getByRole('button', { name: 'Show 1 action missing from AWS Lambda' }).click();
  const lambda = page.getByRole('list', { name: 'Actions missing from AWS Lambda' });
  await expect(lambda.getByRole('listitem')).toHaveText([/lambda:GetFunction.*Reads data/]);
  await page.getByRole('button', { name: 'Show 2 actions missing from Amazon SQS' }).click();
  await expect(page.getByRole('list', { name: 'Actions missing from Amazon SQS' })).toHaveText(
    /sqs:GetQueueUrl.*sqs:ListQueueTags/,
  );
  // Auditing changed nothing on the page.
  await expect(serviceCount(page)).toHaveText('28 of 28 services');
  await expect(page.getByRole('combobox', { name: /^Edition/ })).toHaveText(
    'Cloudcraft minimal 2025-01',
  );

  await page.getByRole('button', { name: 'Use these services' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Selection updated/ })).toContainText(
    `20 services, edition ${EDITION_2023}`,
  );
  await expect(page.getByRole('combobox', { name: /^Edition/ })).toHaveText(EDITION_2023);
  await expect(serviceCount(page)).toHaveText('20 of 29 services');
  await expect(serviceBox(page, 'Amazon Keyspaces')).not.toBeChecked();
  await expect(serviceBox(page, 'Amazon S3')).toBeChecked();
  await expect(serviceBox(page, 'Amazon EC2')).toBeChecked();
  const policyText = page.getByRole('region', { name: 'Policy JSON, text', exact: true });
  await expect(policyText).toContainText('"s3:');
  await expect(policyText).not.toContainText('cassandra:');

  await expect(page.getByText(/adds 62 actions and removes 0 actions/)).toBeVisible();
  const cli = page.getByRole('region', { name: 'Upgrade commands, text' });
  await expect(cli).toContainText("new_policy='cloudcraft-policy.json'");
  await expect(cli).toContainText('--policy-document="file://$new_policy" --set-as-default');
  await expect(cli).toContainText('#   aws accessanalyzer check-no-new-access');
  await page.getByRole('button', { name: 'Copy upgrade commands' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(await cli.textContent());

  const newPolicy = await downloadText(
    page,
    page.getByRole('button', { name: 'Download the new policy as cloudcraft-policy.json' }),
  );
  expect(JSON.parse(newPolicy)).toEqual(JSON.parse((await policyText.textContent()) ?? ''));
  const current = await downloadText(
    page,
    page.getByRole('button', { name: 'Download the pasted policy as current-policy.json' }),
  );
  expect(JSON.parse(current)).toEqual(JSON.parse(POLICY_2018));
});

test('invalid JSON shows its line and column and leaves the chosen selection alone', async ({
  page,
}) => {
  await page.goto('/');
  await serviceBox(page, 'Amazon S3').click();
  await serviceBox(page, 'AWS Lambda').click();
  const names = ['Amazon EC2', 'Amazon S3', 'AWS Lambda', 'Amazon Keyspaces', 'Amazon RDS'];
  const before = await selectionSnapshot(page, names);
  expect(before.count).toBe('26 of 28 services');

  await openAudit(page);
  await auditPolicy(page, POLICY_2018);
  await paste(page, INVALID);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(auditStatus(page)).toContainText('1 error, 0 warnings, 0 notes');
  const error = findings(page)
    .getByRole('listitem')
    .filter({ hasText: /Invalid JSON/ });
  await expect(error).toContainText('Error · line 4, column 24');
  await expect(error).toContainText('Invalid JSON at line 4, column 24');
  await expect(page.getByRole('button', { name: 'Use these services' })).toHaveCount(0);
  expect(await selectionSnapshot(page, names)).toEqual(before);
});

test('reads get-policy-version output from a file and refuses one over 1 MB', async ({ page }) => {
  await page.goto('/');
  await openAudit(page);
  const choose = async (name: string, text: string) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose a file' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  await choose('big.json', ' '.repeat(1_100_000));
  const audit = page.getByRole('region', { name: 'Audit an existing policy' });
  await expect(audit.getByRole('alert')).toContainText('“big.json” is 1.0 MB');
  await expect(policyArea(page)).toHaveValue('');

  const document = encodeURIComponent(JSON.stringify(JSON.parse(POLICY_2018)));
  const output = { PolicyVersion: { Document: document, VersionId: 'v3', IsDefaultVersion: true } };
  await choose('policy-version.json', JSON.stringify(output, null, 4));
  await expect(
    page.getByText(/read as aws iam get-policy-version output \(version v3\)/),
  ).toBeVisible();
  await expect(findings(page)).toContainText('The Document is URL-encoded');
});

test('compares editions: services and actions 20230818 added to 2018-06-01', async ({ page }) => {
  await page.goto('/');
  await openAudit(page);
  const section = page.getByRole('region', { name: 'Compare editions' });
  await section.getByRole('combobox', { name: 'To edition' }).click();
  await page.getByRole('option', { name: EDITION_2023, exact: true }).click();
  await expect(section.getByRole('status')).toHaveText(
    `From Cloudcraft custom 2018-06-01 (2018-06-01) to ${EDITION_2023} (2023-08-18): 211 actions added and 0 actions removed.`,
  );
  await expect(section.getByText(/^Services added:/)).toContainText('Amazon Keyspaces');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations with audit results shown (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await openAudit(page);
    await chooseAuditEdition(page, EDITION_2023);
    await auditPolicy(page, POLICY_2018);
    await page.getByRole('button', { name: 'Show 18 actions reading data or secrets' }).click();
    await page.getByRole('button', { name: 'Use these services' }).click();
    await expect(page.getByRole('region', { name: 'Upgrade commands, text' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('region', { name: 'Audit an existing policy' })
      .screenshot({ path: `${SHOTS}/audit-${colorScheme}.png` });
  });
}

test('at 360 px the audit fits without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  await openAudit(page);
  await auditPolicy(page, POLICY_2018);
  await page.getByRole('button', { name: 'Use these services' }).click();
  await page.getByRole('button', { name: /^Show \d+ actions added$/ }).click();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  await page
    .getByRole('region', { name: 'Audit an existing policy' })
    .screenshot({ path: `${SHOTS}/audit-360.png` });
});
