import { describe, expect, it } from 'vitest';
import { fixtureActionIndex as index } from '../../../test/fixture-action-index';
import { fixtureBaselineDocuments as baselines } from '../../../test/fixture-baseline-documents';
import { fixtureCatalog as catalog } from '../../../test/fixture-catalog';
import { baselinesNeeded, readAuditInput, runAudit } from '../analysis/run-audit';
import type { Finding } from '../types';

const context = { accountId: '968898580625', roleName: 'cloudcraft' };
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const CUSTOM = 'arn:aws:iam::123456789012:policy/Cloudcraft';
const readOnly = baselines[0]!.document as { Statement: object[] };
const inline = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Deny', Action: ['s3:GetObject', 'dynamodb:Scan'], Resource: '*' },
    { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
  ],
};
const custom = {
  Version: '2012-10-17',
  Statement: { Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: '*' },
};
const details = (account = '968898580625') => ({
  RoleDetailList: [
    {
      RoleName: 'cloudcraft',
      Arn: 'arn:aws:iam::123456789012:role/cloudcraft',
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: account }, Action: 'sts:AssumeRole' }],
      },
      RolePolicyList: [{ PolicyName: 'extra', PolicyDocument: inline }],
      AttachedManagedPolicies: [
        { PolicyName: 'ReadOnlyAccess', PolicyArn: READ_ONLY },
        { PolicyName: 'Cloudcraft', PolicyArn: CUSTOM },
      ],
    },
  ],
  Policies: [
    {
      Arn: CUSTOM,
      PolicyVersionList: [{ Document: custom, VersionId: 'v3', IsDefaultVersion: true }],
    },
  ],
});

const audit = (value: unknown, editionId = 'custom-20230818' as const) =>
  runAudit(
    catalog,
    index,
    typeof value === 'string' ? value : JSON.stringify(value, null, 2),
    editionId,
    context,
    baselines,
  );
/** Findings without where they point: the merged document is laid out by the audit. */
const said = (findings: readonly Finding[]) =>
  findings.map(({ severity, code, message, statementIndex, action }) => ({
    severity,
    code,
    message,
    statementIndex,
    action,
  }));

describe('auditing a role as the union of its policies', () => {
  it('finds in authorization details what it finds in the three documents pasted as one', () => {
    const result = audit(details());
    const union = audit({
      Version: '2012-10-17',
      Statement: [
        ...readOnly.Statement,
        ...(custom.Statement instanceof Array ? custom.Statement : [custom.Statement]),
        ...inline.Statement,
      ],
    });
    const [subject] = result.subjects;
    const [pasted] = union.subjects;
    expect(result.kind).toBe('account-authorization-details');
    expect(subject?.role).toEqual({
      name: 'cloudcraft',
      arn: 'arn:aws:iam::123456789012:role/cloudcraft',
      fromPage: false,
    });
    expect(subject?.baselines).toEqual(['ReadOnlyAccess']);
    expect(subject?.analysis.allowed).toEqual(pasted?.analysis.allowed);
    expect(subject?.analysis.levelCounts).toEqual(pasted?.analysis.levelCounts);
    const [roleNote, ...rest] = said(subject?.analysis.findings ?? []);
    expect(roleNote).toMatchObject({ code: 'role-policies' });
    expect(roleNote?.message).toBe(
      'Role cloudcraft: the audit read 3 of its 3 policies as one, as IAM evaluates them (a Deny in any applies to all): ReadOnlyAccess (AWS managed v188 as this page holds it), Cloudcraft (customer managed v3), extra (inline).',
    );
    expect(rest).toEqual(said(pasted?.analysis.findings ?? []));
    expect(subject?.policies).toEqual([
      {
        name: 'ReadOnlyAccess',
        kind: 'aws-managed',
        arn: READ_ONLY,
        versionId: 'v188',
        origin: 'bundled',
        statements: { first: 1, count: 1 },
      },
      {
        name: 'Cloudcraft',
        kind: 'customer-managed',
        arn: CUSTOM,
        versionId: 'v3',
        origin: 'pasted',
        statements: { first: 2, count: 1 },
      },
      { name: 'extra', kind: 'inline', origin: 'pasted', statements: { first: 3, count: 2 } },
    ]);
  });

  it('applies a Deny of one policy to what another allows, as IAM does', () => {
    const names = audit(details()).subjects[0]?.analysis.allowed.map((a) => a.action) ?? [];
    expect(names).toContain('s3:GetBucketPolicy');
    expect(names).not.toContain('s3:GetObject');
    expect(names).not.toContain('dynamodb:Scan');
    expect(names).toContain('ec2:RunInstances');
    expect(names).toContain('lambda:UpdateFunctionCode');
  });

  it('expands a baseline named by ARN or name exactly as its pasted document', () => {
    const byName = audit('ReadOnlyAccess');
    const byDocument = audit(baselines[0]!.document);
    const [subject] = byName.subjects;
    expect(byName.kind).toBe('policy-arn');
    expect(subject?.role).toEqual({ name: 'cloudcraft', fromPage: true });
    expect(subject?.analysis.allowed).toEqual(byDocument.subjects[0]?.analysis.allowed);
    expect(said(subject?.analysis.findings.slice(1) ?? [])).toEqual(
      said(byDocument.subjects[0]?.analysis.findings ?? []),
    );
    expect(subject?.analysis.findings.map((f) => f.code)).toContain('unknown-prefix');
    expect(subject?.analysis.findings[0]?.message).toMatch(
      /this page’s role name, cloudcraft, stands in\.$/,
    );
  });

  it('says which policies it could not read, audits the others, and says when it read none', () => {
    const list = {
      AttachedPolicies: [
        { PolicyName: 'SecurityAudit', PolicyArn: 'arn:aws:iam::aws:policy/SecurityAudit' },
        { PolicyName: 'Cloudcraft', PolicyArn: CUSTOM },
      ],
    };
    const [subject] = audit(list).subjects;
    expect(subject?.policies?.map((p) => p.origin)).toEqual(['bundled', 'missing']);
    const missing = subject?.analysis.findings.find((f) => f.code === 'policy-not-read');
    expect(missing?.message).toBe(
      `The role also has Cloudcraft (customer managed), ${CUSTOM}, whose document this input does not hold, so the audit could not count what it grants. Run the commands under “Policies the audit could not read” and paste the get-policy-version output to audit it.`,
    );
    expect(subject?.parse.policy?.statements).toHaveLength(1);
    const [none] = audit({
      AttachedPolicies: [{ PolicyName: 'Cloudcraft', PolicyArn: CUSTOM }],
    }).subjects;
    expect(none?.parse.policy).toBeUndefined();
    expect(none?.analysis.findings.map((f) => f.code)).toEqual([
      'role-policies',
      'policy-not-read',
      'no-policy-read',
    ]);
    const [empty] = audit({ AttachedPolicies: [] }).subjects;
    expect(empty?.analysis.findings.map((f) => f.code)).toEqual([
      'role-policies',
      'role-without-policies',
    ]);
  });

  it('loads baseline documents only for a baseline whose document the input does not hold', () => {
    expect(baselinesNeeded(readAuditInput(JSON.stringify(details()), context))).toEqual([
      'ReadOnlyAccess',
    ]);
    expect(
      baselinesNeeded(readAuditInput('[{"Effect":"Allow","Action":"*","Resource":"*"}]', context)),
    ).toEqual([]);
    const withDocument = details();
    withDocument.Policies.push({
      Arn: READ_ONLY,
      PolicyVersionList: [{ Document: custom, VersionId: 'v190', IsDefaultVersion: true }],
    });
    const input = readAuditInput(JSON.stringify(withDocument), context);
    expect(baselinesNeeded(input)).toEqual([]);
    const [subject] = runAudit(
      catalog,
      index,
      JSON.stringify(withDocument),
      'custom-20230818',
      context,
    ).subjects;
    expect(subject?.policies?.[0]).toMatchObject({ origin: 'pasted', versionId: 'v190' });
  });

  it('audits nothing when no role trusts the page’s Cloudcraft account', () => {
    const result = audit(details('111122223333'));
    expect(result.subjects).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['no-role-trusts-cloudcraft']);
  });

  it('reads get-role-policy output as the one inline policy it is, role named', () => {
    const text = JSON.stringify(
      { RoleName: 'cloudcraft', PolicyName: 'extra', PolicyDocument: inline },
      null,
      4,
    );
    const result = audit(text);
    const [subject] = result.subjects;
    expect(result.kind).toBe('get-role-policy');
    expect(subject?.role).toEqual({ name: 'cloudcraft', fromPage: false });
    expect(subject?.policies).toBeUndefined();
    expect(subject?.parse.findings[0]?.message).toMatch(
      /^Read the inline policy "extra" of role "cloudcraft" from aws iam get-role-policy output\./,
    );
    const pasted = audit(inline).subjects[0];
    expect(subject?.analysis.allowed).toEqual(pasted?.analysis.allowed);
    const encoded = audit({
      RoleName: 'r',
      PolicyName: 'p',
      PolicyDocument: encodeURIComponent(JSON.stringify(inline)),
    });
    expect(encoded.subjects[0]?.analysis.allowed).toEqual(pasted?.analysis.allowed);
  });
});
