/**
 * The audit's upgrade script, run with `sh` and the real AWS CLI against a role whose managed policy
 * holds another edition's policy (an older one; the oldest edition is upgraded from the newest):
 * the new policy must become the policy's default version, making room when IAM's 5 versions are
 * taken, or, when it is over one managed policy's size, fail without changing anything.
 */
import { beforeAll, describe, inject, it } from 'vitest';
import { numbered, randomCases } from './support/cases';
import {
  accountRootArn,
  buildTrustPolicy,
  EDITION_IDS,
  editionPolicyText,
  upgradeOf,
  type EditionId,
} from './support/deliverables';
import { defaultDocument } from './support/expect-state';
import { newAccounts, readState, seedRole, type Account } from './support/harness';
import { aws, cliKnows, runScript, workDirectory, writeFiles } from './support/run';

const SCRIPT = 'upgrade-cloudcraft-policy.sh';
const endpoint = inject('awsEndpoint');
const cases = randomCases(inject('awsSeed'));
const accounts: Account[] = [];
const trust = JSON.stringify(buildTrustPolicy(accountRootArn('968898580625'), 'abc-123'));

beforeAll(async () => {
  accounts.push(...(await newAccounts(endpoint, cases.length + 4)));
});

/** The edition before this one, or for the first, the last. */
function olderEdition(editionId: EditionId): EditionId {
  const at = EDITION_IDS.indexOf(editionId);
  return EDITION_IDS[(at + EDITION_IDS.length - 1) % EDITION_IDS.length] as EditionId;
}

/** Seeds the role with these versions of a policy, then runs the page's upgrade script on it. */
async function upgradeRole(
  account: Account,
  versions: string[],
  target: { editionId: EditionId; mode: 'published' | 'exact'; arnKnown: boolean },
  defaultIndex = versions.length - 1,
  policyName = 'Cloudcraft',
) {
  const seeded = await seedRole(account, { name: 'cloudcraft', trustPolicy: trust }, [
    { name: policyName, documents: versions, defaultIndex },
  ]);
  const policyArn = seeded.policies[0]?.arn ?? '';
  const pasted = versions[defaultIndex] ?? '';
  const options = target.arnKnown ? { policyArn } : {};
  const made = await upgradeOf(pasted, target.editionId, target.mode, options);
  const dir = workDirectory();
  writeFiles(dir, { 'cloudcraft-policy.json': made.newPolicyText, 'current-policy.json': pasted });
  const result = await runScript(
    account,
    SCRIPT,
    made.script,
    target.arnKnown ? [] : [policyArn],
    dir,
  );
  const state = await readState(account, { roles: ['cloudcraft'] });
  const policy = state.roles.cloudcraft?.attached[0];
  if (!policy) throw new Error('the seeded policy is gone');
  return { ...made, result, policy, policyArn, dir };
}

describe.concurrent('upgrade-cloudcraft-policy.sh with the AWS CLI', () => {
  it.for(numbered(cases))('%s', async ([, c], { expect }) => {
    const current = editionPolicyText(olderEdition(c.editionId), c.serviceIds, 'published');
    const target = { editionId: c.editionId, mode: c.mode, arnKnown: c.i % 2 === 0 };
    const { upgrade, result, policy } = await upgradeRole(
      accounts[c.i] as Account,
      [current],
      target,
    );
    if (upgrade.fitsOneManagedPolicy) {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(
        `Version v2 of ${policy.arn} is now the default: Cloudcraft uses it from its next scan.\n`,
      );
      expect(policy.defaultVersionId).toBe('v2');
      expect(JSON.stringify(defaultDocument(policy))).toBe(JSON.stringify(upgrade.document));
    } else {
      // The script's header warned; IAM refuses, and nothing changes.
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/LimitExceeded.*Cannot exceed quota for PolicySize: 6144/);
      expect(policy.versions.map((v) => v.versionId)).toEqual(['v1']);
    }
  });

  it.for([
    { defaultIndex: 2, deleted: 'v1', kept: ['v2', 'v3', 'v4', 'v5', 'v6'] },
    { defaultIndex: 0, deleted: 'v2', kept: ['v1', 'v3', 'v4', 'v5', 'v6'] },
  ])('with 5 versions, default $defaultIndex, deletes $deleted first', async (t, { expect }) => {
    const old = editionPolicyText('custom-2018-06-01', ['ec2', 's3'], 'published');
    const versions = Array.from({ length: 5 }, () => old);
    const target = {
      editionId: 'minimal-2025-01' as const,
      mode: 'published' as const,
      arnKnown: false,
    };
    const account = accounts[cases.length + t.defaultIndex / 2] as Account;
    const { upgrade, result, policy } = await upgradeRole(
      account,
      versions,
      target,
      t.defaultIndex,
      '-Cloud+=,.@_craft',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      `The policy keeps 5 versions, the most IAM allows: deleting ${t.deleted}, the oldest that is not the default.`,
    );
    expect(policy.versions.map((v) => v.versionId).sort()).toEqual(t.kept);
    expect(policy.defaultVersionId).toBe('v6');
    expect(JSON.stringify(defaultDocument(policy))).toBe(JSON.stringify(upgrade.document));
  });

  it('refuses to run without a policy ARN or without the new policy file', async ({ expect }) => {
    const account = accounts[cases.length + 2] as Account;
    const current = editionPolicyText('custom-2018-06-01', ['ec2'], 'published');
    const { script } = await upgradeOf(current, 'custom-20230818', 'published', {});
    for (const args of [[], [''], ['Cloudcraft'], ['--policy-arn=x']]) {
      const result = await runScript(account, SCRIPT, script, args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^Usage: sh upgrade-cloudcraft-policy.sh POLICY_ARN/);
    }
    const missing = await runScript(account, SCRIPT, script, [
      `arn:aws:iam::${account.id}:policy/Cloudcraft`,
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      'cloudcraft-policy.json is missing: download the new policy next to this script.\n',
    );
  });

  // check-no-new-access came to the CLI in late 2023: an older CLI (Debian's v2.9) cannot judge it.
  it.skipIf(!cliKnows('accessanalyzer', 'check-no-new-access'))(
    'writes the optional Access Analyzer check as a command the CLI accepts',
    async ({ expect }) => {
      const account = accounts[cases.length + 3] as Account;
      const current = editionPolicyText('custom-2018-06-01', ['ec2'], 'published');
      const made = await upgradeOf(current, 'custom-20230818', 'published', {});
      const command = made.script
        .split('\n')
        .filter((l) => l.startsWith('#   aws accessanalyzer') || l.startsWith('#     --'))
        .map((l) => l.replace(/^#\s+/, '').replace(/ \\$/, ''));
      const dir = workDirectory();
      writeFiles(dir, {
        'cloudcraft-policy.json': made.newPolicyText,
        'current-policy.json': current,
      });
      // The emulator has no Access Analyzer: the CLI must parse every argument and read both files,
      // then fail only on the service's answer.
      const args = command
        .join(' ')
        .split(' ')
        .slice(1)
        .map((a) => a.replace(/^(--[a-z-]+=)'(.*)'$/, '$1$2'));
      const result = await aws(account, args, dir);
      expect(args).toEqual([
        'accessanalyzer',
        'check-no-new-access',
        '--policy-type=IDENTITY_POLICY',
        '--new-policy-document=file://cloudcraft-policy.json',
        '--existing-policy-document=file://current-policy.json',
      ]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(
        /An error occurred \(\w+\) when calling the CheckNoNewAccess operation/,
      );
    },
  );
});
