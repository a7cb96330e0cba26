/**
 * The simulate-principal-policy stand-in (aws/emulator/patches/simulate_stand_in.py), shown through
 * the real AWS CLI: what it answers for a role's attached and inline policies.
 */
import { beforeAll, describe, inject, it } from 'vitest';
import { boto3Calls, newAccounts, type Account } from './support/harness';
import { aws } from './support/run';

const endpoint = inject('awsEndpoint');
const accounts: Account[] = [];
const account = (i: number) => accounts[i] as Account;

beforeAll(async () => {
  accounts.push(...(await newAccounts(endpoint, 2)));
});

const document = (statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const TRUST = document([
  {
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::968898580625:root' },
    Action: 'sts:AssumeRole',
  },
]);

/** A role `-r` with a managed policy and an inline policy that exercise every rule of the stand-in. */
async function seedRole(target: Account): Promise<void> {
  const [policy] = await boto3Calls<{ Policy: { Arn: string } }>(target, [
    {
      service: 'iam',
      operation: 'create_policy',
      params: {
        PolicyName: 'reads',
        PolicyDocument: document([
          { Effect: 'Allow', Action: ['EC2:describe*', 's3:Get?ucketAcl'], Resource: '*' },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' },
          { Effect: 'Deny', Action: 'ec2:DescribeVpcs', Resource: '*' },
          {
            Effect: 'Allow',
            NotAction: 'iam:*',
            Resource: 'arn:aws:sns:*',
            Condition: { Bool: { 'aws:SecureTransport': 'true' } },
          },
        ]),
      },
    },
  ]);
  await boto3Calls(target, [
    {
      service: 'iam',
      operation: 'create_role',
      params: { RoleName: '-r', AssumeRolePolicyDocument: TRUST },
    },
    {
      service: 'iam',
      operation: 'attach_role_policy',
      params: { RoleName: '-r', PolicyArn: policy?.Policy.Arn },
    },
    {
      service: 'iam',
      operation: 'put_role_policy',
      params: {
        RoleName: '-r',
        PolicyName: 'inline',
        PolicyDocument: document([
          {
            Effect: 'Allow',
            NotAction: ['iam:*', 's3:*', 'ec2:*'],
            NotResource: 'arn:aws:sqs:*',
          },
        ]),
      },
    },
  ]);
}

describe.concurrent('simulate-principal-policy stand-in, through the AWS CLI', () => {
  it('evaluates the role attached and inline policies: explicit Deny, Allow, implicit deny', async ({
    expect,
  }) => {
    await seedRole(account(0));
    const result = await aws(account(0), [
      'iam',
      'simulate-principal-policy',
      `--policy-source-arn=arn:aws:iam::${account(0).id}:role/-r`,
      '--action-names',
      'ec2:DescribeInstances',
      'ec2:describevpcs',
      's3:GetBucketAcl',
      's3:GetObject',
      'sns:Publish',
      'iam:PassRole',
      '--resource-arns',
      'arn:aws:s3:::bucket/key',
      'arn:aws:sqs:us-east-1:1:q',
      // Only the conditioned statement could allow s3:GetObject here: its condition never matches.
      'arn:aws:sns:us-east-1:1:t',
      '--query=EvaluationResults[].[EvalActionName,EvalResourceName,EvalDecision]',
      '--output=json',
    ]);
    expect(result.stderr).toBe('');
    const decisions = (JSON.parse(result.stdout) as string[][]).map((r) => r.join(' '));
    expect(decisions).toEqual([
      'ec2:DescribeInstances arn:aws:s3:::bucket/key allowed',
      'ec2:DescribeInstances arn:aws:sqs:us-east-1:1:q allowed',
      'ec2:DescribeInstances arn:aws:sns:us-east-1:1:t allowed',
      'ec2:describevpcs arn:aws:s3:::bucket/key explicitDeny',
      'ec2:describevpcs arn:aws:sqs:us-east-1:1:q explicitDeny',
      'ec2:describevpcs arn:aws:sns:us-east-1:1:t explicitDeny',
      's3:GetBucketAcl arn:aws:s3:::bucket/key allowed',
      's3:GetBucketAcl arn:aws:sqs:us-east-1:1:q allowed',
      's3:GetBucketAcl arn:aws:sns:us-east-1:1:t allowed',
      's3:GetObject arn:aws:s3:::bucket/key allowed',
      's3:GetObject arn:aws:sqs:us-east-1:1:q implicitDeny',
      's3:GetObject arn:aws:sns:us-east-1:1:t implicitDeny',
      'sns:Publish arn:aws:s3:::bucket/key allowed',
      'sns:Publish arn:aws:sqs:us-east-1:1:q implicitDeny',
      'sns:Publish arn:aws:sns:us-east-1:1:t allowed',
      'iam:PassRole arn:aws:s3:::bucket/key implicitDeny',
      'iam:PassRole arn:aws:sqs:us-east-1:1:q implicitDeny',
      'iam:PassRole arn:aws:sns:us-east-1:1:t implicitDeny',
    ]);
  });

  it('answers for roles of the caller account only, and a missing role as IAM does', async ({
    expect,
  }) => {
    const other = await aws(account(1), [
      'iam',
      'simulate-principal-policy',
      '--policy-source-arn=arn:aws:iam::123456789012:user/u',
      '--action-names',
      's3:GetObject',
    ]);
    expect(other.stderr).toMatch(/\(InvalidInput\).*stand-in simulates roles of this account only/);
    const missing = await aws(account(1), [
      'iam',
      'simulate-principal-policy',
      `--policy-source-arn=arn:aws:iam::${account(1).id}:role/none`,
      '--action-names',
      's3:GetObject',
    ]);
    expect(missing.stderr).toMatch(/\(NoSuchEntity\)/);
  });
});
