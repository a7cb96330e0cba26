import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { EditionId } from '../../../catalog/types';
import { editionPolicyText } from '../../../test/edition-policy';
import { fixtureActionIndex as index } from '../../../test/fixture-action-index';
import { fixtureCatalog as catalog } from '../../../test/fixture-catalog';
import { buildPolicy, buildPolicyDocument } from '../../policy';
import { parsePolicyInput } from '../policy/parse-policy';
import { analysePolicy } from './analyse-policy';
import type { PolicyAnalysis } from './analysis-types';
import { policyArnError, renderUpgradeCli } from './render-upgrade-cli';
import { buildUpgrade } from './upgrade';

const policy2018 = editionPolicyText(catalog, 'custom-2018-06-01');

function analyse(text: string, editionId: EditionId = 'custom-20230818'): PolicyAnalysis {
  return analysePolicy(catalog, parsePolicyInput(text), index, editionId);
}

const allowing = (...actions: string[]): string =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
  });

describe('buildUpgrade', () => {
  it('upgrades the 2018-06-01 policy to 20230818 for the same services, adding what it lacks', () => {
    const analysis = analyse(policy2018);
    const upgrade = buildUpgrade(catalog, analysis, 'custom-20230818', 'published');
    expect(upgrade.selection).toEqual(analysis.coveredServiceIds);
    expect(upgrade.document).toEqual(
      buildPolicyDocument(
        buildPolicy(catalog, upgrade.selection, 'custom-20230818', { mode: 'published' }).grants,
      ),
    );
    expect(upgrade.added).toEqual(
      analysis.missing.byService.flatMap((s) => s.actions).sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(upgrade.added).toEqual(['lambda:GetFunction']);
    expect(upgrade.removed).toEqual([]);
    expect(upgrade.fitsOneManagedPolicy).toBe(true);
  });

  it('always keeps EC2, and removes what Cloudcraft does not use', () => {
    const upgrade = buildUpgrade(
      catalog,
      analyse(allowing('s3:*')),
      'custom-20230818',
      'published',
    );
    expect(upgrade.selection).toEqual(['ec2', 's3']);
    expect(upgrade.added).toContain('ec2:DescribeInstances');
    expect(upgrade.removed).toContain('s3:DeleteBucket');
    expect(upgrade.removed).not.toContain('s3:ListAllMyBuckets');
  });

  it('says when the exact form of every service exceeds one managed policy', () => {
    const upgrade = buildUpgrade(catalog, analyse(allowing('*')), 'custom-20230818', 'exact');
    expect(upgrade.selection).toEqual(
      catalog.servicesOfEdition('custom-20230818').map((s) => s.id),
    );
    expect(upgrade.size).toBeGreaterThan(6144);
    expect(upgrade.fitsOneManagedPolicy).toBe(false);
    expect(renderUpgradeCli(upgrade)).toContain('create-policy-version will fail');
  });
});

describe('renderUpgradeCli', () => {
  it('renders the commands for the 2018-06-01 upgrade to minimal-2025-01 byte for byte', async () => {
    const analysis = analyse(policy2018, 'minimal-2025-01');
    const upgrade = buildUpgrade(catalog, analysis, 'minimal-2025-01', 'published');
    expect([upgrade.added.length, upgrade.removed.length]).toEqual([2, 339]);
    await expect(renderUpgradeCli(upgrade)).toMatchFileSnapshot(
      '__golden__/upgrade-2018-06-01-to-minimal-2025-01.sh',
    );
  });

  it('takes the ARN as its argument, or holds a known one, shell-quoted', () => {
    const upgrade = buildUpgrade(catalog, analyse(policy2018), 'custom-20230818', 'published');
    expect(renderUpgradeCli(upgrade)).toContain('policy_arn=${1:-}\n');
    const text = renderUpgradeCli(upgrade, { policyArn: "arn:aws:iam::123456789012:policy/it's" });
    expect(text).toContain(`policy_arn='arn:aws:iam::123456789012:policy/it'\\''s'\n`);
    expect(text).not.toContain('policy_arn=${1:-}');
    expect(text).not.toContain('POLICY_ARN');
  });

  it('quotes file names and expects PASS when the upgrade adds nothing', () => {
    const upgrade = buildUpgrade(
      catalog,
      analyse(allowing('ec2:Describe*', 's3:*')),
      'custom-20230818',
      'published',
    );
    const text = renderUpgradeCli(upgrade, { currentPolicyFile: 'my policy.json' });
    expect(text).toContain("--existing-policy-document='file://my policy.json'");
    expect(text).toContain('It reports PASS here');
  });

  it('is valid sh, which the aws tier runs with the AWS CLI', () => {
    const upgrade = buildUpgrade(catalog, analyse(policy2018), 'custom-20230818', 'published');
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
