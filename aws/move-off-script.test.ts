/**
 * The audit's move off ReadOnlyAccess, run with `sh` and the real AWS CLI on a role that has AWS's
 * ReadOnlyAccess attached (and another policy the script must leave alone): afterwards every part of
 * the page's policy exists with exactly the page's document and is attached, ReadOnlyAccess is
 * detached; a second run changes nothing and says so. A failure (no such role, the role's quota of
 * managed policies) stops it with ReadOnlyAccess still attached.
 */
import { beforeAll, describe, inject, it, type ExpectStatic } from 'vitest';
import { EDGE_CASES, LARGEST_CASE, numbered, randomCases } from './support/cases';
import {
  accountRootArn,
  buildTrustPolicy,
  deploymentOf,
  editionPolicyText,
  listDeployedPolicies,
  moveOffScriptOf,
  type Deployment,
} from './support/deliverables';
import { defaultDocument } from './support/expect-state';
import { boto3Calls, newAccounts, readState, seedRole, type Account } from './support/harness';
import { runScript } from './support/run';

const SCRIPT = 'move-off-readonlyaccess.sh';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const endpoint = inject('awsEndpoint');
// A random case for every edition (the mode drawn too), a role name starting with `-`, the most parts.
const seed = inject('awsSeed');
const random = randomCases(seed, 1).filter((_, i) => i % 2 === seed % 2);
const cases = [...random, EDGE_CASES[0]!, LARGEST_CASE];
const accounts: Account[] = [];
const trust = JSON.stringify(buildTrustPolicy(accountRootArn('968898580625'), 'abc-123'));
const other = editionPolicyText('minimal-2025-01', ['ec2'], 'published');

beforeAll(async () => {
  accounts.push(...(await newAccounts(endpoint, cases.length + 3)));
});

/** A role named `name` with ReadOnlyAccess and a customer managed policy `Other` attached. */
async function seedReadOnlyRole(account: Account, name: string, extra: string[] = []) {
  const names = ['Other', ...extra];
  await seedRole(
    account,
    { name, trustPolicy: trust },
    names.map((n) => ({ name: n, documents: [other] })),
  );
  await boto3Calls(account, [
    {
      service: 'iam',
      operation: 'attach_role_policy',
      params: { RoleName: name, PolicyArn: READ_ONLY },
    },
  ]);
}

/** The role's attached policies: every part with the page's document, and `Other`; not ReadOnlyAccess. */
async function expectMovedOff(
  expect: ExpectStatic,
  account: Account,
  roleName: string,
  deployment: Deployment,
) {
  const role = (await readState(account, { roles: [roleName] })).roles[roleName];
  const parts = listDeployedPolicies(deployment);
  expect(role?.attached.map((p) => p.name).sort()).toEqual(
    ['Other', ...parts.map((p) => p.name)].sort(),
  );
  for (const part of parts) {
    const policy = role?.attached.find((p) => p.name === part.name);
    expect(policy?.versions).toHaveLength(1);
    expect(policy?.description).toBe(part.description);
    expect(JSON.stringify(policy && defaultDocument(policy))).toBe(JSON.stringify(part.document));
  }
}

describe.concurrent('move-off-readonlyaccess.sh with the AWS CLI', () => {
  it.for(numbered(cases))('%s', async ([, c], { expect }) => {
    const account = accounts[c.i] as Account;
    const { roleName } = c.role;
    await seedReadOnlyRole(account, roleName);
    const deployment = deploymentOf(c);
    const parts = listDeployedPolicies(deployment);
    const script = moveOffScriptOf(deployment, roleName, ['ReadOnlyAccess']);
    const first = await runScript(account, SCRIPT, script);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout.split('\n').slice(-3, -1)).toEqual([
      `Detached ReadOnlyAccess from ${roleName}.`,
      `Role ${roleName} now has Cloudcraft's least-privilege policy instead of ReadOnlyAccess: Cloudcraft uses it from its next scan.`,
    ]);
    await expectMovedOff(expect, account, roleName, deployment);

    const again = await runScript(account, SCRIPT, script);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(
      [
        ...parts.flatMap((p) => [
          `Policy ${p.name} already holds this document: kept.`,
          `Policy ${p.name} is already attached to ${roleName}.`,
        ]),
        `ReadOnlyAccess is not attached to ${roleName} (already detached).`,
        `Role ${roleName} now has Cloudcraft's least-privilege policy instead of ReadOnlyAccess: Cloudcraft uses it from its next scan.`,
        '',
      ].join('\n'),
    );
    await expectMovedOff(expect, account, roleName, deployment);
  });

  it('puts the page’s document in an existing policy that keeps 5 versions', async ({ expect }) => {
    const account = accounts[cases.length] as Account;
    const choice = { ...EDGE_CASES[1]!, role: { ...EDGE_CASES[1]!.role, roleName: 'cloudcraft' } };
    const deployment = deploymentOf(choice);
    const [part] = listDeployedPolicies(deployment);
    const old = editionPolicyText('custom-2018-06-01', ['ec2', 's3'], 'published');
    await seedRole(account, { name: 'cloudcraft', trustPolicy: trust }, [
      { name: part!.name, documents: Array(5).fill(old) as string[], defaultIndex: 4 },
    ]);
    await seedReadOnlyRole(account, 'unused');
    await boto3Calls(account, [
      {
        service: 'iam',
        operation: 'attach_role_policy',
        params: { RoleName: 'cloudcraft', PolicyArn: READ_ONLY },
      },
    ]);
    const script = moveOffScriptOf(deployment, 'cloudcraft', ['ReadOnlyAccess']);
    const result = await runScript(account, SCRIPT, script);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      `Policy ${part!.name} keeps 5 versions, the most IAM allows: deleting v1, the oldest that is not the default.`,
      `Policy ${part!.name} existed: its new default version holds this document.`,
      `Policy ${part!.name} is already attached to cloudcraft.`,
      'Detached ReadOnlyAccess from cloudcraft.',
    ]);
    const role = (await readState(account, { roles: ['cloudcraft'] })).roles.cloudcraft;
    const policy = role?.attached.find((p) => p.name === part!.name);
    expect(role?.attached.map((p) => p.name)).toEqual([part!.name]);
    expect(policy?.defaultVersionId).toBe('v6');
    expect(JSON.stringify(policy && defaultDocument(policy))).toBe(JSON.stringify(part!.document));
    // Another role's ReadOnlyAccess is not this script's business.
    const unused = (await readState(account, { roles: ['unused'] })).roles.unused;
    expect(unused?.attached.map((p) => p.name)).toContain('ReadOnlyAccess');
  });

  it('stops with ReadOnlyAccess attached when the role does not exist', async ({ expect }) => {
    const account = accounts[cases.length + 1] as Account;
    await seedReadOnlyRole(account, 'cloudcraft');
    const deployment = deploymentOf(LARGEST_CASE);
    const result = await runScript(
      account,
      SCRIPT,
      moveOffScriptOf(deployment, 'cloudcraft-typo', ['ReadOnlyAccess']),
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/\(NoSuchEntity\) when calling the GetRole operation/);
    expect(result.stdout).toBe('');
    const state = await readState(account, { roles: ['cloudcraft'] });
    expect(state.policyNames).toEqual(['Other']);
    expect(state.roles.cloudcraft?.attached.map((p) => p.name).sort()).toEqual([
      'Other',
      'ReadOnlyAccess',
    ]);
  });

  it('stops with ReadOnlyAccess attached when the role has no room for the policy', async ({
    expect,
  }) => {
    const account = accounts[cases.length + 2] as Account;
    // ReadOnlyAccess and 9 more: the role's 10 managed policies, IAM's default quota.
    await seedReadOnlyRole(account, 'cloudcraft', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    const choice = EDGE_CASES[1]!;
    const deployment = deploymentOf(choice);
    const script = moveOffScriptOf(deployment, 'cloudcraft', ['ReadOnlyAccess']);
    const result = await runScript(account, SCRIPT, script);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/\(LimitExceeded\).*PoliciesPerRole: 10/);
    expect(result.stdout).not.toMatch(/Detached/);
    const role = (await readState(account, { roles: ['cloudcraft'] })).roles.cloudcraft;
    expect(role?.attached.map((p) => p.name)).toContain('ReadOnlyAccess');
    expect(role?.attached).toHaveLength(10);
  });
});
