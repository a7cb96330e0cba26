/**
 * cloudcraft-verify.sh with the real AWS CLI: every call goes to the emulator, and its one call the
 * emulator lacks, `iam simulate-principal-policy`, is answered by the launcher's documented stand-in
 * (aws/emulator/patches/simulate_stand_in.py), which evaluates the role's attached policies.
 */
import { beforeAll, describe, inject, it } from 'vitest';
import { EDGE_CASES, numbered, randomCases } from './support/cases';
import {
  accountRootArn,
  buildTrustPolicy,
  deploymentOf,
  listDeployedPolicies,
  verifyScriptOf,
  type Deployment,
} from './support/deliverables';
import { newAccounts, seedRole, type Account, type SeedPolicy } from './support/harness';
import { runScript } from './support/run';

const endpoint = inject('awsEndpoint');
const cases = [...randomCases(inject('awsSeed')), ...EDGE_CASES];
const accounts: Account[] = [];

beforeAll(async () => {
  accounts.push(...(await newAccounts(endpoint, cases.length + 2)));
});

/** The managed policies a correct setup attaches: every part, as the page renders it. */
function partsOf(deployment: Deployment): SeedPolicy[] {
  return listDeployedPolicies(deployment).map((p) => ({
    name: p.name,
    description: p.description,
    documents: [JSON.stringify(p.document)],
  }));
}

const trustText = (deployment: Deployment, externalId: string) =>
  JSON.stringify(buildTrustPolicy(accountRootArn(deployment.role.accountId), externalId));

const lines = (stdout: string, prefix: string) =>
  stdout.split('\n').filter((l) => l.startsWith(prefix));

describe.concurrent('cloudcraft-verify.sh with the AWS CLI', () => {
  it.for(numbered(cases))('passes a correct role: %s', async ([, c], { expect }) => {
    const account = accounts[c.i] as Account;
    const deployment = deploymentOf(c);
    const role = { name: c.role.roleName, trustPolicy: trustText(deployment, c.externalId) };
    await seedRole(account, role, partsOf(deployment));
    const result = await runScript(account, 'cloudcraft-verify.sh', verifyScriptOf(deployment));
    expect(lines(result.stdout, 'FAIL')).toEqual([]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/PASS: all \d+ checks passed\.\n$/);
  });

  it('names each fault of a wrong role, and exits 1', async ({ expect }) => {
    const account = accounts[cases.length] as Account;
    const deployment = deploymentOf({
      editionId: 'minimal-2025-01',
      mode: 'published',
      serviceIds: ['ec2', 's3', 'apigateway'],
      role: { roleName: '-cloudcraft', accountId: '968898580625', externalId: 'abc-123' },
    });
    const [part, ...others] = partsOf(deployment);
    if (!part || others.length > 0) throw new Error('expected one policy part');
    const lacking = (part.documents[0] ?? '').replace('"ec2:DescribeVpcs",', '');
    const statement = (Effect: string, Action: string) =>
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect, Action, Resource: '*' }] });
    await seedRole(account, { name: '-cloudcraft', trustPolicy: trustText(deployment, 'other') }, [
      { ...part, documents: [lacking] },
      { name: 'Writes', documents: [statement('Allow', 's3:PutObject')] },
      { name: 'Denies', documents: [statement('Deny', 'ec2:DescribeInstances')] },
    ]);
    const result = await runScript(account, 'cloudcraft-verify.sh', verifyScriptOf(deployment));
    expect(result.status).toBe(1);
    expect(lines(result.stdout, 'FAIL')).toEqual([
      'FAIL the trust policy requires the External ID other, not abc-123',
      'FAIL Amazon EC2 reads: not allowed: ec2:DescribeInstances ec2:DescribeVpcs',
      'FAIL writes and permission changes denied: allowed: s3:PutObject',
      expect.stringMatching(/^FAIL: 3 of \d+ checks failed\.$/),
    ]);
  });

  it('stops when the role does not exist', async ({ expect }) => {
    const account = accounts[cases.length + 1] as Account;
    const [edge] = EDGE_CASES;
    if (!edge) throw new Error('no edge case');
    const result = await runScript(
      account,
      'cloudcraft-verify.sh',
      verifyScriptOf(deploymentOf(edge)),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`FAIL: cannot read the role ${edge.role.roleName}.\n`);
    expect(result.stderr).toMatch(/NoSuchEntity/);
  });
});
