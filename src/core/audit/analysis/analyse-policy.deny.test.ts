import { describe, expect, it } from 'vitest';
import type { EditionId } from '../../../catalog/types';
import { fixtureActionIndex as index } from '../../../test/fixture-action-index';
import { fixtureCatalog as catalog } from '../../../test/fixture-catalog';
import { parsePolicyInput } from '../policy/parse-policy';
import { analysePolicy } from './analyse-policy';
import type { PolicyAnalysis } from './analysis-types';

function analyse(text: string, editionId: EditionId = 'custom-20230818'): PolicyAnalysis {
  return analysePolicy(catalog, parsePolicyInput(text), index, editionId);
}

const policy = (...statements: Record<string, unknown>[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

const names = (analysis: PolicyAnalysis): string[] => analysis.allowed.map((a) => a.action);
const expanded = (...patterns: string[]): Set<string> =>
  new Set(patterns.flatMap((p) => index.expand(p).map((a) => a.action)));

describe('analysePolicy and NotAction Allow', () => {
  it('grants what any NotAction Allow grants: everything but what all of them leave out', () => {
    const analysis = analyse(
      policy(
        { Effect: 'Allow', NotAction: ['iam:*', 'kms:*'], Resource: '*' },
        { Effect: 'Allow', NotAction: ['iam:*', 's3:*'], Resource: '*' },
        { Effect: 'Allow', NotAction: ['s3:*', 'iam:*'], Resource: '*' },
      ),
    );
    expect(analysis.allowed).toHaveLength(index.actionCount - index.actionsOfPrefix('iam').length);
  });
});

describe('analysePolicy and Deny', () => {
  const withDeny = (...denies: Record<string, unknown>[]): string =>
    policy(
      { Effect: 'Allow', Action: ['ec2:Describe*', 's3:List*'], Resource: '*' },
      ...denies.map((deny) => ({ Effect: 'Deny', Resource: '*', ...deny })),
    );
  const granted = (text: string): string[] => names(analyse(text));
  const allowedBefore = expanded('ec2:Describe*', 's3:List*');

  it('removes what an unconditional Deny on every resource matches', () => {
    const names = granted(withDeny({ Action: 'ec2:DescribeInstances' }));
    expect(names).not.toContain('ec2:DescribeInstances');
    expect(names).toHaveLength(allowedBefore.size - 1);
  });

  it('removes what any of several Deny statements matches', () => {
    const names = granted(
      withDeny(
        { Action: 'ec2:DescribeInstances' },
        { Action: ['s3:List*', 'EC2:describeinstances'] },
      ),
    );
    expect(names.some((a) => a.startsWith('s3:'))).toBe(false);
    expect(names).toHaveLength(expanded('ec2:Describe*').size - 1);
  });

  it('keeps only what every NotAction Deny keeps', () => {
    expect(granted(withDeny({ NotAction: 'ec2:DescribeInstances' }))).toEqual([
      'ec2:DescribeInstances',
    ]);
    const two = withDeny(
      { NotAction: ['ec2:DescribeInstances', 's3:ListBucket'] },
      { NotAction: ['ec2:DescribeInstances', 's3:ListAllMyBuckets'] },
    );
    expect(granted(two)).toEqual(['ec2:DescribeInstances']);
  });

  it('removes nothing for a conditional or resource-scoped Deny', () => {
    const conditional = withDeny({
      Action: 'ec2:*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
    expect(granted(conditional)).toHaveLength(allowedBefore.size);
    const scoped = withDeny({ Action: 'ec2:*', Resource: 'arn:aws:ec2:*:*:instance/i-1' });
    expect(granted(scoped)).toHaveLength(allowedBefore.size);
  });
});

describe('analysePolicy on repeated statements', () => {
  const repeated = (count: number, statement: Record<string, unknown>): string =>
    policy(...Array.from({ length: count }, () => statement));

  it('grants what one statement grants, and reports every statement, capped', () => {
    const one = analyse(repeated(1, { Effect: 'Allow', Action: '*', Resource: '*' }));
    const many = analyse(repeated(40, { Effect: 'Allow', Action: '*', Resource: '*' }));
    expect(many.allowed).toEqual(one.allowed);
    const allActions = many.findings.filter((f) => f.code === 'all-actions');
    expect(allActions).toHaveLength(26);
    expect(allActions[25]?.message).toBe(
      '15 more findings like the ones above (all-actions) are not listed.',
    );
  });

  it('applies repeated Deny statements as one', () => {
    const statements = [
      { Effect: 'Allow', Action: ['ec2:Describe*', 'iam:*'], Resource: '*' },
      ...Array.from({ length: 30 }, () => ({ Effect: 'Deny', Action: 'iam:*', Resource: '*' })),
      ...Array.from({ length: 30 }, () => ({
        Effect: 'Deny',
        NotAction: ['ec2:*', 'iam:*'],
        Resource: '*',
      })),
    ];
    expect(new Set(names(analyse(policy(...statements))))).toEqual(expanded('ec2:Describe*'));
  });
});
