/**
 * The CloudFormation template, YAML and JSON, created with `aws cloudformation create-stack` against
 * the emulator for random choices and IAM's edge cases; then the stack's role and policies are read
 * back and compared with the page.
 */
import { beforeAll, describe, inject, it } from 'vitest';
import { EDGE_CASES, LARGEST_CASE, numbered, randomCases } from './support/cases';
import { deploymentOf, templateOf, type TemplateFormat } from './support/deliverables';
import { expectDeployed } from './support/expect-state';
import { newAccounts, readState, type Account } from './support/harness';
import { aws, workDirectory, writeFiles } from './support/run';

const STACK = 'cloudcraft-role';
const endpoint = inject('awsEndpoint');
const formats: TemplateFormat[] = ['yaml', 'json'];
const cases = [...randomCases(inject('awsSeed')), ...EDGE_CASES, LARGEST_CASE].flatMap((c) =>
  formats.map((format) => ({ ...c, format, title: `${format}: ${c.title}` })),
);
const accounts: Account[] = [];

beforeAll(async () => {
  accounts.push(...(await newAccounts(endpoint, cases.length)));
});

/** create-stack as a user runs it: the template file, IAM acknowledged, the External ID if asked. */
function createStack(
  account: Account,
  template: string,
  format: TemplateFormat,
  externalId?: string,
) {
  const dir = workDirectory();
  const file = `cloudcraft-role.${format}`;
  writeFiles(dir, { [file]: template });
  const args = [
    'cloudformation',
    'create-stack',
    `--stack-name=${STACK}`,
    `--template-body=file://${file}`,
    '--capabilities=CAPABILITY_NAMED_IAM',
  ];
  if (externalId !== undefined) {
    const parameters = [{ ParameterKey: 'ExternalId', ParameterValue: externalId }];
    writeFiles(dir, { 'parameters.json': JSON.stringify(parameters) });
    args.push('--parameters=file://parameters.json');
  }
  return aws(account, args, dir);
}

describe.concurrent('cloudcraft-role template with aws cloudformation create-stack', () => {
  it.for(numbered(cases))('%s', async ([, c], { expect }) => {
    const account = accounts[c.i] as Account;
    const deployment = deploymentOf(c);
    const template = templateOf(deployment, c.format);
    const result = await createStack(
      account,
      template,
      c.format,
      c.role.externalId ? undefined : c.externalId,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const state = await readState(account, { roles: [c.role.roleName], stacks: [STACK] });
    const role = expectDeployed(expect, state, deployment, c.externalId);
    expect(state.stacks[STACK]).toEqual({
      status: 'CREATE_COMPLETE',
      outputs: { RoleArn: role.arn },
    });
  });
});
