import { describe, expect, it } from 'vitest';
import { mergePolicies } from './merge-policies';

const s1 = { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' };
const s2 = { Effect: 'Deny', Action: ['s3:GetObject'], Resource: '*' };
const s3 = { Sid: 'Three', Effect: 'Allow', Action: 'lambda:List*', Resource: '*' };

describe('mergePolicies', () => {
  it('holds every statement of each policy, in order, and says where each went', () => {
    const merged = mergePolicies([
      { label: 'A', document: { Version: '2012-10-17', Statement: [s1, s2] } },
      { label: 'B', document: { Version: '2012-10-17', Statement: s3 } },
    ]);
    expect(JSON.parse(merged.text)).toEqual({ Version: '2012-10-17', Statement: [s1, s2, s3] });
    expect(merged.parts).toEqual([
      { first: 1, count: 2 },
      { first: 3, count: 1 },
    ]);
  });

  it('skips what is not a policy, and warns about a policy on another version', () => {
    const merged = mergePolicies([
      { label: 'A', document: 'text' },
      { label: 'B', document: { Version: '2012-10-17' } },
      { label: 'C', document: { Statement: [s1] } },
      { label: 'D', document: { Version: '2008-10-17', Statement: [] } },
    ]);
    expect(JSON.parse(merged.text)).toEqual({ Version: '2012-10-17', Statement: [s1] });
    expect(merged.parts).toEqual([
      { problem: 'A is not a policy document.' },
      { problem: 'B has no "Statement": it grants nothing.' },
      { first: 1, count: 1, warning: expect.stringMatching(/^C has no "Version": IAM reads/) },
      { first: 2, count: 0, warning: expect.stringMatching(/^D has "Version" "2008-10-17": /) },
    ]);
  });

  it('writes a document with no statement as valid JSON', () => {
    expect(JSON.parse(mergePolicies([]).text)).toEqual({ Version: '2012-10-17', Statement: [] });
  });
});
