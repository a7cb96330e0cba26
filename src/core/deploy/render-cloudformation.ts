/**
 * The CloudFormation template that creates the policy (one managed policy per part) and the role
 * Cloudcraft assumes, in YAML or JSON. Intrinsics use the long form (`Ref`, `Fn::Sub`,
 * `Fn::GetAtt`) so any YAML parser reads the template without CloudFormation's custom tags.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html
 */
import {
  ACCOUNT_ID_PATTERN,
  buildTrustPolicy,
  EXTERNAL_ID_PATTERN,
  MAX_SESSION_DURATION,
  ROLE_NAME_PATTERN,
  type RoleInputs,
} from '../role';
import type { PolicyDocument } from '../policy';
import {
  listDeployedPolicies,
  renderCommentHeader,
  renderSummarySentence,
  ROLE_DESCRIPTION,
  type Deployment,
} from './deployment';
import { renderYaml, type YamlValue } from './yaml-text';

/** `yaml` (what the page offers first) or `json`. */
export type TemplateFormat = 'yaml' | 'json';

/** A CloudFormation template as data. */
export type CloudFormationTemplate = { [key: string]: YamlValue };

/** The file name to download a template as. */
export function cloudFormationFileName(format: TemplateFormat): string {
  return `cloudcraft-role.${format}`;
}

/** Logical ID of the role resource. */
export const ROLE_LOGICAL_ID = 'CloudcraftRole';

/** Logical ID of policy part `index` (zero-based) of `count`: `CloudcraftPolicy`, or numbered. */
export function policyLogicalId(index: number, count: number): string {
  return count === 1 ? 'CloudcraftPolicy' : `CloudcraftPolicy${index + 1}`;
}

/** The role's parameters (External ID, role name, Cloudcraft's account), defaulting to `role`. */
export function buildRoleParameters(role: RoleInputs): { [name: string]: YamlValue } {
  const { externalId, roleName, accountId } = role;
  return {
    ExternalId: {
      Type: 'String',
      Description:
        'The External ID Cloudcraft shows in its Add AWS account dialog (unique to your Cloudcraft user).',
      MinLength: 2,
      MaxLength: 1224,
      AllowedPattern: EXTERNAL_ID_PATTERN,
      ConstraintDescription: 'letters, digits and + = , . @ : / - _ only, 2 to 1,224 characters',
      ...(externalId ? { Default: externalId } : {}),
    },
    RoleName: {
      Type: 'String',
      Description: 'The name of the role Cloudcraft assumes.',
      Default: roleName,
      AllowedPattern: ROLE_NAME_PATTERN,
      ConstraintDescription: 'letters, digits and + = , . @ - _ only, 1 to 64 characters',
    },
    CloudcraftAccountId: {
      Type: 'String',
      Description: "Cloudcraft's AWS account, the one allowed to assume the role.",
      Default: accountId,
      AllowedPattern: ACCOUNT_ID_PATTERN,
      ConstraintDescription: 'an AWS account ID: 12 digits',
    },
  };
}

/** A policy document is plain JSON data; its interface type just lacks an index signature. */
function asYaml(document: PolicyDocument): YamlValue {
  return document as unknown as YamlValue;
}

/** The role resource, attaching the managed policies `policyArns` evaluate to. */
export function buildRoleResource(policyArns: YamlValue[]): YamlValue {
  const principal = 'arn:${AWS::Partition}:iam::${CloudcraftAccountId}:root';
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      RoleName: { Ref: 'RoleName' },
      Description: ROLE_DESCRIPTION,
      MaxSessionDuration: MAX_SESSION_DURATION,
      AssumeRolePolicyDocument: buildTrustPolicy<YamlValue>(
        { 'Fn::Sub': principal },
        { Ref: 'ExternalId' },
      ),
      ManagedPolicyArns: policyArns,
    },
  };
}

/** The template's outputs: the role ARN to paste into Cloudcraft. */
export const ROLE_OUTPUTS: YamlValue = {
  RoleArn: {
    Description: 'Paste this role ARN into Cloudcraft to finish adding the account.',
    Value: { 'Fn::GetAtt': [ROLE_LOGICAL_ID, 'Arn'] },
  },
};

/** Builds the template: parameters, one managed policy per part, the role, and its ARN as output. */
export function buildCloudFormationTemplate(deployment: Deployment): CloudFormationTemplate {
  const policies = listDeployedPolicies(deployment);
  const entries: [string, YamlValue][] = policies.map((policy) => [
    policyLogicalId(policy.index, policies.length),
    {
      Type: 'AWS::IAM::ManagedPolicy',
      Properties: {
        ManagedPolicyName: policy.name,
        Description: policy.description,
        PolicyDocument: asYaml(policy.document),
      },
    },
  ]);
  const resources = Object.fromEntries([
    ...entries,
    [ROLE_LOGICAL_ID, buildRoleResource(entries.map(([id]) => ({ Ref: id })))],
  ]);
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Read-only IAM role for Cloudcraft. ${renderSummarySentence(deployment)}`,
    Parameters: buildRoleParameters(deployment.role),
    Resources: resources,
    Outputs: ROLE_OUTPUTS,
  };
}

/** Renders the template as YAML (with a comment header) or as JSON (two-space indent). */
export function renderCloudFormation(
  deployment: Deployment,
  format: TemplateFormat = 'yaml',
): string {
  const template = buildCloudFormationTemplate(deployment);
  if (format === 'json') return `${JSON.stringify(template, null, 2)}\n`;
  const header = renderCommentHeader(
    deployment,
    'CloudFormation template for the role Cloudcraft assumes.',
    'src/core/deploy/render-cloudformation.ts',
  );
  return `${header}\n${renderYaml(template)}`;
}
