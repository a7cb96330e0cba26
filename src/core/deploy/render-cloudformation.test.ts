import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { withRole } from '../../test/with-role';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_ROLE_INPUTS, EXTERNAL_ID_PATTERN, ROLE_NAME_PATTERN } from '../role';
import { selectAll } from '../selection';
import { buildDeployment, datasetDate, type Deployment } from './deployment';
import { buildCloudFormationTemplate, renderCloudFormation } from './render-cloudformation';

/**
 * Properties CloudFormation documents for each resource type the template uses.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-managedpolicy.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html
 */
const DOCUMENTED_PROPERTIES: Record<string, string[]> = {
  'AWS::IAM::ManagedPolicy': [
    'Description',
    'Groups',
    'ManagedPolicyName',
    'Path',
    'PolicyDocument',
    'Roles',
    'Users',
  ],
  'AWS::IAM::Role': [
    'AssumeRolePolicyDocument',
    'Description',
    'ManagedPolicyArns',
    'MaxSessionDuration',
    'Path',
    'PermissionsBoundary',
    'Policies',
    'RoleName',
    'Tags',
  ],
};

/** A parsed template, typed loosely: tests read it as CloudFormation would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Template = any;

const role = { ...DEFAULT_ROLE_INPUTS, externalId: '0f8fad5b-d9cb-469f-a165-70867728950e' };
const cases: [string, Deployment][] = [
  ['EC2 only, one policy', buildDeployment(catalog, ['ec2'], 'minimal-2025-01', 'published', role)],
  [
    'all services, split',
    buildDeployment(catalog, selectAll(catalog), 'custom-20230818', 'exact', role),
  ],
  [
    'no External ID yet',
    buildDeployment(catalog, ['s3'], 'custom-2018-06-01', 'exact', DEFAULT_ROLE_INPUTS),
  ],
];

/** Logical IDs and parameters a `Ref` may name, and what `Fn::Sub` may interpolate. */
function referencesOf(value: unknown): { refs: string[]; subs: string[]; atts: string[] } {
  const found = { refs: [] as string[], subs: [] as string[], atts: [] as string[] };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        if (key === 'Ref') found.refs.push(String(item));
        if (key === 'Fn::Sub')
          found.subs.push(...[...String(item).matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1] ?? ''));
        if (key === 'Fn::GetAtt') found.atts.push(String((item as string[])[0]));
        walk(item);
      }
    }
  };
  walk(value);
  return found;
}

describe.each(cases)('renderCloudFormation, %s', (_, deployment) => {
  const yaml: Template = parse(renderCloudFormation(deployment, 'yaml'));
  const json: Template = JSON.parse(renderCloudFormation(deployment, 'json'));

  it('parses, as YAML 1.2 and 1.1 and as JSON, to the same template', () => {
    const template = buildCloudFormationTemplate(deployment);
    expect(yaml).toEqual(template);
    expect(parse(renderCloudFormation(deployment), { version: '1.1' })).toEqual(template);
    expect(json).toEqual(template);
    expect(yaml.AWSTemplateFormatVersion).toBe('2010-09-09');
  });

  it('holds the fitted policy, part for part and action for action', () => {
    const policies = Object.values(yaml.Resources as Record<string, Template>).filter(
      (r) => r.Type === 'AWS::IAM::ManagedPolicy',
    );
    expect(policies.map((p) => p.Properties.PolicyDocument)).toEqual(
      deployment.fitted.parts.map((p) => p.document),
    );
    const edition = catalog.getEdition(deployment.editionId);
    const count = policies.length;
    expect(policies.map((p) => p.Properties.ManagedPolicyName)).toEqual(
      count === 1 ? ['Cloudcraft'] : policies.map((_p, i) => `Cloudcraft-${i + 1}`),
    );
    for (const [i, p] of policies.entries()) {
      const suffix = count === 1 ? '' : ` (part ${i + 1} of ${count})`;
      expect(p.Properties.Description).toBe(`${edition.description}${suffix}`);
    }
  });

  it('uses only documented properties, and references only what exists', () => {
    const resources = yaml.Resources as Record<string, Template>;
    for (const resource of Object.values(resources)) {
      const allowed = DOCUMENTED_PROPERTIES[resource.Type] ?? [];
      expect(allowed.length).toBeGreaterThan(0);
      expect(Object.keys(resource.Properties).filter((p) => !allowed.includes(p))).toEqual([]);
    }
    const { refs, subs, atts } = referencesOf(yaml.Resources);
    const names = [...Object.keys(yaml.Parameters), ...Object.keys(resources)];
    expect(refs.filter((r) => !names.includes(r))).toEqual([]);
    expect(subs.filter((s) => !names.includes(s) && !s.startsWith('AWS::'))).toEqual([]);
    expect(atts.filter((a) => !(a in resources))).toEqual([]);
    expect(referencesOf(yaml.Outputs).atts).toEqual(['CloudcraftRole']);
  });

  it('creates a role only Cloudcraft can assume, and only with the External ID', () => {
    const roleResource = yaml.Resources.CloudcraftRole.Properties;
    expect(roleResource.MaxSessionDuration).toBe(3600);
    expect(roleResource.RoleName).toEqual({ Ref: 'RoleName' });
    expect(roleResource.AssumeRolePolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${CloudcraftAccountId}:root' } },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } },
      },
    ]);
    const policyIds = Object.keys(yaml.Resources).filter((id) => id !== 'CloudcraftRole');
    expect(roleResource.ManagedPolicyArns).toEqual(policyIds.map((id) => ({ Ref: id })));
  });

  it('takes IAM-validated parameters, defaulting to what the user entered', () => {
    const { ExternalId, RoleName, CloudcraftAccountId } = yaml.Parameters;
    expect(ExternalId).toMatchObject({ Type: 'String', MinLength: 2, MaxLength: 1224 });
    expect(ExternalId.AllowedPattern).toBe(EXTERNAL_ID_PATTERN);
    expect(ExternalId.Description).toMatch(/Cloudcraft shows in its Add AWS account dialog/);
    expect(ExternalId.Default).toBe(deployment.role.externalId || undefined);
    expect(RoleName).toMatchObject({ Default: 'cloudcraft', AllowedPattern: ROLE_NAME_PATTERN });
    expect(CloudcraftAccountId).toMatchObject({
      Default: '968898580625',
      AllowedPattern: '^\\d{12}$',
    });
    expect(yaml.Outputs.RoleArn.Description).toMatch(/Paste this role ARN into Cloudcraft/);
  });

  it('says what it grants, in the YAML header and the Description', () => {
    const text = renderCloudFormation(deployment);
    const header = text.slice(0, text.indexOf('\nAWSTemplateFormatVersion'));
    const label = catalog.getEdition(deployment.editionId).label;
    for (const needle of [
      label,
      deployment.model.mode,
      datasetDate(catalog.dataset),
      'Amazon EC2',
    ]) {
      expect(header).toContain(needle);
      expect(yaml.Description).toContain(needle);
    }
    expect(header.split('\n').every((line) => line.startsWith('# ') && line.length <= 100)).toBe(
      true,
    );
  });
});

describe('renderCloudFormation limits', () => {
  it('keeps within CloudFormation and IAM limits for every edition with every service', () => {
    for (const edition of catalog.editions) {
      for (const mode of ['published', 'exact'] as const) {
        const deployment = buildDeployment(
          catalog,
          selectAll(catalog),
          edition.id,
          mode,
          DEFAULT_ROLE_INPUTS,
        );
        const template = buildCloudFormationTemplate(deployment) as Template;
        expect(new TextEncoder().encode(template.Description).length).toBeLessThanOrEqual(1024);
        for (const resource of Object.values(template.Resources as Record<string, Template>)) {
          expect(String(resource.Properties.Description ?? '').length).toBeLessThanOrEqual(1000);
        }
      }
    }
  });

  it('keeps a hostile External ID a literal default', () => {
    const externalId = `a'b"c: #d\n- e\t\${f} !Ref g \u0085`;
    const deployment = withRole(
      buildDeployment(catalog, ['ec2'], 'minimal-2025-01', 'exact', DEFAULT_ROLE_INPUTS),
      {
        ...role,
        externalId,
      },
    );
    const parsed: Template = parse(renderCloudFormation(deployment));
    expect(parsed.Parameters.ExternalId.Default).toBe(externalId);
  });
});
