/**
 * The organization rollout as Terraform: a service-managed `aws_cloudformation_stack_set` with
 * automatic deployment, its `aws_cloudformation_stack_set_instance` for the given OUs in one region,
 * and a plain `aws_cloudformation_stack` in the management account, all from the page's template.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudformation_stack_set
 */
import { renderCommentHeader, type Deployment } from '../deploy/deployment';
import {
  attr,
  block,
  expr,
  hclString,
  renderHclBlock,
  renderHclValue,
  type HclBlock,
  type HclValue,
} from '../deploy/hcl-text';
import { buildCloudFormationTemplate } from '../deploy/render-cloudformation';
import { buildRoleVariables, variable } from '../deploy/render-terraform';
import {
  DEFAULT_ROLLOUT_REGION,
  DEFAULT_STACK_SET_NAME,
  ORGANIZATION_TARGET_PATTERN,
  REGION_PATTERN,
  STACK_SET_NAME_PATTERN,
} from './org-inputs';

/** The file name to download the configuration as. */
export const ORG_TERRAFORM_FILE_NAME = 'cloudcraft-org-rollout.tf';

const STACK_PARAMETERS = {
  ExternalId: expr('var.external_id'),
  RoleName: expr('var.role_name'),
  CloudcraftAccountId: expr('var.cloudcraft_account_id'),
};

const OPERATION_PREFERENCES = block(
  'operation_preferences',
  [],
  [
    attr('region_concurrency_type', 'PARALLEL'),
    attr('max_concurrent_percentage', 50),
    attr('failure_tolerance_percentage', 10),
  ],
);

function rolloutVariables(): HclBlock[] {
  return [
    variable(
      'organizational_unit_ids',
      'The OU ids (ou-...) or the root id (r-...) whose accounts get the role.',
      '',
      [
        `length(var.organizational_unit_ids) > 0 && alltrue([for id in var.organizational_unit_ids : can(regex(${hclString(ORGANIZATION_TARGET_PATTERN)}, id))])`,
        'Give OU ids (ou-xxxx-xxxxxxxx) or the root id (r-xxxx).',
      ],
      'list(string)',
    ),
    variable(
      'region',
      'The one region of the StackSet and its stacks: IAM is global, a second would collide.',
      DEFAULT_ROLLOUT_REGION,
      [
        `can(regex(${hclString(REGION_PATTERN)}, var.region))`,
        'An AWS region name, e.g. us-east-1.',
      ],
    ),
    variable('stack_set_name', 'The StackSet, and the management stack.', DEFAULT_STACK_SET_NAME, [
      `can(regex(${hclString(STACK_SET_NAME_PATTERN)}, var.stack_set_name))`,
      'A letter, then up to 127 letters, digits and hyphens.',
    ]),
    variable(
      'call_as',
      'SELF in the management account, DELEGATED_ADMIN in a delegated StackSets administrator.',
      'SELF',
      ['contains(["SELF", "DELEGATED_ADMIN"], var.call_as)', 'SELF or DELEGATED_ADMIN.'],
    ),
    block(
      'variable',
      ['deploy_to_management_account'],
      [
        attr(
          'description',
          'StackSets never deploy to the management account: a plain stack does.',
        ),
        attr('type', expr('bool')),
        attr('default', true),
      ],
    ),
  ];
}

function resources(template: HclValue): HclBlock[] {
  const stackSet = block(
    'resource',
    ['aws_cloudformation_stack_set', 'cloudcraft'],
    [
      attr('name', expr('var.stack_set_name')),
      attr(
        'description',
        'Read-only IAM role for Cloudcraft, in every account of the organization.',
      ),
      attr('permission_model', 'SERVICE_MANAGED'),
      attr('call_as', expr('var.call_as')),
      attr('capabilities', ['CAPABILITY_NAMED_IAM']),
      attr('template_body', expr('local.template_body')),
      attr('parameters', STACK_PARAMETERS),
      {
        block: block(
          'auto_deployment',
          [],
          [attr('enabled', true), attr('retain_stacks_on_account_removal', false)],
        ),
      },
      { block: OPERATION_PREFERENCES },
      // Service-managed StackSets have no administration role; AWS reports one anyway.
      {
        block: block('lifecycle', [], [attr('ignore_changes', [expr('administration_role_arn')])]),
      },
    ],
  );
  const instances = block(
    'resource',
    ['aws_cloudformation_stack_set_instance', 'cloudcraft'],
    [
      attr('stack_set_name', expr('aws_cloudformation_stack_set.cloudcraft.name')),
      attr('call_as', expr('var.call_as')),
      attr('stack_set_instance_region', expr('var.region')),
      {
        block: block(
          'deployment_targets',
          [],
          [attr('organizational_unit_ids', expr('var.organizational_unit_ids'))],
        ),
      },
      { block: OPERATION_PREFERENCES },
    ],
  );
  const management = block(
    'resource',
    ['aws_cloudformation_stack', 'management_account'],
    [
      attr('count', expr('var.deploy_to_management_account ? 1 : 0')),
      attr('name', expr('var.stack_set_name')),
      attr('template_body', expr('local.template_body')),
      attr('parameters', STACK_PARAMETERS),
      attr('capabilities', ['CAPABILITY_NAMED_IAM']),
    ],
  );
  const locals = block(
    'locals',
    [],
    [attr('template_body', expr(`jsonencode(${renderHclValue(template, '  ')})`))],
  );
  return [locals, stackSet, instances, management];
}

/** Builds the blocks: settings, provider, variables, the template, the StackSet and the stacks. */
function buildOrgTerraformBlocks(deployment: Deployment): HclBlock[] {
  const providers = block(
    'required_providers',
    [],
    [attr('aws', { source: 'hashicorp/aws', version: '>= 6.0' })],
  );
  const template = buildCloudFormationTemplate(deployment) as unknown as HclValue;
  return [
    block('terraform', [], [{ block: providers }]),
    block('provider', ['aws'], [attr('region', expr('var.region'))]),
    ...buildRoleVariables(deployment),
    ...rolloutVariables(),
    ...resources(template),
    block(
      'output',
      ['management_account_role_arn'],
      [
        attr('description', 'The role in the management account; the others share its name.'),
        attr(
          'value',
          expr('one(aws_cloudformation_stack.management_account[*].outputs["RoleArn"])'),
        ),
      ],
    ),
  ];
}

/** Renders the Terraform rollout, with a header saying what runs where. */
export function renderOrgTerraform(deployment: Deployment): string {
  const header = renderCommentHeader(
    deployment,
    [
      'Terraform for the organization rollout of the role Cloudcraft assumes (AWS provider 6 or later).',
      'Apply it in the management account, or in a delegated StackSets administrator with call_as = "DELEGATED_ADMIN" and deploy_to_management_account = false. Trusted access for StackSets must be on once: aws cloudformation activate-organizations-access.',
    ],
    'src/core/org/render-org-terraform.ts',
  );
  const blocks = buildOrgTerraformBlocks(deployment).map((b) => renderHclBlock(b));
  return `${header}\n\n${blocks.join('\n\n')}\n`;
}
