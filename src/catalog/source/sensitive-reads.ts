/**
 * Reads that return data or secrets rather than resource metadata, curated by hand. The build checks
 * that each action exists; the page badges those an edition grants. Reasons come from the actions' API
 * references.
 */
import type { SensitiveRead } from '../types';

export const sensitiveReads: SensitiveRead[] = [
  {
    action: 'lambda:GetFunction',
    reason:
      "Returns a presigned link to download the function's code, and its environment variables.",
  },
  {
    action: 'lambda:ListFunctions',
    reason: "Returns each function's configuration, environment variables included.",
  },
  {
    action: 'cassandra:Select',
    reason: 'Reads rows from Keyspaces tables: your data, not metadata.',
  },
  {
    action: 'glacier:GetJobOutput',
    reason: 'Downloads the output of a retrieval job: archive contents or vault inventories.',
  },
  {
    action: 'ses:GetTemplate',
    reason: 'Returns email templates: subject, HTML and text bodies.',
  },
  {
    action: 'ses:GetEmailTemplate',
    reason: 'Returns email templates: subject, HTML and text bodies.',
  },
  {
    action: 'ses:GetCustomVerificationEmailTemplate',
    reason: 'Returns the content of custom verification email templates.',
  },
  {
    action: 'ses:GetContact',
    reason: 'Returns a contact from a contact list: an email address and its preferences.',
  },
  {
    action: 'ses:ListContacts',
    reason: 'Lists the email addresses in contact lists.',
  },
  {
    action: 'ses:ListSuppressedDestinations',
    reason: 'Lists email addresses on the suppression list.',
  },
  {
    action: 'ses:GetSuppressedDestination',
    reason: 'Returns an email address on the suppression list and why it is there.',
  },
  {
    action: 'ses:GetMessageInsights',
    reason: 'Returns details of sent messages, recipients included.',
  },
  {
    action: 'ecs:DescribeTaskDefinition',
    reason:
      'Returns container definitions, including environment variables that often hold credentials.',
  },
  {
    action: 'ec2:DescribeInstanceAttribute',
    reason: "Can return an instance's user data, which often holds bootstrap secrets.",
  },
  {
    action: 'ec2:DescribeLaunchTemplateVersions',
    reason: "Returns launch templates' user data, which often holds bootstrap secrets.",
  },
  {
    action: 'autoscaling:DescribeLaunchConfigurations',
    reason: "Returns launch configurations' user data, which often holds bootstrap secrets.",
  },
  {
    action: 'apigateway:GET',
    reason: 'Covers every API Gateway read, including API key values and exported API definitions.',
  },
  {
    action: 'sns:ListSubscriptions',
    reason: 'Lists subscription endpoints: email addresses, phone numbers and URLs.',
  },
  {
    action: 'sns:ListSubscriptionsByTopic',
    reason: 'Lists subscription endpoints: email addresses, phone numbers and URLs.',
  },
  {
    action: 'sns:ListPhoneNumbersOptedOut',
    reason: 'Lists phone numbers that opted out of SMS.',
  },
  {
    action: 'sns:ListSMSSandboxPhoneNumbers',
    reason: 'Lists destination phone numbers in the SMS sandbox.',
  },
  {
    action: 'cloudfront:GetFunction',
    reason: "Returns a CloudFront function's code.",
  },
  {
    action: 's3:ListBucket',
    reason: 'Lists object keys in buckets: file names can reveal what the data is.',
  },
];
