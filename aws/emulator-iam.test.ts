/**
 * The launcher's IAM patches, each shown through the real AWS CLI (aws/emulator/patches/iam_*.py).
 * Setup goes through boto3; the behaviour under test through the CLI.
 */
import { beforeAll, describe, inject, it } from 'vitest';
import { boto3Calls, newAccounts, type Account } from './support/harness';
import { aws } from './support/run';

const endpoint = inject('awsEndpoint');
const accounts: Account[] = [];
const account = (i: number) => accounts[i] as Account;

beforeAll(async () => {
  accounts.push(...(await newAccounts(endpoint, 4)));
});

/** A policy document of exactly `size` characters without white space, padded with white space too. */
function documentOfSize(size: number): string {
  const empty = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: [], Resource: '*' }],
  });
  const actions: string[] = [];
  let length = empty.length;
  while (length + 1 + '"ec2:DescribeX"'.length <= size) {
    actions.push('ec2:DescribeX');
    length += (actions.length > 1 ? 1 : 0) + '"ec2:DescribeX"'.length;
  }
  const pad = 'Y'.repeat(size - length);
  if (actions.length > 0) actions[0] = `ec2:DescribeX${pad}`;
  const text = JSON.stringify(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] },
    null,
    2,
  );
  if (text.replace(/\s/g, '').length !== size) throw new Error(`not ${size} characters`);
  return text;
}

const trust = (externalId: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::968898580625:root' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  });

describe.concurrent('IAM patches, through the AWS CLI', () => {
  it('managed policies hold at most 6,144 characters, white space not counted', async ({
    expect,
  }) => {
    const create = (name: string, size: number) =>
      aws(account(0), [
        'iam',
        'create-policy',
        `--policy-name=${name}`,
        `--policy-document=${documentOfSize(size)}`,
      ]);
    const fits = await create('fits', 6144);
    expect(fits.status).toBe(0);
    const over = await create('over', 6145);
    expect(over.status).not.toBe(0);
    expect(over.stderr).toMatch(/\(LimitExceeded\).*Cannot exceed quota for PolicySize: 6144/);
    const arn = `arn:aws:iam::${account(0).id}:policy/fits`;
    const version = await aws(account(0), [
      'iam',
      'create-policy-version',
      `--policy-arn=${arn}`,
      `--policy-document=${documentOfSize(6145)}`,
    ]);
    expect(version.stderr).toMatch(/\(LimitExceeded\).*Cannot exceed quota for PolicySize: 6144/);
  });

  it('keeps the default version when it is set as the default again', async ({ expect }) => {
    const [created] = await boto3Calls<{ Policy: { Arn: string } }>(account(2), [
      {
        service: 'iam',
        operation: 'create_policy',
        params: { PolicyName: 'p', PolicyDocument: documentOfSize(200) },
      },
    ]);
    const arn = `--policy-arn=${created?.Policy.Arn}`;
    const again = await aws(account(2), [
      'iam',
      'set-default-policy-version',
      arn,
      '--version-id=v1',
    ]);
    expect(again.stderr).toBe('');
    const versions = await aws(account(2), [
      'iam',
      'list-policy-versions',
      arn,
      '--query=Versions[].[VersionId,IsDefaultVersion]',
      '--output=json',
    ]);
    expect(JSON.parse(versions.stdout)).toEqual([['v1', true]]);
  });

  it('trust policies hold at most 2,048 characters', async ({ expect }) => {
    const create = (name: string, externalId: string) =>
      aws(account(0), [
        'iam',
        'create-role',
        `--role-name=${name}`,
        `--assume-role-policy-document=${trust(externalId)}`,
      ]);
    const base = trust('').replace(/\s/g, '').length;
    expect((await create('fits', 'x'.repeat(2048 - base))).status).toBe(0);
    const over = await create('over', 'x'.repeat(2049 - base));
    expect(over.stderr).toMatch(/\(LimitExceeded\).*Cannot exceed quota for ACLSizePerRole: 2048/);
  });

  it('every account has the AWS managed policies; a role takes at most 10 managed policies', async ({
    expect,
  }) => {
    const role = ['--role-name=r'];
    await aws(account(3), [
      'iam',
      'create-role',
      ...role,
      `--assume-role-policy-document=${trust('x')}`,
    ]);
    const attach = (arn: string) =>
      aws(account(3), ['iam', 'attach-role-policy', ...role, `--policy-arn=${arn}`]);
    const readOnly = await attach('arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(readOnly.stderr).toBe('');
    const version = await aws(account(3), [
      'iam',
      'get-policy',
      '--policy-arn=arn:aws:iam::aws:policy/job-function/ViewOnlyAccess',
      '--query=Policy.DefaultVersionId',
      '--output=text',
    ]);
    expect(version.stdout).toMatch(/^v\d+\n$/);
    const names = Array.from({ length: 9 }, (_, i) => `p${i}`);
    const created = await boto3Calls<{ Policy: { Arn: string } }>(
      account(3),
      names.map((name) => ({
        service: 'iam',
        operation: 'create_policy',
        params: { PolicyName: name, PolicyDocument: documentOfSize(100) },
      })),
    );
    for (const c of created) expect((await attach(c.Policy.Arn)).status).toBe(0);
    // Attaching one of the ten again changes nothing; an eleventh is refused.
    expect((await attach('arn:aws:iam::aws:policy/ReadOnlyAccess')).status).toBe(0);
    const eleventh = await attach('arn:aws:iam::aws:policy/SecurityAudit');
    expect(eleventh.stderr).toMatch(
      /\(LimitExceeded\).*Cannot exceed quota for PoliciesPerRole: 10/,
    );
  });
});
