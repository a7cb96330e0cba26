import { describe, expect, it } from 'vitest';
import { parsePolicyInput } from './parse-policy';
import type { Severity } from '../types';

const policy = (statement: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ Version: '2012-10-17', ...extra, Statement: statement });
const allow = (more: Record<string, unknown>) => ({
  Effect: 'Allow',
  Action: 'ec2:Describe*',
  Resource: '*',
  ...more,
});

/** Each input, and the findings it must produce, exactly: severity, code, message. */
const corpus: [string, string, [Severity, string, string][]][] = [
  [
    'a constructor key in a statement',
    policy([allow({ constructor: { prototype: 1 } })]),
    [
      [
        'error',
        'unknown-element',
        'Statement 1: unknown element "constructor"; IAM accepts only Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition here and rejects this policy. The audit ignores it.',
      ],
    ],
  ],
  [
    'Version as a number',
    policy([allow({})]).replace('"2012-10-17"', '2012'),
    [['error', 'version-type', '"Version" must be the string "2012-10-17", not a number (2012).']],
  ],
  [
    'Version null',
    policy([allow({})]).replace('"2012-10-17"', 'null'),
    [['error', 'version-type', '"Version" must be the string "2012-10-17", not null.']],
  ],
  [
    'Version of a wrong date',
    policy([allow({})]).replace('2012-10-17', '2012-10-18'),
    [
      [
        'error',
        'version-invalid',
        '"Version" is "2012-10-18", but IAM accepts only "2012-10-17" (or the older "2008-10-17") and rejects the policy. The version is a fixed date, not the date you wrote the policy.',
      ],
    ],
  ],
  [
    'Version 2008-10-17',
    policy([allow({})]).replace('2012-10-17', '2008-10-17'),
    [
      [
        'warning',
        'version-old',
        '"Version" is "2008-10-17", which does not support policy variables such as ${aws:username}. Use "2012-10-17".',
      ],
    ],
  ],
  [
    'no Version',
    JSON.stringify({ Statement: [allow({})] }),
    [
      [
        'warning',
        'version-missing',
        'The policy has no "Version": IAM then uses 2008-10-17, which does not support policy variables such as ${aws:username}. Add "Version": "2012-10-17".',
      ],
    ],
  ],
  [
    'no Statement',
    '{"Version": "2012-10-17"}',
    [['error', 'statement-missing', 'The policy has no "Statement": it grants nothing.']],
  ],
  [
    'Statement as a string',
    policy('ec2:Describe*'),
    [
      [
        'error',
        'statement-type',
        '"Statement" must be an object or an array of objects, not a string.',
      ],
    ],
  ],
  [
    'Statement empty',
    policy([]),
    [['error', 'statement-empty', '"Statement" is an empty list: the policy grants nothing.']],
  ],
  [
    'Statement items of wrong types',
    policy([42, null]),
    [
      [
        'error',
        'statement-item-type',
        'Statement 1 must be an object with "Effect", "Action" and "Resource", not a number (42); the audit ignores it.',
      ],
      [
        'error',
        'statement-item-type',
        'Statement 2 must be an object with "Effect", "Action" and "Resource", not null; the audit ignores it.',
      ],
    ],
  ],
  [
    'no Effect',
    policy([{ Action: 'ec2:Describe*', Resource: '*' }]),
    [
      [
        'error',
        'effect-missing',
        'Statement 1 has no "Effect": IAM rejects the policy. The audit ignores this statement.',
      ],
    ],
  ],
  [
    'Effect null',
    policy([allow({ Effect: null })]),
    [
      [
        'error',
        'effect-type',
        'Statement 1: "Effect" must be "Allow" or "Deny", not null. The audit ignores this statement.',
      ],
    ],
  ],
  [
    'Effect in lower case',
    policy([allow({ Effect: 'allow' })]),
    [
      [
        'error',
        'effect-case',
        'Statement 1: "Effect" must be exactly "Allow" or "Deny" (IAM is case-sensitive) and IAM rejects "allow". The audit reads it as "Allow".',
      ],
    ],
  ],
  [
    'Effect of an unknown value',
    policy([allow({ Effect: 'Permit' })]),
    [
      [
        'error',
        'effect-invalid',
        'Statement 1: "Effect" is "Permit", but IAM accepts only "Allow" or "Deny" and rejects the policy. The audit ignores this statement.',
      ],
    ],
  ],
  [
    'Action as a number',
    policy([allow({ Action: 42 })]),
    [
      [
        'error',
        'action-type',
        'Statement 1: "Action" must be a string or an array of strings, not a number (42).',
      ],
    ],
  ],
  [
    'Action items of wrong types',
    policy([allow({ Action: ['ec2:Describe*', 1, null, {}] })]),
    [
      [
        'error',
        'action-item-type',
        'Statement 1: "Action" item 2 is a number (1), not a string; the audit ignores it.',
      ],
      [
        'error',
        'action-item-type',
        'Statement 1: "Action" item 3 is null, not a string; the audit ignores it.',
      ],
      [
        'error',
        'action-item-type',
        'Statement 1: "Action" item 4 is an object, not a string; the audit ignores it.',
      ],
    ],
  ],
  [
    'Action empty',
    policy([allow({ Action: [] })]),
    [
      [
        'warning',
        'action-empty',
        'Statement 1: "Action" is an empty list, so the statement applies to nothing.',
      ],
    ],
  ],
  [
    'an action without a colon',
    policy([allow({ Action: ['ec2:Describe*', 's3GetObject'] })]),
    [
      [
        'error',
        'action-format',
        'Statement 1: "s3GetObject" is not an action: IAM actions are written service:Action, such as ec2:DescribeInstances; the audit ignores it.',
      ],
    ],
  ],
  [
    'an action with white space',
    policy([allow({ Action: ['ec2:Describe*', 's3:Get Object'] })]),
    [
      [
        'error',
        'action-format',
        'Statement 1: "s3:Get Object" contains white space, which IAM rejects; the audit ignores it.',
      ],
    ],
  ],
  [
    'Action and NotAction',
    policy([allow({ NotAction: 'iam:*' })]),
    [
      [
        'error',
        'action-and-notaction',
        'Statement 1 has both "Action" and "NotAction"; IAM accepts only one of them and rejects the policy. The audit reads "Action".',
      ],
    ],
  ],
  [
    'neither Action nor NotAction',
    policy([{ Effect: 'Allow', Resource: '*' }]),
    [
      [
        'error',
        'action-missing',
        'Statement 1 has neither "Action" nor "NotAction": IAM rejects the policy. The audit ignores this statement.',
      ],
    ],
  ],
  [
    'lower-case element names',
    '{"version": "2012-10-17", "statement": [{"effect": "Allow", "action": "ec2:Describe*", "resource": "*"}]}',
    [
      [
        'error',
        'element-case',
        'The policy: "version" must be written "Version": IAM element names are case-sensitive, so IAM rejects this policy. The audit reads it as "Version".',
      ],
      [
        'error',
        'element-case',
        'The policy: "statement" must be written "Statement": IAM element names are case-sensitive, so IAM rejects this policy. The audit reads it as "Statement".',
      ],
      [
        'error',
        'element-case',
        'Statement 1: "effect" must be written "Effect": IAM element names are case-sensitive, so IAM rejects this policy. The audit reads it as "Effect".',
      ],
      [
        'error',
        'element-case',
        'Statement 1: "action" must be written "Action": IAM element names are case-sensitive, so IAM rejects this policy. The audit reads it as "Action".',
      ],
      [
        'error',
        'element-case',
        'Statement 1: "resource" must be written "Resource": IAM element names are case-sensitive, so IAM rejects this policy. The audit reads it as "Resource".',
      ],
    ],
  ],
  [
    'a plural element name',
    '{"Version": "2012-10-17", "Statements": []}',
    [
      [
        'error',
        'unknown-element',
        'The policy: unknown element "Statements"; IAM accepts only Version, Id, Statement here and rejects this policy. The audit ignores it. Did you mean "Statement"?',
      ],
      ['error', 'statement-missing', 'The policy has no "Statement": it grants nothing.'],
    ],
  ],
  [
    'an unknown top-level element',
    policy([allow({})], { Foo: 1 }),
    [
      [
        'error',
        'unknown-element',
        'The policy: unknown element "Foo"; IAM accepts only Version, Id, Statement here and rejects this policy. The audit ignores it.',
      ],
    ],
  ],
  [
    'NotAction in an Allow',
    policy([{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }]),
    [
      [
        'error',
        'not-action',
        'Statement 1 allows "NotAction": it grants every action of every AWS service except the 2 listed patterns, writes and IAM changes included. The audit expands it that way. List the actions to allow under "Action" instead.',
      ],
    ],
  ],
  [
    'NotAction in a Deny',
    policy([allow({}), { Effect: 'Deny', NotAction: 'ec2:Describe*', Resource: '*' }]),
    [
      [
        'warning',
        'not-action',
        'Statement 2 denies every action except the 1 listed pattern: the audit removes all other actions from what the policy grants.',
      ],
    ],
  ],
  [
    'a Deny',
    policy([
      allow({}),
      { Effect: 'Deny', Action: ['ec2:DescribeInstances', 'ec2:DescribeImages'], Resource: '*' },
    ]),
    [
      [
        'info',
        'deny',
        'Statement 2 denies 2 action patterns: an explicit deny overrides any allow, so the audit removes the actions they match from what the policy grants.',
      ],
    ],
  ],
  [
    'a Deny with a Condition',
    policy([
      allow({}),
      {
        Effect: 'Deny',
        Action: 'ec2:*',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ]),
    [
      [
        'warning',
        'deny-limited',
        'Statement 2 denies only under a Condition: its actions stay granted elsewhere, so the audit does not remove them.',
      ],
    ],
  ],
  [
    'a trust policy (Principal)',
    policy([
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::968898580625:root' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': 'abc' } },
      },
    ]),
    [
      [
        'error',
        'principal',
        'Statement 1 has "Principal": that element belongs in resource-based policies and in a role\'s trust policy, not in a permissions policy attached to the role, and IAM rejects it here. Paste the role\'s permissions policy.',
      ],
      [
        'error',
        'resource-missing',
        'Statement 1 has no "Resource": IAM rejects a permissions-policy statement without one. The audit counts its actions as granted.',
      ],
      [
        'warning',
        'condition',
        'Statement 1 has a "Condition": the audit ignores it and counts the actions as granted.',
      ],
    ],
  ],
  [
    'a Condition in an Allow',
    policy([allow({ Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } })]),
    [
      [
        'warning',
        'condition',
        'Statement 1 has a "Condition": the audit ignores it and counts the actions as granted.',
      ],
    ],
  ],
  [
    'resource-scoped',
    policy([
      allow({
        Resource: [
          'arn:aws:ec2:eu-west-1:123456789012:instance/*',
          'arn:aws:ec2:eu-west-1:123456789012:volume/*',
        ],
      }),
    ]),
    [
      [
        'info',
        'resource-scoped',
        'Statement 1 applies only to 2 listed resources: the audit assumes those are the resources Cloudcraft reads and counts the actions as granted.',
      ],
    ],
  ],
  [
    'NotResource',
    policy([{ Effect: 'Allow', Action: 'ec2:Describe*', NotResource: 'arn:aws:s3:::secret/*' }]),
    [
      [
        'warning',
        'not-resource',
        'Statement 1 uses "NotResource": it applies to every resource except those listed, and the audit counts its actions as granted.',
      ],
    ],
  ],
  [
    'no Resource',
    policy([{ Effect: 'Allow', Action: 'ec2:Describe*' }]),
    [
      [
        'error',
        'resource-missing',
        'Statement 1 has no "Resource": IAM rejects a permissions-policy statement without one. The audit counts its actions as granted.',
      ],
    ],
  ],
  [
    'Resource as a number',
    policy([allow({ Resource: 7 })]),
    [
      [
        'error',
        'resource-type',
        'Statement 1: "Resource" must be a string or an array of strings, not a number (7).',
      ],
    ],
  ],
  ['Statement as an object', policy(allow({})), []],
  ['Statement as an array', policy([allow({})]), []],
  ['Action as a string', policy([allow({ Action: 'ec2:Describe*' })]), []],
  ['Action as an array', policy([allow({ Action: ['ec2:Describe*', 's3:List*'] })]), []],
  ['Action *', policy([allow({ Action: '*' })]), []],
  ['Action *:*', policy([allow({ Action: '*:*' })]), []],
  [
    'Condition as a string',
    policy([allow({ Condition: 'aws:SecureTransport' })]),
    [
      [
        'error',
        'condition-type',
        'Statement 1: "Condition" must be an object of condition operators, not a string.',
      ],
      [
        'warning',
        'condition',
        'Statement 1 has a "Condition": the audit ignores it and counts the actions as granted.',
      ],
    ],
  ],
  [
    'Sid as a number',
    policy([allow({ Sid: 1 })]),
    [['error', 'sid-type', 'Statement 1: "Sid" must be a string, not a number (1).']],
  ],
];

describe('parsePolicyInput: policy elements', () => {
  it.each(corpus)('%s', (_name, input, expected) => {
    const { findings } = parsePolicyInput(input);
    expect(findings.map((f) => [f.severity, f.code, f.message])).toEqual(expected);
  });
});
