import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../test/property-runs';
import { globMatch, hasWildcard, matchesPattern, splitAction } from './action-pattern';

/** An independent oracle for the tests: the pattern as an anchored, case-insensitive RegExp. */
function oracle(pattern: string, action: string): boolean {
  const body = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.+()[\]{}|/-]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'is').test(action);
}

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

  it('agrees with a RegExp oracle on random patterns and actions', () => {
    const char = fc.constantFrom('a', 'b', 'A', ':', '-', '.', '*', '?');
    const text = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, (pattern, action) => {
        expect(matchesPattern(pattern, action)).toBe(oracle(pattern, action));
      }),
      { numRuns: propertyRuns(2000) },
    );
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

describe('globMatch', () => {
  it.each([
    ['*', '', true],
    ['*', 'anything', true],
    ['get*', 'getobject', true],
    ['get*', 'putobject', false],
    ['?3', 's3', true],
    ['?3', 'ss3', false],
    ['*object', 'getobject', true],
    ['g*t*o*t', 'getobject', true],
    ['g*t*o*x', 'getobject', false],
    ['', '', true],
    ['', 'a', false],
  ])('%s against %s is %s', (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected);
  });

  it('stays fast on a pattern full of stars that fails late', () => {
    const start = performance.now();
    expect(globMatch(`${'*a'.repeat(2000)}b`, 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
