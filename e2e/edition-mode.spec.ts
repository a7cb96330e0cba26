import { expect, test } from './support/fixtures';
import {
  actionsOf,
  chooseEdition,
  chooseMode,
  downloadBy,
  downloadedBytes,
  emptyClipboard,
  iamSize,
  MANAGED_POLICY_LIMIT,
  parsePolicy,
  readClipboard,
  readGolden,
  readPolicyActions,
  readPolicyText,
} from './support/policy-page';

test('the 2018 edition says where it comes from and grants ec2:Describe*', async ({ page }) => {
  await page.goto('/');
  expect(await readPolicyActions(page)).not.toContain('ec2:Describe*');
  await chooseEdition(page, 'Cloudcraft custom 2018-06-01');
  await expect(
    page.getByText(
      'Published 2018-06-01 as “Cloudcraft Custom Policy Version 2018-06-01”. The policy of Cloudcraft\'s help article "AWS Permissions"',
    ),
  ).toBeVisible();
  await expect.poll(() => readPolicyActions(page)).toContain('ec2:Describe*');
});

test('exact actions expand every wildcard', async ({ page }) => {
  await page.goto('/');
  await chooseEdition(page, 'Cloudcraft custom 2018-06-01');
  await expect.poll(() => readPolicyActions(page)).toContain('ec2:Describe*');
  await page.getByRole('button', { name: 'Select all' }).click();
  // 2018-06-01 with every service is too big for one policy once expanded: read every part.
  await chooseMode(page, 'Exact actions');
  const regions = page.getByRole('region', { name: /^Policy (JSON|part \d+ of \d+), text$/ });
  await expect(regions.first()).toBeVisible();
  const texts = await regions.allTextContents();
  const actions = texts.flatMap((text) => actionsOf(parsePolicy(text)));
  expect(actions.filter((a) => a.includes('*'))).toEqual([]);
  expect(actions).toContain('ec2:DescribeInstances');
  expect(new Set(actions)).toEqual(new Set(actionsOf(readGolden('smoke/custom-2018-06-01.exact'))));
});

test('a policy over IAM’s limit is split into parts that each fit', async ({ page }) => {
  test.slow(); // Five copies and five downloads.
  await page.goto('/');
  await chooseEdition(page, 'Cloudcraft custom 20230818');
  await page.getByRole('button', { name: 'Select all' }).click();
  await expect(page.getByRole('heading', { name: /^Policy part/ })).toHaveCount(0);
  await chooseMode(page, 'Exact actions');

  const headings = page.getByRole('heading', { name: /^Policy part \d+ of \d+$/ });
  await expect(headings.first()).toBeVisible();
  const count = await headings.count();
  // The whole exact policy is several times IAM's limit, so it takes several parts.
  const whole = iamSize(JSON.stringify(readGolden('smoke/custom-20230818.exact')));
  expect(count).toBeGreaterThanOrEqual(Math.ceil(whole / MANAGED_POLICY_LIMIT));
  await expect(headings).toHaveText(
    Array.from({ length: count }, (_, i) => `Policy part ${i + 1} of ${count}`),
  );
  await expect(page.getByRole('region', { name: 'Policy JSON, text' })).toHaveCount(0);
  await expect(
    page.getByRole('alert').filter({ hasText: `split into ${count} policies` }),
  ).toContainText(`Create each and attach all ${count} to the role.`);

  const seen = new Set<string>();
  for (let i = 1; i <= count; i++) {
    const title = `Policy part ${i} of ${count}`;
    const part = page.getByRole('region', { name: title, exact: true });
    const text = await readPolicyText(page, title);
    expect(iamSize(text), `${title} size`).toBeLessThanOrEqual(MANAGED_POLICY_LIMIT);
    const actions = actionsOf(parsePolicy(text));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(action).not.toContain('*');
      expect(seen.has(action), `${action} in two parts`).toBe(false);
      seen.add(action);
    }

    await emptyClipboard(page);
    await part.getByRole('button', { name: `Copy policy part ${i} of ${count}` }).click();
    await expect.poll(() => readClipboard(page)).toBe(text);
    const download = await downloadBy(
      page,
      part.getByRole('button', { name: /^Download policy part/ }),
    );
    expect(download.suggestedFilename()).toBe(
      `cloudcraft-policy-custom-20230818-exact-part-${i}-of-${count}.json`,
    );
    expect((await downloadedBytes(download)).toString('utf8')).toBe(text);
  }
  // Together the parts grant exactly the whole expanded policy, nothing lost.
  expect(seen).toEqual(new Set(actionsOf(readGolden('smoke/custom-20230818.exact'))));
});
