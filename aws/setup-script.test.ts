/**
 * cloudcraft-setup.sh, run with `sh` and the real AWS CLI against the emulator, for random choices,
 * IAM's edge cases and the largest deployment; then the account's IAM state is read back and
 * compared with the page.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { EDGE_CASES, LARGEST_CASE, numbered, randomCases } from './support/cases';
import { deploymentOf, roleNameError, setupScriptOf } from './support/deliverables';
import { expectDeployed } from './support/expect-state';
import { newAccounts, readState, type Account } from './support/harness';
import { aws, runScript } from './support/run';

const endpoint = inject('awsEndpoint');
const cases = [...randomCases(inject('awsSeed')), ...EDGE_CASES, LARGEST_CASE];
const accounts: Account[] = [];
const account = (i: number): Account => accounts[i] as Account;

beforeAll(async () => {
  accounts.push(...(await newAccounts(endpoint, cases.length + 1)));
});

describe.concurrent('cloudcraft-setup.sh with the AWS CLI', () => {
  it.for(numbered(cases))('%s', async ([, c], { expect }) => {
    const deployment = deploymentOf(c);
    const args = c.role.externalId ? [] : [c.externalId];
    const script = setupScriptOf(deployment);
    const result = await runScript(account(c.i), 'cloudcraft-setup.sh', script, args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const state = await readState(account(c.i), { roles: [c.role.roleName] });
    const role = expectDeployed(expect, state, deployment, c.externalId);
    expect(role.arn).toBe(`arn:aws:iam::${account(c.i).id}:role/${c.role.roleName}`);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(role.arn);
  });

  it('refuses a missing or invalid External ID before creating anything', async ({ expect }) => {
    const [choice] = EDGE_CASES;
    if (!choice) throw new Error('no edge case');
    const role = { ...choice.role, externalId: '' };
    const script = setupScriptOf(deploymentOf({ ...choice, role }));
    const refused = [[], [''], ['a'], ['a'.repeat(1225)], ['a"b'], ['é-accent'], ['a b']];
    for (const args of refused) {
      const result = await runScript(account(cases.length), 'cloudcraft-setup.sh', script, args);
      expect(result.status, JSON.stringify(args)).toBe(2);
      expect(result.stderr).toMatch(/^Usage: sh cloudcraft-setup.sh EXTERNAL_ID|at most 1,224/);
      expect(result.stdout).toBe('');
    }
    const state = await readState(account(cases.length), { roles: [role.roleName] });
    expect(state).toEqual({ roles: { [role.roleName]: null }, stacks: {}, policyNames: [] });
  });
});

it('the AWS CLI cannot take the role name --, which is why the page refuses it', async () => {
  const result = await aws(account(cases.length), ['iam', 'get-role', '--role-name=--']);
  // AWS CLI v1 here says "Invalid type for parameter RoleName, value: []": argparse dropped the `--`.
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(/parameter RoleName/);
  expect(roleNameError('--')).toBeDefined();
});
