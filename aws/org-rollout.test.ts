/**
 * cloudcraft-org-rollout.sh with the real AWS CLI against an emulated organization: 25 active
 * accounts in an OU and an OU under it, and a closed one. The StackSet, its instances in one region,
 * the management account's stack, each member's role; then a second run that updates.
 */
import { beforeAll, describe, inject, it } from 'vitest';
import { randomCases } from './support/cases';
import { deploymentOf, rolloutScriptOf, templateOf } from './support/deliverables';
import { expectDeployed } from './support/expect-state';
import {
  accountsFor,
  boto3Calls,
  makeOrganizationOfMany,
  newAccounts,
  readState,
  type Account,
  type OrganizationOfMany,
} from './support/harness';
import { accountNames } from './support/org-accounts';
import { aws, CLI, cliKnows, runScript } from './support/run';

const STACK_SET = 'cloudcraft-role';
const endpoint = inject('awsEndpoint');
// A seeded random choice: any edition and mode, the role name and External ID as IAM allows them.
const seed = inject('awsSeed');
const drawn = randomCases(seed, 1);
const choice = drawn[seed % drawn.length];
let management: Account;
let organization: OrganizationOfMany;

beforeAll(async () => {
  [management] = (await newAccounts(endpoint, 1)) as [Account];
  organization = await makeOrganizationOfMany(management, accountNames(25), 'Closed “old” Sàrl');
});

const CHECKS_ACCESS = cliKnows('cloudformation', 'describe-organizations-access');
const ACTIVATE_TRUSTED_ACCESS = {
  service: 'cloudformation',
  operation: 'activate_organizations_access',
  params: {},
};
const EXPECTED_STDERR = CHECKS_ACCESS
  ? ''
  : `Warning: this AWS CLI (${CLI?.version.split(' ')[0]}) predates describe-organizations-access, so trusted access for StackSets is not checked; if the StackSet cannot be created, activate it in the CloudFormation console (StackSets, Activate trusted access) or update the AWS CLI.\n`;

const cfn = (args: string[]) => aws(management, ['cloudformation', ...args]);

describe('cloudcraft-org-rollout.sh with the AWS CLI', { timeout: 180_000 }, () => {
  it('rolls the role out to every account under the OU, and to the management account', async ({
    expect,
  }) => {
    if (!choice) throw new Error('no case drawn');
    const deployment = deploymentOf(choice);
    const script = rolloutScriptOf(deployment);
    const args = ['--ou', organization.workloads, '--external-id', choice.externalId];
    // A CLI without describe-organizations-access (Debian's v2.9): as its warning says, trusted
    // access is activated in the console first.
    if (!CHECKS_ACCESS) await boto3Calls(management, [ACTIVATE_TRUSTED_ACCESS]);
    const first = await runScript(management, 'cloudcraft-org-rollout.sh', script, args);
    expect(first.stderr).toBe(EXPECTED_STDERR);
    expect(first.status).toBe(0);
    if (CHECKS_ACCESS) expect(first.stdout).toContain('Activating trusted access');
    expect(first.stdout).toContain(`Creating the StackSet ${STACK_SET}`);

    const described = await cfn([
      'describe-stack-set',
      `--stack-set-name=${STACK_SET}`,
      '--query=StackSet.[PermissionModel,AutoDeployment,Capabilities,TemplateBody]',
      '--output=json',
    ]);
    const [model, auto, capabilities, body] = JSON.parse(described.stdout) as [
      string,
      object,
      string[],
      string,
    ];
    expect([model, auto, capabilities]).toEqual([
      'SERVICE_MANAGED',
      { Enabled: true, RetainStacksOnAccountRemoval: false },
      ['CAPABILITY_NAMED_IAM'],
    ]);
    // The template the page offers, byte for byte.
    expect(body).toBe(templateOf(deployment, 'yaml'));

    const listed = await cfn([
      'list-stack-instances',
      `--stack-set-name=${STACK_SET}`,
      '--query=Summaries[].[Account,Region]',
      '--output=json',
    ]);
    const instances = JSON.parse(listed.stdout) as [string, string][];
    const members = organization.members.map((m) => m.id).sort();
    expect(instances.map(([account]) => account).sort()).toEqual(members);
    expect(new Set(instances.map(([, region]) => region))).toEqual(new Set(['us-east-1']));
    for (const id of members) expect(first.stdout).toContain(`account ${id} in us-east-1: `);
    // StackSets would try the closed account and fail: the script leaves it out.
    expect(first.stdout).toContain(
      `Leaving out closed or suspended accounts: ${organization.closed.id}.`,
    );

    // Every member, and the management account through its own stack, has exactly the role.
    const [member] = await accountsFor(endpoint, [members[0] as string]);
    const roles = { roles: [deployment.role.roleName] };
    expectDeployed(
      expect,
      await readState(member as Account, roles),
      deployment,
      choice.externalId,
    );
    const own = await readState(management, { ...roles, stacks: [STACK_SET] });
    expect(own.stacks[STACK_SET]?.status).toBe('CREATE_COMPLETE');
    expectDeployed(expect, own, deployment, choice.externalId);

    // Running it again updates what it made, and changes nothing else.
    const second = await runScript(management, 'cloudcraft-org-rollout.sh', script, args);
    expect(second.stderr).toBe(EXPECTED_STDERR);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`Updating the StackSet ${STACK_SET}`);
    expect(second.stdout).toMatch(/management account is up to date|Updating the stack/);
    const again = await cfn([
      'list-stack-instances',
      `--stack-set-name=${STACK_SET}`,
      '--query=length(Summaries)',
      '--output=text',
    ]);
    expect(again.stdout.trim()).toBe(String(members.length));
  });

  it('stops with one clear line when run outside the management account', async ({ expect }) => {
    if (!choice) throw new Error('no case drawn');
    const script = rolloutScriptOf(deploymentOf(choice));
    const [stranger] = await newAccounts(endpoint, 1);
    const result = await runScript(stranger as Account, 'cloudcraft-org-rollout.sh', script, [
      '--ou',
      organization.workloads,
      '--external-id',
      choice.externalId,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      /^cloudcraft-org-rollout: cannot read the organization: run this in its management account/,
    );
  });
});
