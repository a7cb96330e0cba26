import { describe, expect, it } from 'vitest';
import { BASELINE_NAMES, baselineArn } from '../../../catalog/baseline-policies';
import {
  baselineOfArn,
  baselineOfName,
  parsePolicyArn,
  renderFetchPolicyCommands,
} from './policy-arn';

const baselineOf = (arn: string) => {
  const parsed = parsePolicyArn(arn);
  return parsed && baselineOfArn(parsed);
};

describe('managed policy ARNs', () => {
  it('reads AWS managed and customer managed ARNs in every partition, with their path', () => {
    expect(parsePolicyArn('arn:aws-us-gov:iam::aws:policy/job-function/ViewOnlyAccess')).toEqual({
      arn: 'arn:aws-us-gov:iam::aws:policy/job-function/ViewOnlyAccess',
      partition: 'aws-us-gov',
      owner: 'aws',
      path: '/job-function/',
      name: 'ViewOnlyAccess',
    });
    expect(parsePolicyArn('arn:aws:iam::123456789012:policy/team/-Cloud+=,.@_craft')).toMatchObject(
      { owner: '123456789012', path: '/team/', name: '-Cloud+=,.@_craft' },
    );
    for (const text of [
      'ReadOnlyAccess',
      'arn:aws:iam::aws:role/ReadOnlyAccess',
      'arn:aws:iam::12345:policy/Cloudcraft',
      'arn:aws:iam::aws:policy/',
      'arn:aws:iam::aws:policy/Read Only',
      ' arn:aws:iam::aws:policy/ReadOnlyAccess',
    ]) {
      expect(parsePolicyArn(text), text).toBeUndefined();
    }
  });

  it('knows the three baselines by ARN in any partition, path included, and by name', () => {
    for (const name of BASELINE_NAMES) {
      expect(baselineOf(baselineArn(name))).toBe(name);
      expect(baselineOf(baselineArn(name, 'aws-us-gov'))).toBe(name);
      expect(baselineOfName(name.toUpperCase())).toBe(name);
    }
    expect(baselineArn('ViewOnlyAccess')).toBe(
      'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess',
    );
    expect(baselineOf('arn:aws:iam::aws:policy/ViewOnlyAccess')).toBeUndefined();
    expect(baselineOf('arn:aws:iam::123456789012:policy/ReadOnlyAccess')).toBeUndefined();
    expect(baselineOf('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')).toBeUndefined();
    expect(baselineOfName('Cloudcraft')).toBeUndefined();
  });

  it('gives the two commands that print a policy’s default version', () => {
    expect(renderFetchPolicyCommands("arn:aws:iam::123456789012:policy/it's")).toEqual([
      "version=$(aws iam get-policy --policy-arn='arn:aws:iam::123456789012:policy/it'\\''s' --query=Policy.DefaultVersionId --output=text)",
      "aws iam get-policy-version --policy-arn='arn:aws:iam::123456789012:policy/it'\\''s' --version-id=\"$version\"",
    ]);
  });
});
