import { bundledCatalog as catalog } from '../../catalog/bundled';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_INPUTS } from '../role';
import { AWS_REGIONS, isAwsRegion } from './aws-regions';
import { buildDeployment } from './deployment';
import {
  buildLaunchStackLink,
  buildLaunchStackParameters,
  buildStackName,
  LAUNCH_STACK_DEFAULT_REGION,
} from './launch-stack';
import { buildParameterisedTemplate } from './parameterised-template';
import { parseTemplateBaseUrl, type TemplateBaseUrl } from './template-base-url';

const parsed = parseTemplateBaseUrl('https://ops-bucket.s3.eu-west-1.amazonaws.com/cloudcraft/v1/');
if (!parsed.ok) throw new Error(parsed.error);
const base: TemplateBaseUrl = parsed.value;
const externalId = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** The console's query: what follows `#/stacks/create/review?`, decoded. */
function linkQuery(url: string): Map<string, string> {
  const hash = new URL(url).hash;
  const query = hash.slice(hash.indexOf('?') + 1);
  return new Map(
    query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
  );
}

describe('buildLaunchStackParameters', () => {
  it('says true for the selected services the edition offers and false for the rest, never EC2', () => {
    const deployment = buildDeployment(
      catalog,
      ['ec2', 's3', 'elasticloadbalancing'],
      'custom-20230818',
      'exact',
      DEFAULT_ROLE_INPUTS,
    );
    const parameters = buildLaunchStackParameters(deployment);
    expect(parameters.IncludeS3).toBe('true');
    expect(parameters.IncludeElasticLoadBalancing).toBe('true');
    expect(parameters.IncludeLambda).toBe('false');
    expect(parameters).not.toHaveProperty('IncludeEC2');
    expect(parameters).not.toHaveProperty('ExternalId');
    expect(parameters).toMatchObject({
      RoleName: 'cloudcraft',
      CloudcraftAccountId: '968898580625',
    });
  });

  it('names exactly the parameters of the template for the edition (only the ones it offers)', () => {
    for (const editionId of ['custom-2018-06-01', 'minimal-2025-01'] as const) {
      const all = catalog.services.map((s) => s.id);
      const deployment = buildDeployment(catalog, all, editionId, 'published', {
        ...DEFAULT_ROLE_INPUTS,
        externalId,
      });
      const template = buildParameterisedTemplate(catalog, editionId, 'published') as {
        Parameters: object;
      };
      expect(Object.keys(buildLaunchStackParameters(deployment)).sort()).toEqual(
        Object.keys(template.Parameters).sort(),
      );
    }
  });
});

describe('buildLaunchStackLink', () => {
  it('opens the quick-create page of the edition and mode’s template with the page’s values', () => {
    const role = {
      externalId: 'a+b=c,d.e@f:g/h-i_j',
      accountId: '123456789012',
      roleName: 'cloudcraft-ro',
    };
    const deployment = buildDeployment(catalog, ['s3'], 'minimal-2025-01', 'exact', role);
    const link = buildLaunchStackLink(deployment, base, 'eu-central-1');
    expect(
      link.url.startsWith(
        'https://console.aws.amazon.com/cloudformation/home?region=eu-central-1#/stacks/create/review?',
      ),
    ).toBe(true);
    const query = linkQuery(link.url);
    expect(query.get('templateURL')).toBe(
      'https://ops-bucket.s3.eu-west-1.amazonaws.com/cloudcraft/v1/cloudcraft-role-minimal-2025-01-exact.yaml',
    );
    expect(query.get('stackName')).toBe('cloudcraft-role-cloudcraft-ro');
    expect(query.get('param_ExternalId')).toBe(role.externalId);
    expect(query.get('param_RoleName')).toBe('cloudcraft-ro');
    expect(query.get('param_CloudcraftAccountId')).toBe('123456789012');
    expect(query.get('param_IncludeS3')).toBe('true');
    expect(query.get('param_IncludeEventBridge')).toBe('false');
    // Every reserved character of the External ID is escaped, so the console reads it back whole.
    expect(link.url).toContain('param_ExternalId=a%2Bb%3Dc%2Cd.e%40f%3Ag%2Fh-i_j&');
  });

  it('leaves the External ID out until one is typed, and defaults to us-east-1', () => {
    const link = buildLaunchStackLink(
      buildDeployment(catalog, [], 'custom-2018-06-01', 'published', DEFAULT_ROLE_INPUTS),
      base,
    );
    expect(LAUNCH_STACK_DEFAULT_REGION).toBe('us-east-1');
    expect(link.url).toContain('?region=us-east-1#');
    expect(linkQuery(link.url).has('param_ExternalId')).toBe(false);
    expect(linkQuery(link.url).get('stackName')).toBe('cloudcraft-role');
  });

  it('offers only real region codes, us-east-1 first', () => {
    expect(AWS_REGIONS[0]!.code).toBe('us-east-1');
    for (const region of AWS_REGIONS) expect(region.code).toMatch(/^[a-z]{2}-[a-z]+-\d$/);
    expect(isAwsRegion('eu-west-1')).toBe(true);
    expect(isAwsRegion('mars-north-1')).toBe(false);
  });
});

describe('buildStackName', () => {
  it.each([
    ['cloudcraft', 'cloudcraft-role'],
    ['Cloudcraft', 'cloudcraft-role-Cloudcraft'],
    ['ops+cloudcraft@acme.io', 'cloudcraft-role-ops-cloudcraft-acme-io'],
    ['_', 'cloudcraft-role'],
    ['x'.repeat(64), `cloudcraft-role-${'x'.repeat(64)}`],
  ])('makes a valid stack name of role %j', (roleName, stackName) => {
    const name = buildStackName(roleName);
    expect(name).toBe(stackName);
    expect(name).toMatch(/^[A-Za-z][-A-Za-z0-9]{0,127}$/);
  });
});
