import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../test/property-runs';
import { MAX_INPUT_BYTES } from '../policy/input-limit';
import { readAccountInput } from './read-account-input';

const context = { accountId: '968898580625', roleName: 'cloudcraft' };
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const CUSTOM = 'arn:aws:iam::123456789012:policy/Cloudcraft';
const document = (action: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
});
const trust = (account: string) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${account}:root` },
      Action: 'sts:AssumeRole',
    },
  ],
});
const roleDetail = (name: string, account: string, extra: object = {}) => ({
  Path: '/',
  RoleName: name,
  Arn: `arn:aws:iam::123456789012:role/${name}`,
  AssumeRolePolicyDocument: trust(account),
  RolePolicyList: [],
  AttachedManagedPolicies: [],
  ...extra,
});

const read = (value: unknown) =>
  readAccountInput(typeof value === 'string' ? value : JSON.stringify(value, null, 4), context);

describe('readAccountInput: managed policy ARNs and names', () => {
  it.each([
    ['a baseline’s bare name', 'ReadOnlyAccess'],
    ['a bare name in any case, with a byte-order mark', '\ufeff readonlyaccess\n'],
    ['a bare ARN', READ_ONLY],
    ['a JSON string', JSON.stringify(READ_ONLY)],
    ['the GovCloud ARN', 'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess'],
  ])('reads %s as the role on the page holding ReadOnlyAccess', (_, text) => {
    const input = read(text);
    expect(input?.kind).toBe('policy-arn');
    expect(input?.roles).toEqual([
      {
        name: 'cloudcraft',
        fromPage: true,
        policies: [
          {
            name: 'ReadOnlyAccess',
            kind: 'aws-managed',
            arn: text.includes('us-gov')
              ? 'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess'
              : READ_ONLY,
            baseline: 'ReadOnlyAccess',
          },
        ],
      },
    ]);
  });

  it('reads several ARNs, as text or a JSON list, once each', () => {
    for (const text of [
      `${READ_ONLY}\n${CUSTOM}\t${READ_ONLY}`,
      JSON.stringify([READ_ONLY, CUSTOM]),
    ]) {
      expect(read(text)?.roles[0]?.policies.map((p) => [p.name, p.kind])).toEqual([
        ['ReadOnlyAccess', 'aws-managed'],
        ['Cloudcraft', 'customer-managed'],
      ]);
    }
  });

  it('leaves policies, actions and anything else to the policy parser', () => {
    for (const text of [
      JSON.stringify(document('s3:GetObject')),
      '"s3:GetObject"',
      '["s3:GetObject", "' + READ_ONLY + '"]',
      'Cloudcraft',
      `${READ_ONLY} s3:GetObject`,
      '{"Effect": ',
      '',
      '{"PolicyVersion": {"Document": {}}}',
      '{"RoleName": "r", "PolicyName": "p", "PolicyDocument": {}}',
    ]) {
      expect(read(text), text).toBeUndefined();
    }
  });
});

describe('readAccountInput: list-attached-role-policies output', () => {
  it('reads each attached policy for the role on the page, and says what it skipped', () => {
    const input = read({
      AttachedPolicies: [
        { PolicyName: 'ReadOnlyAccess', PolicyArn: READ_ONLY },
        { PolicyName: 'Cloudcraft', PolicyArn: CUSTOM },
        { PolicyName: 'Broken' },
      ],
      IsTruncated: true,
    });
    expect(input?.kind).toBe('list-attached-role-policies');
    expect(input?.roles[0]).toMatchObject({ name: 'cloudcraft', fromPage: true });
    expect(input?.roles[0]?.policies.map((p) => p.baseline ?? p.kind)).toEqual([
      'ReadOnlyAccess',
      'customer-managed',
    ]);
    expect(input?.findings.map((f) => f.code)).toEqual([
      'output-truncated',
      'attached-policy-unreadable',
    ]);
    expect(read({ AttachedPolicies: [] })?.roles[0]?.policies).toEqual([]);
  });
});

describe('readAccountInput: get-account-authorization-details output', () => {
  const details = {
    UserDetailList: [],
    GroupDetailList: [],
    RoleDetailList: [
      roleDetail('admin', '111122223333'),
      roleDetail('cloudcraft', '968898580625', {
        RolePolicyList: [{ PolicyName: 'extra', PolicyDocument: document('s3:ListBucket') }],
        AttachedManagedPolicies: [
          { PolicyName: 'ReadOnlyAccess', PolicyArn: READ_ONLY },
          { PolicyName: 'Cloudcraft', PolicyArn: CUSTOM },
          { PolicyName: 'Other', PolicyArn: 'arn:aws:iam::123456789012:policy/Other' },
        ],
      }),
      roleDetail('cloudcraft-old', '968898580625', {
        AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust('968898580625'))),
        RolePolicyList: [{ PolicyName: 'encoded', PolicyDocument: '%7B%22Version' }],
      }),
    ],
    Policies: [
      {
        PolicyName: 'Cloudcraft',
        Arn: CUSTOM,
        DefaultVersionId: 'v2',
        PolicyVersionList: [
          { Document: document('ec2:Get*'), VersionId: 'v1', IsDefaultVersion: false },
          {
            Document: encodeURIComponent(JSON.stringify(document('ec2:Describe*'))),
            VersionId: 'v2',
            IsDefaultVersion: true,
          },
        ],
      },
    ],
  };

  it('audits each role that trusts Cloudcraft, with its inline and managed policies', () => {
    const input = read(details);
    expect(input?.kind).toBe('account-authorization-details');
    expect(input?.roles.map((r) => r.name)).toEqual(['cloudcraft', 'cloudcraft-old']);
    expect(input?.findings).toMatchObject([
      { code: 'several-roles-trust-cloudcraft', severity: 'info' },
    ]);
    expect(input?.findings[0]?.message).toMatch(
      /^2 of the 3 roles in this output trust Cloudcraft's account 968898580625: cloudcraft, cloudcraft-old\./,
    );
    const [role, old] = input?.roles ?? [];
    expect(role).toMatchObject({
      arn: 'arn:aws:iam::123456789012:role/cloudcraft',
      fromPage: false,
    });
    expect(role?.policies).toEqual([
      { name: 'ReadOnlyAccess', kind: 'aws-managed', arn: READ_ONLY, baseline: 'ReadOnlyAccess' },
      {
        name: 'Cloudcraft',
        kind: 'customer-managed',
        arn: CUSTOM,
        versionId: 'v2',
        document: document('ec2:Describe*'),
      },
      { name: 'Other', kind: 'customer-managed', arn: 'arn:aws:iam::123456789012:policy/Other' },
      { name: 'extra', kind: 'inline', document: document('s3:ListBucket') },
    ]);
    expect(old?.policies).toEqual([{ name: 'encoded', kind: 'inline', unreadable: true }]);
  });

  it('names the roles it saw when none trusts Cloudcraft, and says when there are none', () => {
    const input = read({ ...details, RoleDetailList: [details.RoleDetailList[0]] });
    expect(input?.roles).toEqual([]);
    expect(input?.findings).toEqual([
      {
        severity: 'error',
        code: 'no-role-trusts-cloudcraft',
        message: expect.stringMatching(
          /^None of the 1 role in this output \(admin\) trusts Cloudcraft's account 968898580625/,
        ),
      },
    ]);
    const none = read({ UserDetailList: [{ UserName: 'u' }] });
    expect(none?.findings[0]?.message).toMatch(
      /^This output lists no roles .* Run aws iam get-account-authorization-details --filter=/,
    );
  });

  it('audits at most 20 roles of one output, and says so', () => {
    const roles = Array.from({ length: 23 }, (_, i) => roleDetail(`r${i}`, '968898580625'));
    const input = read({ RoleDetailList: roles });
    expect(input?.roles).toHaveLength(20);
    expect(input?.findings[0]).toMatchObject({ severity: 'warning' });
    expect(input?.findings[0]?.message).toMatch(/only the first 20 are, the other 3 are not\.$/);
  });

  it('refuses output over 1 MB with the command that lists only the roles that trust Cloudcraft', () => {
    const users = Array.from({ length: 12_000 }, (_, i) => ({
      UserName: `user-${i}`,
      Path: '/',
      Arn: `arn:aws:iam::123456789012:user/user-${i}`,
    }));
    const text = JSON.stringify({ UserDetailList: users, RoleDetailList: [] }, null, 4);
    expect(text.length).toBeGreaterThan(MAX_INPUT_BYTES);
    const input = read(text);
    expect(input?.roles).toEqual([]);
    expect(input?.findings).toEqual([
      {
        severity: 'error',
        code: 'input-too-large',
        message: expect.stringContaining(
          `--filter='["Role","LocalManagedPolicy"]' --query='{RoleDetailList: RoleDetailList[?contains(to_string(AssumeRolePolicyDocument), \`"968898580625"\`)], Policies: Policies[?AttachmentCount > \`0\`]}' --output=json`,
        ),
      },
    ]);
    expect(read(' '.repeat(MAX_INPUT_BYTES + 1))).toBeUndefined();
  });
});

describe('readAccountInput on anything', () => {
  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom('RoleDetailList', 'AttachedPolicies', 'Policies'),
        (value, key) => {
          read(value);
          read({
            [key]: value,
            RoleDetailList: [
              {
                AssumeRolePolicyDocument: value,
                RolePolicyList: [value],
                AttachedManagedPolicies: [value],
              },
            ],
          });
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });
});
