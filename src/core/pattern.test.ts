import { describe, expect, it } from 'vitest';
import { hasWildcard, matchesPattern, splitAction } from './pattern';

describe('matchesPattern', () => {
  it('matches case-insensitively, as IAM does', () => {
    expect(matchesPattern('apigateway:Get', 'apigateway:GET')).toBe(true);
    expect(matchesPattern('EC2:describe*', 'ec2:DescribeInstances')).toBe(true);
  });

  it('treats * as any run and ? as exactly one character', () => {
    expect(matchesPattern('s3:List*', 's3:ListBucket')).toBe(true);
    expect(matchesPattern('s3:List*', 's3:List')).toBe(true);
    expect(matchesPattern('wafv2:GetWebACL?', 'wafv2:GetWebACLs')).toBe(true);
    expect(matchesPattern('wafv2:GetWebACL?', 'wafv2:GetWebACL')).toBe(false);
  });

  it('is anchored at both ends', () => {
    expect(matchesPattern('ec2:Describe', 'ec2:DescribeInstances')).toBe(false);
    expect(matchesPattern('2:Describe*', 'ec2:DescribeInstances')).toBe(false);
    expect(matchesPattern('ec2:*Instances', 'ec2:DescribeInstancesStatus')).toBe(false);
  });

  it('does not treat regular-expression characters as special', () => {
    expect(matchesPattern('ec2:Describe.nstances', 'ec2:DescribeInstances')).toBe(false);
    expect(matchesPattern('ecr-public:List*', 'ecr-public:ListTagsForResource')).toBe(true);
  });

  it('lets * alone match every action of every service', () => {
    expect(matchesPattern('*', 'iam:CreateUser')).toBe(true);
  });
});

describe('splitAction', () => {
  it('splits and lower-cases the prefix', () => {
    expect(splitAction('EC2:DescribeInstances')).toEqual({
      prefix: 'ec2',
      name: 'DescribeInstances',
    });
    expect(splitAction('nocolon')).toBeUndefined();
    expect(splitAction(':Name')).toBeUndefined();
  });

  it('detects wildcards', () => {
    expect(hasWildcard('s3:List*')).toBe(true);
    expect(hasWildcard('s3:Get?')).toBe(true);
    expect(hasWildcard('s3:ListBucket')).toBe(false);
  });
});
