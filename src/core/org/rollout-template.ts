/**
 * The template an organization rollout deploys: the page's per-selection CloudFormation template,
 * inline. CloudFormation takes at most 51,200 bytes of template body, so the YAML the page shows is
 * used when it fits, and the same template as minified JSON otherwise.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
 */
import type { Deployment } from '../deploy/deployment';
import { buildCloudFormationTemplate, renderCloudFormation } from '../deploy/render-cloudformation';
import { utf8Length } from '../utf8-length';

/** CloudFormation's limit on a template passed in the request body, in bytes. */
export const TEMPLATE_BODY_LIMIT = 51_200;

/** The template text a rollout passes as its template body, and its format. */
export interface RolloutTemplate {
  text: string;
  format: 'yaml' | 'json';
  bytes: number;
}

/** The YAML template when it fits in a template body, else the same template as minified JSON. */
export function buildRolloutTemplate(
  deployment: Deployment,
  limit = TEMPLATE_BODY_LIMIT,
): RolloutTemplate {
  const yaml = renderCloudFormation(deployment, 'yaml');
  const yamlBytes = utf8Length(yaml);
  if (yamlBytes <= limit) return { text: yaml, format: 'yaml', bytes: yamlBytes };
  const json = `${JSON.stringify(buildCloudFormationTemplate(deployment))}\n`;
  return { text: json, format: 'json', bytes: utf8Length(json) };
}
