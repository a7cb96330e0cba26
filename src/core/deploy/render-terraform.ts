/**
 * The Terraform configuration that creates the policy (one `aws_iam_policy` per part) and the role
 * Cloudcraft assumes, with the External ID, role name and account as validated variables.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role
 */
import type { PolicyDocument } from '../policy';
import {
  ACCOUNT_ID_PATTERN,
  buildTrustPolicy,
  EXTERNAL_ID_PATTERN,
  MAX_SESSION_DURATION,
  ROLE_NAME_PATTERN,
} from '../role';
import {
  listDeployedPolicies,
  renderCommentHeader,
  ROLE_DESCRIPTION,
  type Deployment,
} from './deployment';
import {
  attr,
  block,
  expr,
  hclString,
  renderHclBlock,
  renderHclValue,
  type HclBlock,
  type HclValue,
} from './hcl-text';

/** The file name to download the configuration as. */
export const TERRAFORM_FILE_NAME = 'cloudcraft-role.tf';

/**
 * The External ID rule for Terraform's `regex()`: RE2 refuses repeat counts over 1,000, so the
 * pattern keeps IAM's characters and `length()` checks IAM's 2 to 1,224 apart.
 */
export const TERRAFORM_EXTERNAL_ID_REGEX = EXTERNAL_ID_PATTERN.replace('{2,1224}', '+');

/** Resource name of policy part `index` (zero-based) of `count`: `cloudcraft`, or numbered. */
export function policyResourceName(index: number, count: number): string {
  return count === 1 ? 'cloudcraft' : `cloudcraft_${index + 1}`;
}

/** `jsonencode(...)` of a value, laid out at the indent of a resource's attributes. */
const jsonencode = (value: HclValue) => expr(`jsonencode(${renderHclValue(value, '  ')})`);

/**
 * A variable with a default (when given) and a validation `[condition, error message]`; a string
 * unless another Terraform type is named.
 */
export function variable(
  name: string,
  description: string,
  value: string,
  rule: [string, string],
  type = 'string',
) {
  const [condition, message] = rule;
  return block(
    'variable',
    [name],
    [
      attr('description', description),
      attr('type', expr(type)),
      ...(value ? [attr('default', value)] : []),
      {
        block: block(
          'validation',
          [],
          [attr('condition', expr(condition)), attr('error_message', message)],
        ),
      },
    ],
  );
}

/** The External ID, role name and Cloudcraft account variables, with IAM's rules as validations. */
export function buildRoleVariables(deployment: Deployment): HclBlock[] {
  const { externalId, roleName, accountId } = deployment.role;
  const ext = 'var.external_id';
  const externalIdRegex = hclString(TERRAFORM_EXTERNAL_ID_REGEX);
  return [
    variable(
      'external_id',
      'The External ID Cloudcraft shows in its Add AWS account dialog (unique to your Cloudcraft user).',
      externalId,
      [
        `length(${ext}) >= 2 && length(${ext}) <= 1224 && can(regex(${externalIdRegex}, ${ext}))`,
        'The External ID is 2 to 1,224 letters, digits and + = , . @ : / - _ characters.',
      ],
    ),
    variable('role_name', 'The name of the role Cloudcraft assumes.', roleName, [
      `can(regex(${hclString(ROLE_NAME_PATTERN)}, var.role_name))`,
      'A role name is 1 to 64 letters, digits and + = , . @ - _ characters.',
    ]),
    variable(
      'cloudcraft_account_id',
      "Cloudcraft's AWS account, the one allowed to assume the role.",
      accountId,
      [
        `can(regex(${hclString(ACCOUNT_ID_PATTERN)}, var.cloudcraft_account_id))`,
        'An AWS account ID is 12 digits.',
      ],
    ),
  ];
}

/** A policy document is plain JSON data; its interface type just lacks an index signature. */
function asHcl(document: PolicyDocument): HclValue {
  return document as unknown as HclValue;
}

function buildRole(): HclBlock {
  const partition = 'data.aws_partition.current.partition';
  const principal = `"arn:\${${partition}}:iam::\${var.cloudcraft_account_id}:root"`;
  const trust = buildTrustPolicy<HclValue>(expr(principal), expr('var.external_id'));
  return block(
    'resource',
    ['aws_iam_role', 'cloudcraft'],
    [
      attr('name', expr('var.role_name')),
      attr('description', ROLE_DESCRIPTION),
      attr('max_session_duration', MAX_SESSION_DURATION),
      attr('assume_role_policy', jsonencode(trust)),
    ],
  );
}

/** Builds the top-level blocks: settings, variables, partition, policies, role, attachments, output. */
export function buildTerraformBlocks(deployment: Deployment): HclBlock[] {
  const policies = listDeployedPolicies(deployment).map((policy, _, all) => ({
    ...policy,
    resourceName: policyResourceName(policy.index, all.length),
  }));
  const providers = block('required_providers', [], [attr('aws', { source: 'hashicorp/aws' })]);
  return [
    block('terraform', [], [{ block: providers }]),
    ...buildRoleVariables(deployment),
    block('data', ['aws_partition', 'current'], []),
    ...policies.map((policy) =>
      block(
        'resource',
        ['aws_iam_policy', policy.resourceName],
        [
          attr('name', policy.name),
          attr('description', policy.description),
          attr('policy', jsonencode(asHcl(policy.document))),
        ],
      ),
    ),
    buildRole(),
    ...policies.map(({ resourceName }) =>
      block(
        'resource',
        ['aws_iam_role_policy_attachment', resourceName],
        [
          attr('role', expr('aws_iam_role.cloudcraft.name')),
          attr('policy_arn', expr(`aws_iam_policy.${resourceName}.arn`)),
        ],
      ),
    ),
    block(
      'output',
      ['role_arn'],
      [
        attr('description', 'Paste this role ARN into Cloudcraft to finish adding the account.'),
        attr('value', expr('aws_iam_role.cloudcraft.arn')),
      ],
    ),
  ];
}

/** Renders the configuration: a comment header, then the blocks separated by blank lines. */
export function renderTerraform(deployment: Deployment): string {
  const header = renderCommentHeader(
    deployment,
    'Terraform configuration for the role Cloudcraft assumes.',
    'src/core/deploy/render-terraform.ts',
  );
  const blocks = buildTerraformBlocks(deployment).map((b) => renderHclBlock(b));
  return `${header}\n\n${blocks.join('\n\n')}\n`;
}
