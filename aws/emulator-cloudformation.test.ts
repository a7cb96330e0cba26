/**
 * The launcher's CloudFormation patches, each shown through the real AWS CLI
 * (aws/emulator/patches/cfn_*.py). Setup goes through boto3; the behaviour under test through the CLI.
 */
import { beforeAll, describe, inject, it } from 'vitest';
import { newAccounts, readState, type Account } from './support/harness';
import { patchTemplate as template, withTemplate } from './support/patch-template';
import { aws } from './support/run';

const endpoint = inject('awsEndpoint');
const accounts: Account[] = [];
const account = (i: number) => accounts[i] as Account;

beforeAll(async () => {
  accounts.push(...(await newAccounts(endpoint, 5)));
});

/** Runs `aws cloudformation VERB` with the template given as a file. */
const stack = (i: number, verb: string, text: string, args: string[] = []) =>
  withTemplate(account(i), verb, text, args);

async function attachedTo(i: number, roleName: string): Promise<string[]> {
  const state = await readState(account(i), { roles: [roleName] });
  return (state.roles[roleName]?.attached ?? []).map((p) => p.arn.replace(/.*\//, '')).sort();
}

describe.concurrent('CloudFormation patches, through the AWS CLI', () => {
  it('refuses IAM resources without the capability they need', async ({ expect }) => {
    const named = template({ roleName: 'named' });
    const refused = await stack(0, 'create-stack', named, ['--stack-name=a']);
    expect(refused.stderr).toMatch(
      /\(InsufficientCapabilitiesException\).*Requires capabilities : \[CAPABILITY_NAMED_IAM\]/,
    );
    const iamOnly = await stack(0, 'create-stack', named, [
      '--stack-name=a',
      '--capabilities=CAPABILITY_IAM',
    ]);
    expect(iamOnly.stderr).toMatch(/Requires capabilities : \[CAPABILITY_NAMED_IAM\]/);
    const unnamed = await stack(0, 'create-stack', template(), ['--stack-name=b']);
    expect(unnamed.stderr).toMatch(/Requires capabilities : \[CAPABILITY_IAM\]/);
    const created = await stack(0, 'create-stack', named, [
      '--stack-name=a',
      '--capabilities=CAPABILITY_NAMED_IAM',
    ]);
    expect(created.status).toBe(0);
  });

  it("attaches a role's ManagedPolicyArns, dropping an Fn::If that yields AWS::NoValue", async ({
    expect,
  }) => {
    const args = ['--stack-name=s', '--capabilities=CAPABILITY_NAMED_IAM'];
    const created = await stack(
      1,
      'create-stack',
      template({ roleName: 'two', second: 'if' }),
      args,
    );
    expect(created.stderr).toBe('');
    expect(await attachedTo(1, 'two')).toEqual([expect.stringMatching(/^s-One-/)]);
    const updated = await stack(
      1,
      'update-stack',
      template({ roleName: 'two', second: 'always' }),
      args,
    );
    expect(updated.stderr).toBe('');
    expect(await attachedTo(1, 'two')).toEqual([
      expect.stringMatching(/^s-One-/),
      expect.stringMatching(/^s-Two-/),
    ]);
  });

  it('reads an unquoted YAML date as a string', async ({ expect }) => {
    const text = template({ roleName: 'dated', version: '2012-10-17' });
    const created = await stack(2, 'create-stack', text, [
      '--stack-name=d',
      '--capabilities=CAPABILITY_NAMED_IAM',
    ]);
    expect(created.stderr).toBe('');
    const state = await readState(account(2), { roles: ['dated'] });
    const document = state.roles.dated?.attached[0]?.versions[0]?.document as { Version: string };
    expect(document.Version).toBe('2012-10-17');
  });

  it('checks parameter values against their constraints', async ({ expect }) => {
    const refused = await stack(3, 'create-stack', template({ roleName: 'p' }), [
      '--stack-name=p',
      '--capabilities=CAPABILITY_NAMED_IAM',
      '--parameters=ParameterKey=WithSecond,ParameterValue=maybe',
    ]);
    expect(refused.stderr).toMatch(
      /\(ValidationError\).*Parameter 'WithSecond' must be one of AllowedValues/,
    );
  });

  it('makes a change set an update by default, and FAILED when it changes nothing', async ({
    expect,
  }) => {
    const text = template({ roleName: 'same' });
    const args = [
      '--stack-name=c',
      '--capabilities=CAPABILITY_NAMED_IAM',
      '--parameters=ParameterKey=WithSecond,ParameterValue=no',
    ];
    expect((await stack(4, 'create-stack', text, args)).status).toBe(0);
    const change = await stack(4, 'create-change-set', text, [...args, '--change-set-name=again']);
    expect(change.stderr).toBe('');
    const described = await aws(account(4), [
      'cloudformation',
      'describe-change-set',
      '--stack-name=c',
      '--change-set-name=again',
      '--query=[Status,ExecutionStatus,StatusReason]',
      '--output=json',
    ]);
    expect(JSON.parse(described.stdout)).toEqual([
      'FAILED',
      'UNAVAILABLE',
      "The submitted information didn't contain changes. Submit different information to create a change set.",
    ]);
  });
});
