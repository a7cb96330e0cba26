import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActionIndex, type ActionIndex } from '../../catalog/action-index';
import { servicesOfEdition } from '../../catalog/catalog';
import { buildPolicy, buildPolicyDocument } from '../policy';
import { analysePolicy, type PolicyAnalysis } from './analyse-policy';
import { parsePolicyInput } from './parse-policy';
import { policyArnError, renderUpgradeCli } from './render-upgrade-cli';
import { buildUpgrade } from './upgrade';

let index: ActionIndex;

beforeAll(async () => {
  index = await loadActionIndex();
});

const reference2018 = readFileSync(
  new URL('../../../reference/policies/cloudcraft-custom-2018-06-01.json', import.meta.url),
  'utf8',
);

function analyse(text: string): PolicyAnalysis {
  return analysePolicy(parsePolicyInput(text), index, 'custom-20230818');
}

const allowing = (...actions: string[]): string =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
  });

describe('buildUpgrade', () => {
  it('upgrades the 2018-06-01 policy to 20230818 for the same 20 services, adding 62 actions', () => {
    const analysis = analyse(reference2018);
    const upgrade = buildUpgrade(analysis, 'custom-20230818', 'published');
    expect(upgrade.selection).toEqual(analysis.coveredServiceIds);
    expect(upgrade.document).toEqual(
      buildPolicyDocument(
        buildPolicy(upgrade.selection, 'custom-20230818', { mode: 'published' }).grants,
      ),
    );
    expect(upgrade.added).toEqual(
      analysis.missing.byService.flatMap((s) => s.actions).sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(upgrade.added).toHaveLength(62);
    expect(upgrade.removed).toEqual([]);
    expect(upgrade.fitsOneManagedPolicy).toBe(true);
  });

  it('always keeps EC2, and removes what Cloudcraft does not use', () => {
    const upgrade = buildUpgrade(analyse(allowing('s3:*')), 'custom-20230818', 'published');
    expect(upgrade.selection).toEqual(['ec2', 's3']);
    expect(upgrade.added).toContain('ec2:DescribeInstances');
    expect(upgrade.removed).toContain('s3:DeleteBucket');
    expect(upgrade.removed).not.toContain('s3:ListAllMyBuckets');
  });

  it('says when the exact form of every service exceeds one managed policy', () => {
    const upgrade = buildUpgrade(analyse(allowing('*')), 'custom-20230818', 'exact');
    expect(upgrade.selection).toEqual(servicesOfEdition('custom-20230818').map((s) => s.id));
    expect(upgrade.size).toBeGreaterThan(6144);
    expect(upgrade.fitsOneManagedPolicy).toBe(false);
    expect(renderUpgradeCli(upgrade)).toContain('create-policy-version will fail');
  });
});

describe('renderUpgradeCli', () => {
  it('renders the commands for the 2018-06-01 upgrade byte for byte', async () => {
    const upgrade = buildUpgrade(analyse(reference2018), 'custom-20230818', 'published');
    await expect(renderUpgradeCli(upgrade)).toMatchFileSnapshot(
      '__golden__/upgrade-2018-06-01-to-20230818.sh',
    );
  });

  it('takes the ARN as its argument, or holds a known one, shell-quoted', () => {
    const upgrade = buildUpgrade(analyse(reference2018), 'custom-20230818', 'published');
    expect(renderUpgradeCli(upgrade)).toContain('policy_arn=${1:-}\n');
    const text = renderUpgradeCli(upgrade, { policyArn: "arn:aws:iam::123456789012:policy/it's" });
    expect(text).toContain(`policy_arn='arn:aws:iam::123456789012:policy/it'\\''s'\n`);
    expect(text).not.toContain('policy_arn=${1:-}');
    expect(text).not.toContain('POLICY_ARN');
  });

  it('quotes file names and expects PASS when the upgrade adds nothing', () => {
    const upgrade = buildUpgrade(
      analyse(allowing('ec2:Describe*', 's3:*')),
      'custom-20230818',
      'published',
    );
    const text = renderUpgradeCli(upgrade, { currentPolicyFile: 'my policy.json' });
    expect(text).toContain("--existing-policy-document='file://my policy.json'");
    expect(text).toContain('It reports PASS here');
  });

  it('is valid sh, which the aws tier runs with the AWS CLI', () => {
    const upgrade = buildUpgrade(analyse(reference2018), 'custom-20230818', 'published');
    for (const text of [
      renderUpgradeCli(upgrade),
      renderUpgradeCli(upgrade, { policyArn: "a'b" }),
    ]) {
      expect(spawnSync('/bin/sh', ['-n'], { input: text }).status).toBe(0);
    }
  });

  it('checks a policy ARN', () => {
    expect(policyArnError('arn:aws:iam::123456789012:policy/Cloudcraft')).toBeUndefined();
    expect(
      policyArnError('arn:aws-us-gov:iam::123456789012:policy/path/Cloudcraft'),
    ).toBeUndefined();
    expect(policyArnError('arn:aws:iam::aws:policy/ReadOnlyAccess')).toBe(
      'A managed policy ARN looks like arn:aws:iam::123456789012:policy/Cloudcraft.',
    );
  });
});
