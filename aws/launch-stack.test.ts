/**
 * The parameterised template behind the Launch Stack link, created on the emulator exactly as the
 * link would have CloudFormation create it: the template from its S3 URL, the link's stack name and
 * parameters (the External ID typed in the console when the page had none). The role's attached
 * policies must then grant exactly what the page's policy grants, for random choices in every
 * edition and mode.
 */
import { beforeAll, describe, inject, it } from 'vitest';
import { numbered, randomCases } from './support/cases';
import {
  deploymentOf,
  grantedPairs,
  launchStackOf,
  pageGrantedPairs,
  type Deployment,
} from './support/deliverables';
import { defaultDocument } from './support/expect-state';
import { newAccounts, readState, type Account } from './support/harness';
import { aws, workDirectory, writeFiles } from './support/run';

const endpoint = inject('awsEndpoint');
const cases = randomCases(inject('awsSeed'));
const accounts: Account[] = [];

beforeAll(async () => {
  accounts.push(...(await newAccounts(endpoint, cases.length)));
});

/** Publishes the template where the link points, then creates the stack the link describes. */
async function launch(account: Account, deployment: Deployment, externalId: string) {
  // Bucket names are global: one bucket per account.
  const bucket = `cloudcraft-templates-${account.id}`;
  const { link, template } = launchStackOf(deployment, `https://${bucket}.s3.amazonaws.com/v1/`);
  const dir = workDirectory();
  const key = decodeURIComponent(new URL(link.templateUrl).pathname.slice(1));
  const parameters = Object.entries({ ExternalId: externalId, ...link.parameters }).map(
    ([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }),
  );
  writeFiles(dir, { 'template.yaml': template, 'parameters.json': JSON.stringify(parameters) });
  const made = await aws(account, ['s3api', 'create-bucket', `--bucket=${bucket}`], dir);
  const put = await aws(
    account,
    ['s3api', 'put-object', `--bucket=${bucket}`, `--key=${key}`, '--body=template.yaml'],
    dir,
  );
  const created = await aws(
    account,
    [
      'cloudformation',
      'create-stack',
      `--stack-name=${link.stackName}`,
      `--template-url=${link.templateUrl}`,
      '--parameters=file://parameters.json',
      '--capabilities=CAPABILITY_NAMED_IAM',
    ],
    dir,
  );
  return { link, errors: [made.stderr, put.stderr, created.stderr].join('') };
}

describe.concurrent('the Launch Stack template with the link’s parameters', () => {
  it.for(numbered(cases))('%s', async ([, c], { expect }) => {
    const account = accounts[c.i] as Account;
    const deployment = deploymentOf(c);
    const { link, errors } = await launch(account, deployment, c.externalId);
    expect(errors).toBe('');
    const roleName = deployment.role.roleName;
    const state = await readState(account, { roles: [roleName], stacks: [link.stackName] });
    expect(state.stacks[link.stackName]?.status).toBe('CREATE_COMPLETE');
    const role = state.roles[roleName];
    if (!role) throw new Error(`no role ${roleName}`);
    // Exactly the page's grants, over however many parts the template's services need.
    const documents = role.attached.map((p) => defaultDocument(p));
    expect(grantedPairs(documents)).toEqual(pageGrantedPairs(deployment));
    // Only the parts that hold a chosen service exist, and all of them are attached.
    expect(state.policyNames).toEqual(role.attached.map((p) => p.name).sort());
    for (const document of documents) {
      const size = JSON.stringify(document).replace(/\s/g, '').length;
      expect(size).toBeLessThanOrEqual(6144);
    }
    const trust = role.trustPolicy as { Statement: { Condition: unknown }[] };
    expect(trust.Statement[0]?.Condition).toEqual({
      StringEquals: { 'sts:ExternalId': c.externalId },
    });
  });
});
