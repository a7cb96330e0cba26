/**
 * Actions the verification script expects the role to be denied: a few write and
 * permissions-management actions per service, hand-picked as the ones that would hurt most, plus
 * IAM actions that would let the role grant itself more. Each is checked against AWS's data in the
 * test beside this file.
 */
import type { ServiceId } from '../../catalog/types';

/** Per service id, write or permissions-management actions on that service. */
export const WRITE_SAMPLES: Readonly<Record<ServiceId, readonly string[]>> = {
  ec2: ['ec2:RunInstances', 'ec2:TerminateInstances'],
  autoscaling: ['autoscaling:UpdateAutoScalingGroup'],
  lambda: ['lambda:UpdateFunctionCode', 'lambda:AddPermission'],
  ecs: ['ecs:RunTask'],
  eks: ['eks:CreateAccessEntry'],
  ecr: ['ecr:PutImage', 'ecr:SetRepositoryPolicy', 'ecr-public:PutImage'],
  elasticloadbalancing: ['elasticloadbalancing:ModifyListener'],
  apigateway: ['apigateway:DELETE', 'apigateway:POST'],
  cloudfront: ['cloudfront:UpdateDistribution'],
  route53: ['route53:ChangeResourceRecordSets'],
  directconnect: ['directconnect:DeleteConnection'],
  s3: ['s3:PutObject', 's3:PutBucketPolicy'],
  glacier: ['glacier:DeleteArchive'],
  elasticfilesystem: ['elasticfilesystem:PutFileSystemPolicy'],
  fsx: ['fsx:DeleteFileSystem'],
  rds: ['rds:DeleteDBInstance'],
  dynamodb: ['dynamodb:PutItem'],
  elasticache: ['elasticache:DeleteCacheCluster'],
  timestream: ['timestream:WriteRecords'],
  cassandra: ['cassandra:Modify'],
  redshift: ['redshift:DeleteCluster'],
  es: ['es:ESHttpPut'],
  kinesis: ['kinesis:PutRecord'],
  ses: ['ses:SendEmail'],
  sns: ['sns:Publish', 'sns:SetTopicAttributes'],
  sqs: ['sqs:SendMessage', 'sqs:SetQueueAttributes'],
  events: ['events:PutEvents'],
  wafv2: ['wafv2:UpdateWebACL'],
  cloudwatch: ['cloudwatch:DeleteAlarms'],
  tag: ['tag:TagResources'],
};

/** IAM actions checked whatever the selection: with any of them the role could escalate. */
export const ESCALATION_SAMPLES: readonly string[] = [
  'iam:AttachRolePolicy',
  'iam:CreateAccessKey',
  'iam:PassRole',
  'iam:PutRolePolicy',
];

/** The actions to expect denied for the selected services, in catalog order, then the IAM ones. */
export function listDeniedSamples(serviceIds: readonly ServiceId[]): string[] {
  return [...serviceIds.flatMap((id) => WRITE_SAMPLES[id] ?? []), ...ESCALATION_SAMPLES];
}
