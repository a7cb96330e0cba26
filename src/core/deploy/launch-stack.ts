/**
 * The "Launch Stack" link: CloudFormation's quick-create page for the parameterised template of the
 * page's edition and mode, pre-filled with the page's role inputs and service choices.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-console-create-stacks-quick-create-links.html
 */
import { DEFAULT_ROLE_NAME } from '../role';
import type { Deployment } from './deployment';
import { listIncludeServices, includeParameterName } from './include-parameters';
import { parameterisedTemplateFileName } from './render-parameterised-template';
import { templateFileUrl, type TemplateBaseUrl } from './template-base-url';

/** IAM is global: the stack's region only says where CloudFormation runs; Cloudcraft verifies from us-east-1. */
export const LAUNCH_STACK_DEFAULT_REGION = 'us-east-1';

/** CloudFormation's limit on stack names. */
export const STACK_NAME_MAX_LENGTH = 128;

/** The stack name for a role: `cloudcraft-role`, or `cloudcraft-role-<name>` for another role name. */
export function buildStackName(roleName: string): string {
  if (roleName === DEFAULT_ROLE_NAME) return 'cloudcraft-role';
  // A stack name is [A-Za-z][-A-Za-z0-9]*; role names also allow + = , . @ _.
  const safe = roleName.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `cloudcraft-role${safe ? `-${safe}` : ''}`.slice(0, STACK_NAME_MAX_LENGTH);
}

/**
 * The parameter values the Launch Stack link carries for a deployment, in template order: the
 * External ID only once one is set, the role name, Cloudcraft's account, and `"true"` / `"false"`
 * for every service the edition's template can switch.
 */
export function buildLaunchStackParameters(deployment: Deployment): Record<string, string> {
  const { role, model } = deployment;
  const included = new Set(model.serviceIds);
  const parameters: Record<string, string> = {};
  if (role.externalId) parameters.ExternalId = role.externalId;
  parameters.RoleName = role.roleName;
  parameters.CloudcraftAccountId = role.accountId;
  for (const service of listIncludeServices(deployment.catalog, deployment.editionId)) {
    parameters[includeParameterName(service)] = included.has(service.id) ? 'true' : 'false';
  }
  return parameters;
}

/** Where the link points and what it carries, for the page to show. */
export interface LaunchStackLink {
  url: string;
  templateUrl: string;
  stackName: string;
  region: string;
  parameters: Record<string, string>;
}

/** Builds the quick-create link for a deployment, a published template base and a region. */
export function buildLaunchStackLink(
  deployment: Deployment,
  base: TemplateBaseUrl,
  region = LAUNCH_STACK_DEFAULT_REGION,
): LaunchStackLink {
  const fileName = parameterisedTemplateFileName(
    deployment.editionId,
    deployment.model.mode,
    'yaml',
  );
  const templateUrl = templateFileUrl(base, fileName);
  const stackName = buildStackName(deployment.role.roleName);
  const parameters = buildLaunchStackParameters(deployment);
  const query = [
    ['templateURL', templateUrl],
    ['stackName', stackName],
    ...Object.entries(parameters).map(([name, value]) => [`param_${name}`, value]),
  ]
    .map(([key, value]) => `${key}=${encodeURIComponent(value!)}`)
    .join('&');
  const url = `https://console.aws.amazon.com/cloudformation/home?region=${encodeURIComponent(region)}#/stacks/create/review?${query}`;
  return { url, templateUrl, stackName, region, parameters };
}
