/**
 * The launcher's StackSets patches (aws/emulator/patches/cfn_stack_sets.py), shown through the real
 * AWS CLI on one organization: trusted access, what a stack set keeps, where its instances go.
 */
import { beforeAll, describe, inject, it } from 'vitest';
import { makeOrganization, newAccounts, type Account, type Organization } from './support/harness';
import { patchTemplate, withTemplate } from './support/patch-template';
import { aws } from './support/run';

const endpoint = inject('awsEndpoint');
let management: Account;
let organization: Organization;

beforeAll(async () => {
  [management] = (await newAccounts(endpoint, 1)) as [Account];
  organization = await makeOrganization(management);
});

const cfn = (args: string[]) => aws(management, ['cloudformation', ...args]);
const STACK_SET = [
  '--stack-set-name=cloudcraft',
  '--permission-model=SERVICE_MANAGED',
  '--capabilities=CAPABILITY_NAMED_IAM',
  '--auto-deployment=Enabled=true,RetainStacksOnAccountRemoval=false',
];
const createStackSet = () =>
  withTemplate(management, 'create-stack-set', patchTemplate({ roleName: 'member' }), STACK_SET);

describe('StackSets with Organizations, through the AWS CLI', () => {
  it('needs trusted access, which activate-organizations-access turns on', async ({ expect }) => {
    expect((await createStackSet()).stderr).toMatch(
      /\(ValidationError\).*You must enable organizations access to operate a service managed stack set/,
    );
    const access = ['describe-organizations-access', '--output=text'];
    expect((await cfn(access)).stdout).toBe('DISABLED\n');
    expect((await cfn(['activate-organizations-access'])).stderr).toBe('');
    expect((await cfn(access)).stdout).toBe('ENABLED\n');
    expect((await createStackSet()).stderr).toBe('');
  });

  it('keeps AutoDeployment and Capabilities', async ({ expect }) => {
    const described = await cfn([
      'describe-stack-set',
      '--stack-set-name=cloudcraft',
      '--query=StackSet.[AutoDeployment,Capabilities]',
      '--output=json',
    ]);
    expect(JSON.parse(described.stdout)).toEqual([
      { Enabled: true, RetainStacksOnAccountRemoval: false },
      ['CAPABILITY_NAMED_IAM'],
    ]);
  });

  it('deploys to every member under the OU, nested ones too, once, never to management', async ({
    expect,
  }) => {
    const deploy = [
      'create-stack-instances',
      '--stack-set-name=cloudcraft',
      `--deployment-targets=OrganizationalUnitIds=${organization.root}`,
      '--regions=us-east-1',
    ];
    expect((await cfn(deploy)).stderr).toBe('');
    expect((await cfn(deploy)).stderr).toBe('');
    const listed = await cfn([
      'list-stack-instances',
      '--stack-set-name=cloudcraft',
      '--query=Summaries[].Account',
      '--output=json',
    ]);
    const { top, nested } = organization.members;
    expect((JSON.parse(listed.stdout) as string[]).sort()).toEqual([top, nested].sort());
  });

  it('registers a StackSets delegated administrator', async ({ expect }) => {
    const result = await aws(management, [
      'organizations',
      'register-delegated-administrator',
      '--service-principal=member.org.stacksets.cloudformation.amazonaws.com',
      `--account-id=${organization.members.top}`,
    ]);
    expect(result.stderr).toBe('');
  });

  it('leaves out the accounts a DIFFERENCE filter lists, as for suspended accounts', async ({
    expect,
  }) => {
    const filtered = STACK_SET.map((o) => o.replace('=cloudcraft', '=filtered'));
    const made = await withTemplate(
      management,
      'create-stack-set',
      patchTemplate({ roleName: 'filtered' }),
      filtered,
    );
    expect(made.stderr).toBe('');
    const { top, nested } = organization.members;
    const targets = {
      OrganizationalUnitIds: [organization.root],
      Accounts: [nested],
      AccountFilterType: 'DIFFERENCE',
    };
    const deploy = await cfn([
      'create-stack-instances',
      '--stack-set-name=filtered',
      `--deployment-targets=${JSON.stringify(targets)}`,
      '--regions=us-east-1',
    ]);
    expect(deploy.stderr).toBe('');
    const listed = await cfn([
      'list-stack-instances',
      '--stack-set-name=filtered',
      '--query=Summaries[].Account',
      '--output=json',
    ]);
    expect(JSON.parse(listed.stdout)).toEqual([top]);
  });
});
