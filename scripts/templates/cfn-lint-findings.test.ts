import { describe, expect, it } from 'vitest';
import { unexpectedFindings, unknownActionOf, type CfnLintFinding } from './cfn-lint-findings';

const template = {
  Resources: {
    P: {
      Properties: {
        PolicyDocument: {
          Statement: [
            { 'Fn::If': ['C', { Action: ['ec2:DescribeNewThing', 'ec2:DescribeVpcs'] }, {}] },
          ],
        },
      },
    },
  },
};
const path = [
  'Resources',
  'P',
  'Properties',
  'PolicyDocument',
  'Statement',
  0,
  'Fn::If',
  1,
  'Action',
];

function finding(id: string, message: string, at = path): CfnLintFinding {
  return {
    Filename: 't.yaml',
    Level: 'Warning',
    Message: message,
    Rule: { Id: id },
    Location: { Path: at, Start: { LineNumber: 1 } },
  };
}

describe('unexpectedFindings', () => {
  const templates = new Map([['t.yaml', template]]);
  const known = (action: string) => action === 'ec2:DescribeNewThing';

  it('finds the action a W3037 is about, through Fn::If', () => {
    const w = finding('W3037', "'describenewthing' is not one of ['describevpcs']");
    expect(unknownActionOf(w, template)).toBe('ec2:DescribeNewThing');
  });

  it('explains W3037 only for an action AWS data lists as a read', () => {
    const newer = finding('W3037', "'describenewthing' is not one of ['describevpcs']");
    const unknown = finding('W3037', "'describevpcs' is not one of ['x']");
    expect(unexpectedFindings([newer], templates, known)).toEqual([]);
    expect(unexpectedFindings([unknown], templates, known)).toEqual([unknown]);
  });

  it('keeps every other finding, and W3037 whose path holds no action list', () => {
    const error = finding('E3002', 'Additional properties are not allowed');
    const lost = finding('W3037', "'describenewthing' is not one of []", ['Resources']);
    expect(unexpectedFindings([error, lost], templates, known)).toEqual([error, lost]);
  });
});
