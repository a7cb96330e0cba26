/**
 * Baseline documents for the audit's unit and component tests: small stand-ins for AWS's
 * ReadOnlyAccess, ViewOnlyAccess and SecurityAudit, shaped like them (Sid, wildcards per service,
 * a pattern of a retired service that matches nothing, a write AWS put in), over the fixture action
 * index's services. They never follow a data bump.
 */
import type { BaselineDocument } from '../catalog/baseline-documents';

const statement = (sid: string, actions: string[]) => ({
  Sid: sid,
  Effect: 'Allow',
  Action: actions,
  Resource: '*',
});

/** The three stand-ins, in the page's order. */
export const fixtureBaselineDocuments: BaselineDocument[] = [
  {
    name: 'ReadOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    versionId: 'v188',
    versionDate: '2026-07-21T18:42:30.000Z',
    document: {
      Version: '2012-10-17',
      Statement: [
        statement('ReadOnlyActions', [
          'a4b:Get*',
          'apigateway:GET',
          'dynamodb:Describe*',
          'dynamodb:Get*',
          'dynamodb:List*',
          'dynamodb:Query',
          'dynamodb:Scan',
          'ec2:Describe*',
          'ec2:Get*',
          'iam:Get*',
          'iam:List*',
          'kms:Describe*',
          'kms:List*',
          'lambda:Get*',
          'lambda:List*',
          'rds:Describe*',
          'rds:List*',
          's3:Get*',
          's3:List*',
          'ses:Get*',
          'ses:List*',
          'tag:Get*',
        ]),
      ],
    },
  },
  {
    name: 'ViewOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess',
    versionId: 'v45',
    versionDate: '2026-04-22T18:12:21.000Z',
    document: {
      Version: '2012-10-17',
      Statement: [
        statement('ViewOnlyActions', ['ec2:Describe*', 's3:ListAllMyBuckets', 'lambda:List*']),
      ],
    },
  },
  {
    name: 'SecurityAudit',
    arn: 'arn:aws:iam::aws:policy/SecurityAudit',
    versionId: 'v92',
    versionDate: '2026-08-17T15:27:26.000Z',
    document: {
      Version: '2012-10-17',
      Statement: [
        statement('SecurityAuditActions', ['ec2:Describe*', 'iam:Get*', 's3:GetBucket*']),
      ],
    },
  },
];
